package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aggregates over left, right, semi ({@code IN (SELECT ...)}, {@code EXISTS}) and anti ({@code NOT EXISTS}) joins,
 * and over joins to a computed input (Superset's top-N "series limit" subquery), are computed on the vectors, on
 * keys of every type, answering what Calcite's own plans answer over the same files streamed.
 */
class VectorJoinKindsTest {
  @TempDir Path dir;

  private static final String A = "id,k,v,platform\n1,1,10,x\n2,2,20,tiktok\n3,,30,x\n4,9,40,instagram\n";
  private static final String B = "k,w,platform\n1,100,x\n1,101,x\n2,200,tiktok\n,300,facebook\n";

  private String plan(String sql) throws SQLException {
    return Db.rows(dir, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
  }

  private void assertOnVectors(String sql, String kind) throws SQLException {
    String plan = plan(sql);
    assertTrue(plan.contains("VectorAggregate(join=") && plan.contains(kind + " join"), sql + "\n" + plan);
  }

  @Test void leftJoinPadsRowsWithoutAMatchWithNulls() throws Exception {
    Db.write(dir, "a.csv", A);
    Db.write(dir, "b.csv", B);
    String sql = "SELECT a.id, COUNT(*) AS n, COUNT(b.w) AS matched, SUM(b.w) AS total FROM a LEFT JOIN b"
        + " ON a.k = b.k GROUP BY a.id ORDER BY a.id";
    assertOnVectors(sql, "left");
    // a.1 (k 1) matches b's two rows of k 1; a.2 one row; a.3 (NULL k) and a.4 (k 9) none: one padded row each
    assertEquals(List.of(Db.row(1, 2L, 2L, 201L), Db.row(2, 1L, 1L, 200L), Db.row(3, 1L, 0L, null),
        Db.row(4, 1L, 0L, null)), Db.rows(dir, sql));
  }

  @Test void rightJoinKeepsTheRightRows() throws Exception {
    Db.write(dir, "a.csv", A);
    Db.write(dir, "b.csv", B);
    String sql = "SELECT b.w, COUNT(a.id) AS matched, SUM(a.v) AS total FROM a RIGHT JOIN b ON a.k = b.k"
        + " GROUP BY b.w ORDER BY b.w";
    String plan = plan(sql);
    assertTrue(plan.contains("VectorAggregate(join="), plan);
    // b's rows of k 1 match a.1 (v 10), k 2 matches a.2 (v 20), the NULL key matches nothing
    assertEquals(List.of(Db.row(100, 1L, 10L), Db.row(101, 1L, 10L), Db.row(200, 1L, 20L), Db.row(300, 0L, null)),
        Db.rows(dir, sql));
  }

  @Test void semiJoinsGiveEachRowOnce() throws Exception {
    Db.write(dir, "a.csv", A);
    Db.write(dir, "b.csv", B);
    String in = "SELECT COUNT(*) AS n, SUM(v) AS total FROM a WHERE k IN (SELECT k FROM b)";
    assertOnVectors(in, "semi");
    // a.1 and a.2 have their k in b; a.1 once although b has k 1 twice; the NULL k of a.3 and of b match nothing
    assertEquals(List.of(Db.row(2L, 30L)), Db.rows(dir, in));
    String exists = "SELECT COUNT(*) AS n, SUM(v) AS total FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.k = a.k"
        + " AND b.w > 100)";
    assertOnVectors(exists, "semi");
    // k 1 has w 101 > 100 and k 2 has w 200: a.1 and a.2
    assertEquals(List.of(Db.row(2L, 30L)), Db.rows(dir, exists));
    String text = "SELECT platform, COUNT(*) AS n FROM a WHERE platform IN (SELECT platform FROM b WHERE w < 300)"
        + " GROUP BY platform ORDER BY platform";
    assertOnVectors(text, "semi");
    // b's platforms under 300 are x and tiktok: a's x rows (1, 3) and tiktok row (2)
    assertEquals(List.of(Db.row("tiktok", 1L), Db.row("x", 2L)), Db.rows(dir, text));
  }

  @Test void notExistsKeepsTheRowsWithoutAMatch() throws Exception {
    Db.write(dir, "a.csv", A);
    Db.write(dir, "b.csv", B);
    String sql = "SELECT COUNT(*) AS n, SUM(v) AS total FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.k = a.k)";
    // Calcite's plan: a left join to b's distinct keys, and the rows whose key found none
    assertOnVectors(sql, "left");
    // a.3 (NULL k) and a.4 (k 9) have no row of b
    assertEquals(List.of(Db.row(2L, 70L)), Db.rows(dir, sql));
  }

  @Test void notExistsOverAFilesRowsReadsItsMarkerColumn() throws Exception {
    Db.write(dir, "a.csv", A);
    Db.write(dir, "b.csv", B);
    String sql = "SELECT COUNT(*) AS n FROM a WHERE NOT EXISTS (SELECT 1 FROM (SELECT * FROM b WHERE w > 150) b"
        + " WHERE b.k = a.k)";
    // b's rows over 150: k 2 (200) and NULL (300): a.1, a.3 (NULL k) and a.4 have none
    assertEquals(List.of(Db.row(3L)), Db.rows(dir, sql));
  }

  @Test void anEmptyInputJoinsNothing() throws Exception {
    Db.write(dir, "a.csv", A);
    Db.write(dir, "b.csv", "k,w,platform\n");
    String left = "SELECT COUNT(*) AS n, COUNT(b.w) AS matched, SUM(a.v) AS total FROM a LEFT JOIN b ON a.k = b.k";
    assertOnVectors(left, "left");
    // every row of a, padded: 4 rows, v 10 + 20 + 30 + 40
    assertEquals(List.of(Db.row(4L, 0L, 100L)), Db.rows(dir, left));
    String inner = "SELECT COUNT(*) AS n, SUM(a.v) AS total FROM a JOIN b ON a.k = b.k";
    assertOnVectors(inner, "inner");
    assertEquals(List.of(Db.row(0L, null)), Db.rows(dir, inner));
  }

  @Test void seriesLimitJoinsTheTopSeries() throws Exception {
    StringBuilder posts = new StringBuilder("post_id,platform,published_at,likes\n");
    String[] platforms = {"x", "tiktok", "instagram", "facebook"};
    for (int i = 0; i < 400; i++) {
      posts.append("P").append(i).append(',').append(platforms[i % 4]).append(",2026-0").append(1 + i % 3)
          .append("-15 10:00:00,").append(i % 4 * 10 + i % 7).append('\n');
    }
    Db.write(dir, "posts.csv", posts.toString());
    String sql = "SELECT FLOOR(published_at TO MONTH) AS __timestamp, platform AS platform, SUM(likes) AS"
        + " \"SUM(likes)\" FROM (SELECT * FROM posts) AS virtual_table JOIN (SELECT platform AS platform__,"
        + " SUM(likes) AS mme_inner__ FROM (SELECT * FROM posts) AS virtual_table GROUP BY platform"
        + " ORDER BY mme_inner__ DESC LIMIT 2) AS series_limit ON platform = platform__"
        + " GROUP BY FLOOR(published_at TO MONTH), platform ORDER BY \"SUM(likes)\" DESC LIMIT 10000";
    String plan = plan(sql);
    assertTrue(plan.contains("VectorAggregate(join=") && plan.contains("EnumerableLimit(fetch=[2])"), plan);
    try (TwoReadings files = new TwoReadings(Map.of("posts.csv", posts.toString()));
         Connection connection = files.cached()) {
      List<List<Object>> rows = Db.rows(connection, sql);
      // the two platforms with most likes, facebook (i % 4 = 3) and instagram (2), in three months each
      assertEquals(6, rows.size());
      assertEquals(files.streamedInOrder(sql), rows);
    }
  }

  @Test void textKeysJoinWhetherOrNotTheyAreADictionary() throws Exception {
    StringBuilder ids = new StringBuilder("post_id,likes\n");
    StringBuilder tags = new StringBuilder("post_id,tag\n");
    for (int i = 0; i < 6000; i++) {
      ids.append("P").append(i).append(',').append(i % 10).append('\n');
      if (i % 3 == 0) {
        tags.append("P").append(i).append(",t").append(i % 2).append('\n');
      }
    }
    tags.append(",t9\nQ1,t9\n");
    Db.write(dir, "ids.csv", ids.toString());
    Db.write(dir, "tags.csv", tags.toString());
    String sql = "SELECT t.tag, COUNT(*) AS n, SUM(i.likes) AS total FROM tags t JOIN ids i ON i.post_id = t.post_id"
        + " GROUP BY t.tag ORDER BY t.tag";
    assertOnVectors(sql, "inner");
    // ids 0, 3, 6 ... 5997 are tagged: t0 for even ones (i % 6 = 0), t1 for odd ones (i % 6 = 3), 1000 each;
    // likes i % 10 over i = 6m: 0,6,2,8,4 repeating (sum 20 per 5), 1000 values -> 4000; i = 6m+3: 3,9,5,1,7 -> 5000
    assertEquals(List.of(Db.row("t0", 1000L, 4000L), Db.row("t1", 1000L, 5000L)), Db.rows(dir, sql));
  }

  // ---- the same answers as Calcite's plans, over random files and joins

  private static final String[] KEYS = {"k", "s", "d", "x", "k, s", "big"};
  private static final String[] JOINS = {"JOIN", "LEFT JOIN", "RIGHT JOIN", "IN", "EXISTS", "NOT EXISTS"};
  private static final String[] GROUPS = {"", "a.cat", "FLOOR(a.d TO MONTH)", "a.k"};
  private static final String[] AGGREGATES = {"COUNT(*)", "SUM(a.n)", "MIN(a.d)", "MAX(a.n)", "COUNT(a.s)"};
  private static final String[] RIGHT_AGGREGATES = {"COUNT(b.n)", "SUM(b.n)", "MAX(b.x)", "COUNT(b.s)"};
  private static final String[] SIDES = {"b", "(SELECT * FROM b WHERE n > 0)",
      "(SELECT k, s, d, x, big, SUM(n) AS n FROM b GROUP BY k, s, d, x, big"
          + " ORDER BY 6 DESC, 1, 2, 3, 4, 5 LIMIT 5)"};

  @Property(tries = 40) void answersAsCalcitesPlansDo(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    Supplier<String> row = () -> cell(random, Integer.toString(random.nextInt(6))) + ","
        + cell(random, "pqrs".substring(random.nextInt(4)).substring(0, 1)) + ","
        + cell(random, java.time.LocalDate.of(2026, 1 + random.nextInt(3), 1 + random.nextInt(3)).toString()) + ","
        + cell(random, Double.toString(random.nextInt(5) * 0.5 - 1)) + ","
        + cell(random, Long.toString((random.nextInt(4) - 2) * 3_000_000_000L)) + ","
        + cell(random, Integer.toString(random.nextInt(21) - 10)) + ","
        + cell(random, "uv".substring(random.nextInt(2)).substring(0, 1));
    String header = "k,s,d,x,big,n,cat\n1,p,2026-01-01,0.5,3000000000,1,u\n";
    String a = table(random, header, row);
    String b = table(random, header, row);
    String key = KEYS[random.nextInt(KEYS.length)];
    String join = JOINS[random.nextInt(JOINS.length)];
    String side = SIDES[random.nextInt(SIDES.length)];
    String group = GROUPS[random.nextInt(GROUPS.length)];
    List<String> select = new ArrayList<>();
    if (!group.isEmpty()) {
      select.add(group);
    }
    boolean bothSides = join.endsWith("JOIN");
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      select.add(bothSides && random.nextBoolean() ? RIGHT_AGGREGATES[random.nextInt(RIGHT_AGGREGATES.length)]
          : AGGREGATES[random.nextInt(AGGREGATES.length)]);
    }
    List<String> keys = Arrays.asList(key.split(", "));
    String sql = "SELECT " + String.join(", ", select) + " FROM a";
    if (bothSides) {
      sql += " " + join + " " + side + " b ON " + String.join(" AND ", keys.stream().map(k -> "a." + k + " = b." + k)
          .toList()) + (random.nextBoolean() ? "" : " AND b.n < a.n + 5");
    } else if (join.equals("IN")) {
      sql += " WHERE a." + keys.get(0) + " IN (SELECT b." + keys.get(0) + " FROM " + side + " b)";
    } else {
      sql += " WHERE " + join + " (SELECT 1 FROM " + side + " b WHERE " + String.join(" AND ",
          keys.stream().map(k -> "a." + k + " = b." + k).toList()) + ")";
    }
    sql += group.isEmpty() ? "" : " GROUP BY " + group;
    try (TwoReadings files = new TwoReadings(Map.of("a.csv", a, "b.csv", b));
         Connection connection = files.cached()) {
      List<List<Object>> calcite = files.streamed(sql);
      String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      // no join of Calcite's; where the aggregates do not need the join's rows, Calcite drops it
      assertTrue(plan.contains("VectorAggregate(") && !plan.contains("Join("), sql + "\n" + plan);
      assertEquals(calcite, TwoReadings.sorted(connection, sql), sql + "\n" + plan);
    }
  }

  private static String table(Random random, String headerAndFirstRow, Supplier<String> row) {
    StringBuilder csv = new StringBuilder(headerAndFirstRow);
    for (int i = random.nextInt(30); i > 0; i--) {
      csv.append(row.get()).append('\n');
    }
    return csv.toString();
  }

  private static String cell(Random random, String value) {
    return random.nextInt(6) == 0 ? "" : value;
  }
}
