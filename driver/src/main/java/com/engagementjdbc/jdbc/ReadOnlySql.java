package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.SqlState;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses statements that would change data or schema, before Calcite sees them, so the user reads "read-only"
 * rather than a parser or planner error about a table that cannot be modified.
 */
final class ReadOnlySql {
  private static final Set<String> WRITING_VERBS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT",
      "CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "RENAME", "REPLACE", "COMMENT");

  private ReadOnlySql() {
  }

  static void check(String sql) throws SQLException {
    if (sql == null) {
      return;
    }
    String verb = firstWord(sql);
    if (WRITING_VERBS.contains(verb)) {
      throw new SQLException("the connection is read-only: " + verb + " is not allowed (the tables are files;"
          + " change the files themselves)", SqlState.READ_ONLY.code());
    }
  }

  /** The first word of the statement, past white space, comments and opening parentheses, upper-cased. */
  static String firstWord(String sql) {
    int i = 0;
    int length = sql.length();
    while (i < length) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? length : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? length : end + 2;
      } else {
        break;
      }
    }
    int start = i;
    while (i < length && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }
}
