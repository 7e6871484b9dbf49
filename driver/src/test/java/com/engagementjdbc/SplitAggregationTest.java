package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Aggregations over more than 2 x 262 144 rows are split between two threads when every aggregate can be combined
 * exactly (COUNT, SUM of whole numbers, MIN, MAX, ENGAGEMENT_RATE_AGG of whole numbers): the answers equal Calcite's
 * row-at-a-time plan over the same file, to the last bit; the other aggregates keep to one thread and equal it too.
 */
class SplitAggregationTest {
  private static final int ROWS = 600_000;

  @Test void splitAggregatesAndJoinsAnswerAsOneThreadDoes() throws Exception {
    Random random = new Random(7);
    StringBuilder facts = new StringBuilder("id,g,n,x,big\n");
    for (int i = 0; i < ROWS; i++) {
      // group keys: 0..9 and NULL; n sometimes NULL; x with both zeros
      String g = random.nextInt(50) == 0 ? "" : String.valueOf(random.nextInt(10));
      String n = random.nextInt(20) == 0 ? "" : String.valueOf(random.nextInt(2000) - 1000);
      double x = random.nextInt(100) == 0 ? -0.0 : random.nextInt(1000) / 8.0 - 60;
      facts.append(i).append(',').append(g).append(',').append(n).append(',').append(x).append(',')
          .append(random.nextLong() >> 20).append('\n');
    }
    StringBuilder keys = new StringBuilder("g,label\n");
    for (int g = 0; g < 10; g += 2) {
      keys.append(g).append(",k").append(g).append('\n');
    }
    try (TwoReadings files = new TwoReadings(Map.of("facts.csv", facts.toString(), "keys.csv", keys.toString()));
        Connection connection = files.cached()) {
      for (String sql : List.of(
          "SELECT g, COUNT(*), COUNT(n), SUM(n), MIN(x), MAX(x), MIN(n), SUM(big) FROM facts GROUP BY g",
          "SELECT COUNT(*), SUM(n), MAX(x) FROM facts WHERE n > 0",
          "SELECT g, ENGAGEMENT_RATE_AGG(n, id), ENGAGEMENT_RATE_AGG(n * 3 + 1, id + 5), COUNT(*) FROM facts"
              + " GROUP BY g",
          "SELECT g, ENGAGEMENT_RATE_AGG(x, id), MATRIX_SCORE(x, n), ENGAGEMENT_RATE_AGG(n, id) FROM facts GROUP BY g",
          "SELECT k.label, COUNT(*), SUM(f.n), MIN(f.x) FROM facts f JOIN keys k ON f.g = k.g GROUP BY k.label")) {
        String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
        assertTrue(plan.contains("VectorAggregate"), plan);
        assertEquals(files.streamed(sql), TwoReadings.sorted(connection, sql), sql);
      }
    }
  }

  @Test void anOverflowInEitherHalfIsAnError() throws Exception {
    // 600 000 x 2^44 = 1.06e19 > 9.22e18, the largest BIGINT; each half alone is within range (5.3e18)
    StringBuilder big = new StringBuilder("v\n");
    for (int i = 0; i < ROWS; i++) {
      big.append(1L << 44).append('\n');
    }
    try (TwoReadings files = new TwoReadings(Map.of("big.csv", big.toString()));
        Connection connection = files.cached()) {
      SQLException error = assertThrows(SQLException.class, () -> Db.rows(connection, "SELECT SUM(v) FROM big"));
      assertEquals("22003", error.getSQLState(), error.getMessage());
    }
  }
}
