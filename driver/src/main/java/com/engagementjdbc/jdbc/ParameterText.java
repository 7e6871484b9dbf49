package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.DateTimeText;
import com.engagementjdbc.source.NumberText;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * Text bound to a parameter whose type is not text, read as SQL reads a literal of that type. Python clients
 * (pandas, SQLAlchemy with plain strings) and JSON bind dates and numbers as text; Calcite would take the String
 * where its generated code expects a number and fail with an internal ClassCastException. Dates and timestamps are
 * bound in Calcite's own representation (days, milliseconds), so no time zone is applied to them.
 */
final class ParameterText {
  private ParameterText() {
  }

  /** Binds {@code text} to parameter {@code index} of {@code sqlType}; false when the type takes text as it is. */
  static boolean bind(PreparedStatement statement, int index, int sqlType, String text) throws SQLException {
    String value = text.strip();
    switch (sqlType) {
      case Types.TIMESTAMP -> statement.setLong(index, moment(index, value, "TIMESTAMP").epochMillis());
      case Types.DATE -> {
        DateTimeText.Moment moment = moment(index, value, "DATE");
        if (moment.millisOfDay() != 0) {
          throw invalid(index, value, "DATE", SqlState.INVALID_DATETIME);
        }
        statement.setInt(index, moment.epochDay());
      }
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
        Number number = NumberText.parse(value, '.');
        if (!(number instanceof Long whole)) {
          throw invalid(index, value, "whole number", SqlState.INVALID_CHARACTER_VALUE);
        }
        if (sqlType == Types.BIGINT) {
          statement.setLong(index, whole);
        } else if (whole == whole.intValue()) {
          statement.setInt(index, whole.intValue());
        } else {
          throw invalid(index, value, "INTEGER", SqlState.INVALID_CHARACTER_VALUE);
        }
      }
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
        Number number = NumberText.parse(value, '.');
        if (number == null) {
          throw invalid(index, value, "number", SqlState.INVALID_CHARACTER_VALUE);
        }
        statement.setDouble(index, number.doubleValue());
      }
      case Types.BOOLEAN -> {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
          throw invalid(index, value, "BOOLEAN", SqlState.INVALID_CHARACTER_VALUE);
        }
        statement.setBoolean(index, lower.equals("true"));
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** An ISO date or timestamp ({@code 2026-03-01}, {@code 2026-03-01 10:00:00}, {@code 2026-03-01T10:00:00.5}). */
  private static DateTimeText.Moment moment(int index, String value, String type) throws SQLException {
    DateTimeText.Moment moment = DateTimeText.parse(value, DateTimeText.Shape.ISO);
    if (moment == null) {
      throw invalid(index, value, type + " (write it as 2026-03-01 or 2026-03-01 10:00:00)",
          SqlState.INVALID_DATETIME);
    }
    return moment;
  }

  private static SQLException invalid(int index, String value, String type, SqlState state) {
    return new SQLException("parameter " + index + ": '" + value + "' is not a valid " + type, state.code());
  }
}
