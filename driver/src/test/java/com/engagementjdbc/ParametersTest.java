package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters bound as text where the query needs a date, a timestamp, a number or a boolean, as Python binds them. */
class ParametersTest {
  @TempDir Path dir;

  @BeforeEach void writeFile() throws Exception {
    Db.write(dir, "posts.csv", "id,day,seen_at,likes,rate,boosted\n"
        + "1,2026-03-01,2026-03-01 09:00:00,10,0.5,true\n"
        + "2,2026-03-02,2026-03-02 18:30:00,20,1.5,false\n"
        + "3,2026-03-03,2026-03-03 23:59:59,30,2.5,true\n");
  }

  private long count(String where, Object... values) throws SQLException {
    try (Connection connection = Db.connect(dir);
         PreparedStatement statement = connection.prepareStatement("select count(*) from posts where " + where)) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof String text) {
          statement.setString(i + 1, text);
        } else {
          statement.setObject(i + 1, values[i]);
        }
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Test void textReadAsTheParametersType() throws Exception {
    // seen_at >= 2026-03-02 18:30: rows 2 and 3; 'T' accepted like ISO 8601 writes it
    assertEquals(2, count("seen_at >= ?", "2026-03-02 18:30:00"));
    assertEquals(1, count("seen_at > ?", "2026-03-02T18:30:00"));
    // day = 2026-03-02: row 2; before 2026-03-03: rows 1 and 2
    assertEquals(1, count("\"day\" = ?", "2026-03-02"));
    assertEquals(2, count("\"day\" < ?", " 2026-03-03 "));
    // likes > 15: rows 2 and 3; rate < 2: rows 1 and 2; boosted: rows 1 and 3
    assertEquals(2, count("likes > ?", "15"));
    assertEquals(2, count("rate < ?", "2"));
    assertEquals(2, count("boosted = ?", "TRUE"));
    // text stays text
    assertEquals(1, count("cast(id as varchar) = ?", "3"));
  }

  @Test void textThatIsNotAValueOfTheTypeIsRefusedNamingTheParameter() {
    SqlAssert.fails(() -> count("seen_at >= ?", "yesterday"), "22007", "parameter 1: 'yesterday' is not a valid TIMESTAMP");
    SqlAssert.fails(() -> count("\"day\" = ?", "2026-03-02 10:00:00"), "22007", "not a valid DATE");
    SqlAssert.fails(() -> count("likes > ?", "1.5"), "22018", "parameter 1: '1.5' is not a valid whole number");
    SqlAssert.fails(() -> count("rate < ?", "two"), "22018", "not a valid number");
    SqlAssert.fails(() -> count("boosted = ?", "yes"), "22018", "not a valid BOOLEAN");
  }

  @Test void aMissingParameterIs07001() {
    SqlAssert.fails(() -> count("likes > ? and id < ?", 1), "07001", "not set");
  }
}
