package com.engagementjdbc.error;

import java.sql.SQLException;

/**
 * An error with its SQLSTATE, raised below JDBC (while reading a file, planning a table function...) and turned
 * into an {@link SQLException} with the same state and message where it crosses JDBC.
 */
public class EngagementException extends RuntimeException {
  private final SqlState state;

  public EngagementException(SqlState state, String message) {
    super(message);
    this.state = state;
  }

  public EngagementException(SqlState state, String message, Throwable cause) {
    super(message, cause);
    this.state = state;
  }

  public SqlState state() {
    return state;
  }

  public SQLException toSqlException() {
    return new SQLException(getMessage(), state.code(), this);
  }
}
