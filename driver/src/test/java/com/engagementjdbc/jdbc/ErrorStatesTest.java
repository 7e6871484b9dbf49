package com.engagementjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.engagementjdbc.Db;
import com.engagementjdbc.SqlAssert;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each error Calcite, Avatica or the JVM reports without a SQLSTATE gets its state from where it comes from (the
 * statement's own parameters and cancel, Calcite's resource templates); the messages are pinned here, so that an
 * upgrade that changes one fails this test rather than turn the state into XX000.
 */
class ErrorStatesTest {
  @TempDir Path dir;

  @BeforeEach void writeFile() throws Exception {
    Db.write(dir, "posts.csv", "id,likes\n1,10\n2,20\n");
  }

  @Test void parametersUnboundOrOutOfRange() throws Exception {
    try (Connection connection = Db.connect(dir);
        PreparedStatement statement = connection.prepareStatement("select count(*) from posts where id > ? and"
            + " likes < ?")) {
      statement.setInt(1, 0);
      SqlAssert.fails(statement::executeQuery, "07001", "parameter 2 of 2 is not set: bind every ? before executing");
      SqlAssert.fails(() -> statement.setInt(3, 0), "07009",
          "parameter index 3 is out of range: the statement has 2 parameters");
      SqlAssert.fails(() -> statement.setString(0, "1"), "07009", "parameter index 0 is out of range");
      statement.setNull(2, java.sql.Types.INTEGER);
      try (ResultSet rows = statement.executeQuery()) {
        // likes < NULL is unknown: no row counts
        rows.next();
        assertEquals(0, rows.getLong(1));
      }
      statement.clearParameters();
      SqlAssert.fails(statement::executeQuery, "07001", "parameter 1 of 2 is not set");
    }
  }

  @Test void aResultReadAfterCancelIs57014() throws Exception {
    try (Connection connection = Db.connect(dir); Statement statement = connection.createStatement()) {
      ResultSet rows = statement.executeQuery("select id from posts");
      statement.cancel();
      // Avatica refuses the next row of a cancelled statement with "Statement canceled" and no state
      SqlAssert.fails(rows::next, "57014", "the query was cancelled");
    }
  }

  @Test void calcitesValidationMessagesKeepTheirStates() throws Exception {
    try (Connection connection = Db.connect(dir)) {
      SqlAssert.fails(() -> Db.rows(connection, "select * from nope"), "42S02", "Object 'nope' not found");
      SqlAssert.fails(() -> Db.rows(connection, "select * from files.nope"), "42S02",
          "Object 'nope' not found within 'files'");
      SqlAssert.fails(() -> Db.rows(connection, "select nope from posts"), "42703",
          "Column 'nope' not found in any table");
      SqlAssert.fails(() -> Db.rows(connection, "select p.nope from posts p"), "42703",
          "Column 'nope' not found in table 'p'");
      SqlAssert.fails(() -> Db.rows(connection, "select nope(likes) from posts"), "42883",
          "No match found for function signature nope(<NUMERIC>)");
    }
  }

  @Test void divisionByZeroIs22012() throws Exception {
    // the JVM's own message for an integer division by zero, the one sign Calcite's generated code gives of it
    SqlAssert.fails(() -> Db.rows(dir, "select likes / (id - id) from posts"), "22012", "arithmetic error: / by zero");
  }
}
