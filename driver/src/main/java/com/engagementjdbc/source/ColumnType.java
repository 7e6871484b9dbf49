package com.engagementjdbc.source;

import java.util.Locale;

/**
 * The SQL types a file column can be given. Values are held the way Calcite expects them at run time:
 * DATE as days since 1970-01-01 ({@code Integer}), TIMESTAMP as milliseconds since 1970-01-01 00:00 of the
 * wall clock ({@code Long}), DOUBLE for numbers with a fraction, DECIMAL ({@code BigDecimal}) for amounts of money,
 * which must add up exactly (see docs/connecting.md: type inference).
 */
public enum ColumnType {
  BOOLEAN, INTEGER, BIGINT, DECIMAL, DOUBLE, DATE, TIMESTAMP, VARCHAR;

  /** Parses a type name as a user writes it in a sidecar file ({@code integer}, {@code VARCHAR}...). */
  public static ColumnType parse(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    switch (upper) {
      case "INT": return INTEGER;
      case "LONG": return BIGINT;
      case "FLOAT": case "REAL": return DOUBLE;
      case "NUMERIC": return DECIMAL;
      case "TEXT": case "STRING": case "CHAR": return VARCHAR;
      case "BOOL": return BOOLEAN;
      case "DATETIME": return TIMESTAMP;
      default:
        for (ColumnType type : values()) {
          if (type.name().equals(upper)) {
            return type;
          }
        }
        throw new IllegalArgumentException("unknown column type '" + name + "'; valid types: "
            + "BOOLEAN, INTEGER, BIGINT, DECIMAL, DOUBLE, DATE, TIMESTAMP, VARCHAR, DURATION");
    }
  }
}
