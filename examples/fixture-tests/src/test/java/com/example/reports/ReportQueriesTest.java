package com.example.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report SQL of an application, tested on the CSV fixtures in src/test/resources/fixtures through the
 * engagement-jdbc driver (found by DriverManager through its service file: no Class.forName). Every expected value
 * is computed by hand from the fixtures.
 */
class ReportQueriesTest {
  /** The fixtures folder as a file path: Maven copies src/test/resources to target/test-classes. */
  private static String fixturesUrl() throws URISyntaxException {
    return "jdbc:engagement:" + Path.of(ReportQueriesTest.class.getResource("/fixtures").toURI());
  }

  private static List<List<Object>> rows(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
         Statement statement = connection.createStatement();
         ResultSet result = statement.executeQuery(sql)) {
      List<List<Object>> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  @Test void engagementRatePerPlatform() throws Exception {
    List<List<Object>> rows = rows(fixturesUrl(), "SELECT platform, COUNT(*) AS posts,"
        + " ENGAGEMENT_RATE_AGG(likes + comments + shares, reach) AS rate FROM posts GROUP BY platform ORDER BY platform");
    assertEquals(2, rows.size());
    // instagram: (40 + 5 + 5) + (90 + 6 + 4) = 150 interactions over 1000 + 4000 reached = 0.03
    assertRow(rows.get(0), "instagram", 2L, 0.03);
    // linkedin: (12 + 2 + 1) + (20 + 3 + 2) = 40 over 500 + 1500 = 0.02
    assertRow(rows.get(1), "linkedin", 2L, 0.02);
  }

  @Test void conversionsCreditedLinearlyPerChannel() throws Exception {
    List<List<Object>> rows = rows(fixturesUrl(), "SELECT channel, SUM(credit) AS conversions,"
        + " SUM(credited_value) AS revenue FROM TABLE(LINK_CONVERSIONS('touches', 'conversions', 'linear', 30))"
        + " GROUP BY channel ORDER BY channel NULLS FIRST");
    assertEquals(5, rows.size());
    // o3 (40) has no touch: one row with a NULL channel and the whole credit
    assertRow(rows.get(0), null, 1.0, 40.0);
    // o1 (100): email 10 days and instagram 1 day before, half each; o2 (60): only email (paid_search is 63 days
    // before, outside the 30-day window): email 0.5 + 1 = 1.5 conversions, 50 + 60 = 110
    assertRow(rows.get(1), "email", 1.5, 110.0);
    // o4 (90): facebook 7 days before and linkedin at the same instant (the window's edges count), half each
    assertRow(rows.get(2), "facebook", 0.5, 45.0);
    assertRow(rows.get(3), "instagram", 0.5, 50.0);
    assertRow(rows.get(4), "linkedin", 0.5, 45.0);
  }

  @Test void timeDecayHalvesTheWeightEveryHalfLife() throws Exception {
    List<List<Object>> rows = rows(fixturesUrl(), "SELECT channel, credit, credited_value"
        + " FROM TABLE(LINK_CONVERSIONS('touches', 'conversions', 'time_decay', 30, 7))"
        + " WHERE conversion_id = 'o4' ORDER BY touched_at");
    // weights 2^(-7/7) = 0.5 (facebook) and 2^0 = 1 (linkedin), normalised: 1/3 and 2/3 of 90
    assertEquals(2, rows.size());
    assertRow(rows.get(0), "facebook", 1.0 / 3, 30.0);
    assertRow(rows.get(1), "linkedin", 2.0 / 3, 60.0);
  }

  @Test void aMalformedFixtureFailsWithItsFileAndLine(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("posts.csv"), "post_id,likes\np1,10\np2\n");
    SQLException error = assertThrows(SQLException.class,
        () -> rows("jdbc:engagement:" + folder, "SELECT SUM(likes) FROM posts"));
    assertEquals("22P04", error.getSQLState());
    assertTrue(error.getMessage().contains("posts.csv: line 3"), error.getMessage());
  }

  @Test void aPinnedColumnRefusesAValueOfAnotherType(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("posts.csv"), "post_id,likes\np1,10\np2,12.5\n");
    Files.writeString(folder.resolve("posts.csv.properties"), "column.likes=INTEGER\n");
    SQLException error = assertThrows(SQLException.class,
        () -> rows("jdbc:engagement:" + folder, "SELECT SUM(likes) FROM posts"));
    assertEquals("22018", error.getSQLState());
  }

  private static void assertRow(List<Object> row, String label, Object... numbers) {
    assertEquals(label, row.get(0));
    for (int i = 0; i < numbers.length; i++) {
      Object actual = row.get(i + 1);
      if (numbers[i] instanceof Double expected) {
        assertEquals(expected, ((Number) actual).doubleValue(), 1e-9, "column " + (i + 2) + " of " + row);
      } else {
        assertEquals(numbers[i], ((Number) actual).longValue(), "column " + (i + 2) + " of " + row);
      }
    }
  }
}
