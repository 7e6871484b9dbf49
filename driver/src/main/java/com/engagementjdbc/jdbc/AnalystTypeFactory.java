package com.engagementjdbc.jdbc;

import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Text is never padded: a CHAR(n) type is made a VARCHAR(n), as DuckDB treats CHAR, so that the literal
 * {@code 'x'} is VARCHAR(1). SQL types a string literal as a fixed-width CHAR, and Calcite pads a CHAR to the width of
 * the longest value it meets in a CASE, VALUES, UNION or IN list: {@code 'x'} beside {@code 'tiktok'} becomes
 * {@code 'x     '}, which no longer equals the {@code x} of a file, so joins and filters lose rows silently and
 * labels come back padded. PostgreSQL and DuckDB type such literals as unpadded text.
 */
final class AnalystTypeFactory extends JavaTypeFactoryImpl {
  AnalystTypeFactory() {
    super(AnalystTypeSystem.INSTANCE);
  }

  @Override public RelDataType createSqlType(SqlTypeName typeName) {
    return super.createSqlType(varying(typeName));
  }

  @Override public RelDataType createSqlType(SqlTypeName typeName, int precision) {
    return super.createSqlType(varying(typeName), precision);
  }

  private static SqlTypeName varying(SqlTypeName typeName) {
    return typeName == SqlTypeName.CHAR ? SqlTypeName.VARCHAR : typeName;
  }
}
