package com.engagementjdbc.jdbc;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SQL types whose aggregates do not lie. Calcite's default sums an INTEGER column into an INTEGER, which wraps
 * around silently past 2 147 483 647 (the reach of a million posts does), and averages integers into an
 * integer (AVG of 1 and 2 is 1). As in PostgreSQL, SUM of INTEGER, SMALLINT or TINYINT is a BIGINT, and AVG of
 * any integer type is a DOUBLE. AVG of a DECIMAL keeps at least 6 decimals (Calcite's would keep the amounts' own
 * scale, and the average of $0.10 and $0.15 would be 0.12), computed in decimal: through a DOUBLE the average of
 * three $0.10 is 0.09999999999999999.
 */
public final class AnalystTypeSystem extends RelDataTypeSystemImpl {
  public static final AnalystTypeSystem INSTANCE = new AnalystTypeSystem();
  private static final int AVG_SCALE = 6;

  @Override public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    if (isSmallInteger(argumentType.getSqlTypeName())) {
      return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.BIGINT),
          argumentType.isNullable());
    }
    return super.deriveSumType(typeFactory, argumentType);
  }

  @Override public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    SqlTypeName name = argumentType.getSqlTypeName();
    if (name == SqlTypeName.DECIMAL) {
      return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.DECIMAL,
          argumentType.getPrecision(), Math.max(AVG_SCALE, argumentType.getScale())), argumentType.isNullable());
    }
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
