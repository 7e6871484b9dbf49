package com.engagementjdbc.jdbc;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SQL types whose aggregates do not lie. Calcite's default sums an INTEGER column into an INTEGER, which wraps
 * around silently past 2 147 483 647 (the reach of a million posts does), and averages integers into an
 * integer (AVG of 1 and 2 is 1). As in PostgreSQL, SUM of INTEGER, SMALLINT or TINYINT is a BIGINT, and AVG of
 * any integer type is a DOUBLE.
 */
public final class AnalystTypeSystem extends RelDataTypeSystemImpl {
  public static final AnalystTypeSystem INSTANCE = new AnalystTypeSystem();

  @Override public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    if (isSmallInteger(argumentType.getSqlTypeName())) {
      return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.BIGINT),
          argumentType.isNullable());
    }
    return super.deriveSumType(typeFactory, argumentType);
  }

  @Override public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    SqlTypeName name = argumentType.getSqlTypeName();
    if (isSmallInteger(name) || name == SqlTypeName.BIGINT) {
      return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.DOUBLE),
          argumentType.isNullable());
    }
    return super.deriveAvgAggType(typeFactory, argumentType);
  }

  private static boolean isSmallInteger(SqlTypeName name) {
    return name == SqlTypeName.INTEGER || name == SqlTypeName.SMALLINT || name == SqlTypeName.TINYINT;
  }
}
