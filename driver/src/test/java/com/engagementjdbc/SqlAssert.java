package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.function.Executable;

/** Checks that a call fails the way a user must see it: an SQLException with this SQLSTATE and message. */
public final class SqlAssert {
  private SqlAssert() {
  }

  public static SQLException fails(Executable call, String sqlState, String... messageParts) {
    SQLException e = assertThrows(SQLException.class, call);
    assertEquals(sqlState, e.getSQLState(), () -> "SQLSTATE of: " + e.getMessage());
    for (String part : messageParts) {
      assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
    }
    return e;
  }
}
