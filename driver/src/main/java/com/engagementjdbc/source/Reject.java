package com.engagementjdbc.source;

import com.engagementjdbc.error.SqlState;

/**
 * A row that did not fit its file, where it is ({@code line}, 1-based physical line, header counted;
 * {@code column} 0 when the whole row is concerned), why, and what was done with it.
 */
public record Reject(long line, int column, SqlState state, String reason, String action, String content) {
  public static final String FAILED = "failed";
  public static final String SKIPPED = "skipped";
  public static final String PADDED = "padded";
  public static final String TRUNCATED = "truncated";
  public static final String NULLED = "set to NULL";
}
