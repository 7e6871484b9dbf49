package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ORDER BY ... LIMIT over a cached file is computed on its vectors ({@code VectorTopN} in the plan), giving the
 * rows, in the order, that Calcite's own sort gives over the same file streamed.
 */
class VectorTopNTest {
  @TempDir Path dir;

  private String plan(String sql) throws SQLException {
    return Db.rows(dir, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
  }

  @Test void theTopRowsOfAFilteredFile() throws Exception {
    Db.write(dir, "posts.csv", "post_id,platform,likes\nP1,tiktok,10\nP2,x,50\nP3,tiktok,30\nP4,tiktok,\n"
        + "P5,tiktok,30\nP6,tiktok,5\n");
    String sql = "SELECT post_id, likes FROM posts WHERE platform = 'tiktok' AND likes > 5"
        + " ORDER BY likes DESC, post_id LIMIT 2";
    assertTrue(plan(sql).contains("VectorTopN"), plan(sql));
    // tiktok with likes > 5: P1 10, P3 30, P5 30 (P4 has none, P6 only 5); the two best by likes, then id
    assertEquals(List.of(Db.row("P3", 30), Db.row("P5", 30)), Db.rows(dir, sql));
    // NULLs come first in a descending order, unless asked otherwise; OFFSET skips
    assertEquals(List.of(Db.row("P4", null), Db.row("P2", 50)),
        Db.rows(dir, "SELECT post_id, likes FROM posts ORDER BY likes DESC LIMIT 2"));
    assertEquals(List.of(Db.row("P3", 30), Db.row("P5", 30)),
        Db.rows(dir, "SELECT post_id, likes FROM posts ORDER BY likes DESC NULLS LAST LIMIT 2 OFFSET 1"));
  }

  // ---- the same rows as Calcite's sort, over random files and queries

  private static final String[] ORDERS = {"n", "n DESC", "x", "x DESC NULLS LAST", "cat, n DESC", "d DESC, id",
      "ts", "cat DESC NULLS FIRST, x", "flag, n", "big DESC", "n NULLS FIRST, cat NULLS LAST"};
  private static final String[] FILTERS = {"", "n > 0", "cat = 'a'", "x <= 0.5", "ts IS NOT NULL", "cat IN ('a', 'b')"};

  @Property(tries = 100) void givesTheRowsCalcitesSortGives(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("id,cat,n,big,x,d,ts,flag\n1,a,1,5000000000,0.5,2026-01-15,"
        + "2026-01-15 10:20:30,true\n");
    // no -0.0: SQL ties it with 0.0, and Calcite's own sort orders the two differently depending on the keys
    double[] doubles = {0.0, 0.25, 2.5, -1.5};
    for (int row = 2; row < 2 + random.nextInt(50); row++) {
      csv.append(row).append(',').append(cell(random, new String[] {"a", "b", "c", "é"}[random.nextInt(4)]))
          .append(',').append(cell(random, Integer.toString(random.nextInt(11) - 5)))
          .append(',').append(cell(random, Long.toString(random.nextLong() % 1_000_000_000_000L)))
          .append(',').append(cell(random, Double.toString(doubles[random.nextInt(doubles.length)])))
          .append(',').append(cell(random, "2026-0" + (1 + random.nextInt(3)) + "-1" + random.nextInt(10)))
          .append(',').append(cell(random, "2026-01-1" + random.nextInt(10) + " 0" + random.nextInt(10) + ":00:00"))
          .append(',').append(cell(random, random.nextBoolean() ? "true" : "false")).append('\n');
    }
    String filter = FILTERS[random.nextInt(FILTERS.length)];
    String sql = "SELECT id, cat, n, x FROM t" + (filter.isEmpty() ? "" : " WHERE " + filter) + " ORDER BY "
        + ORDERS[random.nextInt(ORDERS.length)] + " LIMIT " + (1 + random.nextInt(12))
        + (random.nextBoolean() ? " OFFSET " + random.nextInt(5) : "");
    try (TwoReadings files = new TwoReadings(Map.of("t.csv", csv.toString())); Connection connection = files.cached()) {
      List<List<Object>> calcite = files.streamedInOrder(sql);
      String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      assertTrue(plan.contains("VectorTopN"), sql + "\n" + plan);
      assertEquals(calcite, new ArrayList<>(Db.rows(connection, sql)), sql);
    }
  }

  private static String cell(Random random, String value) {
    return random.nextInt(6) == 0 ? "" : value;
  }
}
