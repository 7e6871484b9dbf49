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
 * Window functions over a cached file ({@code VectorWindow} in the plan) answer what Calcite's own window plan
 * answers over the same file streamed: ranks with ties, the default frame's peers, NULL partitions and orders.
 */
class VectorWindowTest {
  @TempDir Path dir;

  /** Ties on likes within x: rows 2 and 3; a NULL platform is a partition of its own, a NULL likes sorts last. */
  private static final String POSTS = "id,platform,likes\n1,x,30\n2,x,20\n3,x,20\n4,x,10\n5,tiktok,5\n"
      + "6,tiktok,\n7,,7\n8,tiktok,5\n";

  private List<List<Object>> rows(String sql) throws SQLException {
    String plan = Db.rows(dir, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
    assertTrue(plan.contains("VectorWindow("), plan);
    return Db.rows(dir, sql);
  }

  @Test void ranksTellTiesApart() throws Exception {
    Db.write(dir, "posts.csv", POSTS);
    String sql = "SELECT id, ROW_NUMBER() OVER (PARTITION BY platform ORDER BY likes DESC, id) AS rn,"
        + " RANK() OVER (PARTITION BY platform ORDER BY likes DESC) AS rk,"
        + " DENSE_RANK() OVER (PARTITION BY platform ORDER BY likes DESC) AS drk FROM posts ORDER BY id";
    // x: 30 (1), 20 (2, 3 tied), 10 (4): row numbers 1 2 3 4, ranks 1 2 2 4, dense ranks 1 2 2 3;
    // tiktok descending puts its NULL first (NULLs are high): 6, then 5 and 8 tied; the NULL platform: 7 alone
    assertEquals(List.of(Db.row(1, 1L, 1L, 1L), Db.row(2, 2L, 2L, 2L), Db.row(3, 3L, 2L, 2L),
        Db.row(4, 4L, 4L, 3L), Db.row(5, 2L, 2L, 2L), Db.row(6, 1L, 1L, 1L), Db.row(7, 1L, 1L, 1L),
        Db.row(8, 3L, 2L, 2L)), rows(sql));
  }

  @Test void theDefaultFrameTakesThePeersOfTheCurrentRow() throws Exception {
    Db.write(dir, "posts.csv", POSTS);
    String sql = "SELECT id, SUM(likes) OVER (PARTITION BY platform ORDER BY likes) AS running_sum,"
        + " SUM(likes) OVER (PARTITION BY platform ORDER BY likes, id ROWS UNBOUNDED PRECEDING) AS by_row,"
        + " COUNT(*) OVER (PARTITION BY platform) AS n, AVG(likes) OVER (PARTITION BY platform) AS mean"
        + " FROM posts ORDER BY id";
    // x ascending: 10 (4), 20 + 20 (2, 3 are peers: both 50), 30 (1): running 80, 50, 50, 10;
    // by row: 4 -> 10, 2 -> 30, 3 -> 50, 1 -> 80; tiktok: 5 and 8 peers (10), the NULL last (still 10)
    assertEquals(List.of(Db.row(1, 80L, 80L, 4L, 20.0), Db.row(2, 50L, 30L, 4L, 20.0),
        Db.row(3, 50L, 50L, 4L, 20.0), Db.row(4, 10L, 10L, 4L, 20.0), Db.row(5, 10L, 5L, 3L, 5.0),
        Db.row(6, 10L, 10L, 3L, 5.0), Db.row(7, 7L, 7L, 1L, 7.0), Db.row(8, 10L, 10L, 3L, 5.0)), rows(sql));
  }

  @Test void topRowsPerPartition() throws Exception {
    Db.write(dir, "posts.csv", POSTS);
    String sql = "SELECT platform, id FROM (SELECT platform, id, ROW_NUMBER() OVER (PARTITION BY platform"
        + " ORDER BY likes DESC NULLS LAST, id) AS rn FROM posts WHERE likes > 5) t WHERE rn <= 2"
        + " ORDER BY platform, id";
    // likes > 5 leaves x's 1, 2, 3, 4 and the NULL platform's 7: x's best two are 1 (30) and 2 (20, before 3)
    assertEquals(List.of(Db.row("x", 1), Db.row("x", 2), Db.row(null, 7)), rows(sql));
  }

  @Test void ordersOnTextThatIsNotADictionary() throws Exception {
    StringBuilder posts = new StringBuilder("post_id,platform,likes\n");
    for (int i = 0; i < 6000; i++) {
      posts.append('P').append(i).append(',').append(i % 2 == 0 ? "x" : "tiktok").append(',').append(i % 5)
          .append('\n');
    }
    String sql = "SELECT platform, post_id, rn FROM (SELECT platform, post_id, ROW_NUMBER() OVER (PARTITION BY"
        + " platform ORDER BY likes DESC, post_id) AS rn FROM posts) t WHERE rn <= 2";
    try (TwoReadings files = new TwoReadings(Map.of("posts.csv", posts.toString()));
         Connection connection = files.cached()) {
      String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      assertTrue(plan.contains("VectorWindow(") && plan.contains("where="), plan);
      // likes 4 are ids 4, 9, 14...: x's even ones 4, 14... and tiktok's odd ones 9, 19...; as text "P1004" comes
      // first ("P100" < "P104" < "P14"), then "P1014"
      assertEquals(List.of(Db.row("tiktok", "P1009", 1L), Db.row("tiktok", "P1019", 2L), Db.row("x", "P1004", 1L),
          Db.row("x", "P1014", 2L)), TwoReadings.sorted(connection, sql));
      assertEquals(files.streamed(sql), TwoReadings.sorted(connection, sql));
    }
  }

  // ---- the same answers as Calcite's window plan, over random files

  private static final String[] PARTITIONS = {"", "PARTITION BY cat", "PARTITION BY cat, d", "PARTITION BY k"};
  private static final String[] ORDERS = {"", "ORDER BY n", "ORDER BY n DESC", "ORDER BY d, x DESC",
      "ORDER BY cat NULLS FIRST", "ORDER BY x"};
  private static final String[] FUNCTIONS = {"RANK()", "DENSE_RANK()", "SUM(n)", "COUNT(*)", "COUNT(x)",
      "AVG(n)", "MIN(d)", "MAX(x)", "SUM(x)"};

  @Property(tries = 25) void answersAsCalcitesWindowsDo(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("id,k,n,x,cat,d\n");
    for (int i = random.nextInt(40); i >= 0; i--) {
      csv.append(i).append(',').append(cell(random, Integer.toString(random.nextInt(4)))).append(',')
          .append(cell(random, Integer.toString(random.nextInt(9) - 4))).append(',')
          .append(cell(random, Double.toString(random.nextInt(5) * 0.5))).append(',')
          .append(cell(random, "pqr".substring(random.nextInt(3)).substring(0, 1))).append(',')
          .append(cell(random, "2026-01-0" + (1 + random.nextInt(3)))).append('\n');
    }
    List<String> select = new ArrayList<>(List.of("id"));
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String partition = PARTITIONS[random.nextInt(PARTITIONS.length)];
      String order = ORDERS[random.nextInt(ORDERS.length)];
      String function = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
      if (function.endsWith("RANK()") && order.isEmpty()) {
        order = ORDERS[1];
      }
      String frame = "";
      // row numbers and ROWS frames need an order without ties to give one answer
      if (random.nextInt(4) == 0) {
        function = "ROW_NUMBER()";
        order = (order.isEmpty() ? "ORDER BY" : order + ",") + " id";
      } else if (!order.isEmpty() && !function.endsWith("RANK()") && random.nextInt(3) == 0) {
        order += ", id";
        frame = " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW";
      }
      select.add(function + " OVER (" + partition + " " + order + frame + ")");
    }
    String sql = "SELECT " + String.join(", ", select) + " FROM t" + (random.nextBoolean() ? "" : " WHERE n > -2");
    try (TwoReadings files = new TwoReadings(Map.of("t.csv", csv.toString()));
         Connection connection = files.cached()) {
      List<List<Object>> calcite = files.streamed(sql);
      String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      assertTrue(plan.contains("VectorWindow("), sql + "\n" + plan);
      assertEquals(calcite, TwoReadings.sorted(connection, sql), sql + "\n" + plan);
    }
  }

  private static String cell(Random random, String value) {
    return random.nextInt(6) == 0 ? "" : value;
  }
}
