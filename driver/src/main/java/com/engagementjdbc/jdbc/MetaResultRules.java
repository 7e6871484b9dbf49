package com.engagementjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Set;

/**
 * How metadata result sets are corrected on their way to tools: Calcite's internal {@code metadata} schema is left
 * out unless a tool asks for it by name, and column types read as plain SQL names ({@code TIMESTAMP}, not
 * {@code TIMESTAMP(3)}) with the sizes tools use to lay out grids.
 */
final class MetaResultRules {
  static final String CALCITE_METADATA_SCHEMA = "metadata";
  private static final Set<String> SCHEMA_COLUMNS = Set.of("TABLE_SCHEM", "FUNCTION_SCHEM", "PROCEDURE_SCHEM");

  /** Display sizes by JDBC type, as pgjdbc reports them; DOUBLE keeps Calcite's answer (no fixed width). */
  private static final Map<Integer, Integer> COLUMN_SIZES = Map.of(
      Types.BOOLEAN, 1, Types.INTEGER, 10, Types.BIGINT, 19, Types.DATE, 13,
      Types.TIMESTAMP, 29, Types.VARCHAR, Integer.MAX_VALUE);

  private MetaResultRules() {
  }

  /** Whether a row of a metadata result set is shown: rows of Calcite's own schema are not, unless asked for. */
  static boolean keep(ResultSet row, String schemaPattern) throws SQLException {
    if (CALCITE_METADATA_SCHEMA.equals(schemaPattern)) {
      return true;
    }
    for (String column : SCHEMA_COLUMNS) {
      Integer index = index(row, column);
      if (index != null && CALCITE_METADATA_SCHEMA.equals(row.getString(index))) {
        return false;
      }
    }
    return true;
  }

  /** The value a tool sees in a {@code getColumns} row. */
  static Object rewriteColumn(ResultSet row, String label, Object value) throws SQLException {
    switch (label) {
      case "TYPE_NAME":
        return value == null ? null : plainTypeName(value.toString());
      case "COLUMN_SIZE": {
        Integer size = COLUMN_SIZES.get(row.getInt("DATA_TYPE"));
        return size != null ? size : value;
      }
      default:
        return value;
    }
  }

  /** {@code TIMESTAMP(3)}, {@code VARCHAR NOT NULL}, {@code VARCHAR CHARACTER SET "UTF-16"} become the bare name. */
  static String plainTypeName(String typeName) {
    String name = typeName;
    for (String end : new String[] {"(", " NOT NULL", " CHARACTER SET"}) {
      int at = name.indexOf(end);
      if (at > 0) {
        name = name.substring(0, at);
      }
    }
    return name.strip();
  }

  private static Integer index(ResultSet row, String column) throws SQLException {
    var meta = row.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      if (meta.getColumnLabel(i).equals(column)) {
        return i;
      }
    }
    return null;
  }
}
