package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * GROUP BY queries over a cached file are computed on its column vectors ({@code VectorAggregate} in the plan);
 * they must answer exactly what Calcite's own row-at-a-time plan answers, which a streamed file
 * ({@link Db#streamed}) still gets.
 */
class VectorAggregateTest {
  @TempDir Path dir;

  private static final String POSTS = "platform,likes,reach,rate,day_of,ts\n"
      + "tiktok,10,100,0.5,2026-01-31,2026-01-31 23:59:59.999\n"
      + "tiktok,20,300,-0.0,2026-02-01,2026-02-01 00:00:00\n"
      + "x,,50,,2026-02-15,\n"
      + ",5,,0.25,,1969-12-31 12:00:00\n"
      + "x,7,70,1.5,2026-02-20,2026-02-20 08:30:00\n";

  private List<List<Object>> rows(String sql, String... properties) throws SQLException {
    return Db.rows(dir, sql, properties);
  }

  private String plan(String sql, String... properties) throws SQLException {
    return rows("EXPLAIN PLAN FOR " + sql, properties).get(0).get(0).toString();
  }

  @Test void groupsCountsAndSumsOnTheVectors() throws Exception {
    Db.write(dir, "posts.csv", POSTS);
    String sql = "SELECT platform, COUNT(*) AS n, COUNT(likes) AS counted, SUM(likes) AS likes, SUM(reach) AS reach,"
        + " MIN(ts) AS first_ts, MAX(rate) AS top_rate FROM posts GROUP BY platform ORDER BY platform NULLS LAST";
    assertTrue(plan(sql).contains("VectorAggregate"), plan(sql));
    // tiktok: 2 rows, likes 10+20, reach 100+300; x: likes NULL and 7 (one counted), reach 50+70; NULL platform: 1 row
    assertEquals(List.of(
        Db.row("tiktok", 2L, 2L, 30L, 400L, java.sql.Timestamp.valueOf("2026-01-31 23:59:59.999"), 0.5),
        Db.row("x", 2L, 1L, 7L, 120L, java.sql.Timestamp.valueOf("2026-02-20 08:30:00"), 1.5),
        Db.row(null, 1L, 1L, 5L, null, java.sql.Timestamp.valueOf("1969-12-31 12:00:00"), 0.25)), rows(sql));
  }

  @Test void averagesRatesAndTimeGrains() throws Exception {
    Db.write(dir, "posts.csv", POSTS);
    // AVG(likes) over the 4 non-NULL likes: (10+20+5+7)/4 = 10.5; the rate of the rows with both values:
    // (10+20+7)/(100+300+70) = 37/470
    String rates = "SELECT AVG(likes), ENGAGEMENT_RATE_AGG(likes, reach) FROM posts";
    assertTrue(plan(rates).contains("VectorAggregate"), plan(rates));
    assertEquals(List.of(Db.row(10.5, 37.0 / 470)), rows(rates));
    // months of ts: 2026-01 (1 row), 2026-02 (2 rows), 1969-12 (1 row), NULL (1 row)
    String months = "SELECT FLOOR(ts TO MONTH) AS m, COUNT(*), SUM(likes) FROM posts GROUP BY FLOOR(ts TO MONTH)"
        + " ORDER BY m NULLS FIRST";
    assertTrue(plan(months).contains("VectorAggregate"), plan(months));
    assertEquals(List.of(
        Db.row(null, 1L, null),
        Db.row(java.sql.Timestamp.valueOf("1969-12-01 00:00:00"), 1L, 5L),
        Db.row(java.sql.Timestamp.valueOf("2026-01-01 00:00:00"), 1L, 10L),
        Db.row(java.sql.Timestamp.valueOf("2026-02-01 00:00:00"), 2L, 27L)), rows(months));
  }

  @Test void filtersAreCheckedExactlyOrLeftToCalcite() throws Exception {
    Db.write(dir, "posts.csv", POSTS);
    // likes > 6: 10, 20, 7 -> tiktok 2 rows, x 1 row
    String filtered = "SELECT platform, COUNT(*) FROM posts WHERE likes > 6 GROUP BY platform ORDER BY platform";
    assertTrue(plan(filtered).contains("VectorAggregate"), plan(filtered));
    assertEquals(List.of(Db.row("tiktok", 2L), Db.row("x", 1L)), rows(filtered));
    // a condition the vectors cannot check exactly leaves the whole query to Calcite
    String other = "SELECT COUNT(*) FROM posts WHERE INITCAP(platform) = 'X'";
    assertFalse(plan(other).contains("VectorAggregate"), plan(other));
    assertEquals(List.of(Db.row(2L)), rows(other));
  }

  @Test void aStreamedFileIsAggregatedRowByRow() throws Exception {
    Db.write(dir, "posts.csv", POSTS);
    String sql = "SELECT COUNT(*), SUM(likes) FROM posts";
    assertFalse(Db.streamed(() -> plan(sql)).contains("VectorAggregate"));
    assertEquals(List.of(Db.row(5L, 42L)), Db.streamed(() -> rows(sql)));
  }

  @Test void anEmptyInputGivesOneRowWithoutGroupsAndNoneWithThem() throws Exception {
    Db.write(dir, "posts.csv", POSTS);
    assertEquals(List.of(Db.row(0L, null, null)),
        rows("SELECT COUNT(*), SUM(likes), MAX(ts) FROM posts WHERE likes > 1000"));
    assertEquals(List.of(), rows("SELECT platform, COUNT(*) FROM posts WHERE likes > 1000 GROUP BY platform"));
  }

  @Test void wholeNumbersOutOfRangeAreAnErrorNotAWrongNumber() throws Exception {
    Db.write(dir, "big.csv", "id,n,big\n1,2147483647,9223372036854775807\n2,1,1\n");
    SQLException sum = assertThrows(SQLException.class, () -> rows("SELECT SUM(big) FROM big"));
    assertEquals("22003", sum.getSQLState());
    SQLException plus = assertThrows(SQLException.class, () -> rows("SELECT SUM(n + n) FROM big"));
    assertEquals("22003", plus.getSQLState());
    // SUM of an INTEGER column is a BIGINT: 2147483647 + 1 fits
    assertEquals(List.of(Db.row(2147483648L)), rows("SELECT SUM(n) FROM big"));
  }

  // ---- the same answers as Calcite's plan, over random files and queries

  private static final String[] KEYS = {"cat", "n", "big", "x", "d", "FLOOR(ts TO MONTH)", "FLOOR(ts TO WEEK)",
      "FLOOR(ts TO HOUR)", "FLOOR(d TO YEAR)", "FLOOR(ts TO DAY)", "flag",
      "CASE WHEN n > 3 THEN 'hi' WHEN n < -3 THEN 'lo' ELSE 'mid' END", "UPPER(cat)", "TRIM(cat)", "cat || '-'",
      "SUBSTRING(cat FROM 1 FOR 1)", "DATE_TRUNC('week', ts)", "DATE_TRUNC('month', d)", "EXTRACT(HOUR FROM ts)",
      "EXTRACT(DOW FROM d)", "EXTRACT(YEAR FROM ts)", "COALESCE(cat, 'none')", "n / 3", "MOD(n, 7)",
      "CEIL(ts TO HOUR)", "FLOOR(x)", "CAST(d AS TIMESTAMP)", "CAST(ts AS DATE)",
      "CAST(n AS VARCHAR)", "CHAR_LENGTH(cat)", "CASE cat WHEN 'a' THEN 1 WHEN 'b' THEN 2 END", "NOT flag"};
  private static final String[] AGGREGATES = {"COUNT(*)", "COUNT(n)", "COUNT(cat)", "SUM(n)", "SUM(big)",
      "SUM(x)", "AVG(n)", "AVG(x)", "MIN(n)", "MAX(n)", "MIN(x)", "MAX(x)", "MIN(ts)", "MAX(d)", "SUM(n + big)",
      "SUM(n * 3 - big)", "SUM(x * n)", "SUM(x / n)", "SUM(CAST(n AS DOUBLE))", "ENGAGEMENT_RATE_AGG(n, big)",
      "ENGAGEMENT_RATE_AGG(n + 1, x)", "MATRIX_SCORE(x, n)", "MATRIX_SCORE(n, big, x)", "MAX(FLOOR(ts TO MINUTE))", "AVG(big)",
      "COUNT(DISTINCT cat)", "COUNT(DISTINCT n)", "COUNT(DISTINCT big)", "COUNT(DISTINCT FLOOR(ts TO DAY))",
      "COUNT(DISTINCT UPPER(cat))", "MIN(cat)", "MAX(cat)", "SUM(CASE WHEN cat = 'a' THEN n ELSE 0 END)",
      "SUM(COALESCE(n, 0))", "SUM(CASE WHEN n IS NULL THEN 1 ELSE 0 END)", "AVG(CAST(n AS DOUBLE) / NULLIF(big, 0))",
      "COUNT(NULLIF(cat, 'a'))", "MAX(UPPER(cat))", "MIN(DATE_TRUNC('day', ts))", "SUM(EXTRACT(MONTH FROM d))",
      "MAX(CASE WHEN flag THEN x END)", "MIN(cat || CAST(n AS VARCHAR))"};
  private static final String[] FILTERS = {"", "n > 3", "cat = 'a'", "cat = 'a '", "cat <> 'b'", "x <= 0",
      "d >= DATE '2026-01-01'", "ts IS NOT NULL", "cat IS NULL", "n > 3 AND cat <> 'b'", "big < -5",
      "ts < TIMESTAMP '1970-01-01 00:00:00'", "flag = TRUE", "flag = FALSE", "NOT flag", "x > 0.05",
      "d < DATE '1990-01-01' AND n <= 0", "n IN (1, 2, 3)", "cat IN ('a', 'b')", "n NOT IN (1, 2)",
      "n BETWEEN -3 AND 5", "x BETWEEN 0 AND 3", "d BETWEEN DATE '1990-01-01' AND DATE '2010-12-31'",
      "ts >= TIMESTAMP '2000-01-01 00:00:00' AND ts < TIMESTAMP '2030-01-01 00:00:00'", "n > 3 OR cat = 'a'",
      "(n > 3 AND x < 1) OR cat IS NULL", "n IS NULL OR n IN (4, 5)", "cat LIKE 'a%'", "cat NOT LIKE '%b'",
      "UPPER(cat) LIKE '_ %'", "cat > 'a'", "COALESCE(n, 0) > 2", "CASE WHEN flag THEN n ELSE -n END > 0",
      "EXTRACT(MONTH FROM d) IN (1, 2, 3)", "DATE_TRUNC('year', ts) = TIMESTAMP '2026-01-01 00:00:00'",
      "MOD(n, 2) = 0", "cat || 'x' = 'ax'", "NULLIF(n, 3) IS NULL", "NOT (n > 3 OR flag)",
      "LOWER(cat) IN ('a', 'c')", "n * 2 - 1 >= big / 1000000000"};

  @Property(tries = 150) void answersAsCalcitesPlanDoes(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    String csv = randomCsv(random);
    String sql = randomQuery(random);
    try (TwoReadings files = new TwoReadings(Map.of("t.csv", csv)); Connection connection = files.cached()) {
      List<List<Object>> rowAtATime = files.streamed(sql);
      String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      // a GROUP BY of a column holding no value twice is no aggregation: Calcite drops it (ScanStatistics)
      assertTrue(plan.contains("VectorAggregate") || !plan.contains("Aggregate") && sql.contains("GROUP BY"),
          sql + "\n" + Db.columns(connection, "t") + "\n" + plan);
      // a GROUP BY of a unique column is dropped, so SUM(x) of a group's one -0.0 is that -0.0, where adding it to
      // a sum of 0.0 gives 0.0: equal numbers in SQL, compared as such
      assertEquals(zeroed(rowAtATime), zeroed(TwoReadings.sorted(connection, sql)), sql);
    }
  }

  /**
   * Also, Calcite's plan for a query with a DISTINCT aggregate gives an infinite double sum (x / 0) as the largest
   * double, where its plan without one (and the vectors) give Infinity: compared as equal here.
   */
  private static List<List<Object>> zeroed(List<List<Object>> rows) {
    return rows.stream()
        .map(row -> row.stream().map(value -> value instanceof Double d && d == 0.0 ? (Object) 0.0
            : value instanceof Double d && Math.abs(d) == Double.MAX_VALUE ? (Object) (d * 2) : value).toList())
        .toList();
  }

  private static String randomCsv(Random random) {
    StringBuilder csv = new StringBuilder("cat,n,big,x,d,ts,flag\n");
    // a first row with every value, so that every column gets its type whatever the rest hold
    csv.append("a,1,5000000000,0.5,2026-01-15,2026-01-15 10:20:30.400,true\n");
    String[] cats = {"a", "b", "a ", "c", ""};
    double[] doubles = {0.0, -0.0, 0.1, 2.5, -7.25, 1e-3, 123456.789};
    int rows = random.nextInt(60);
    for (int i = 0; i < rows; i++) {
      csv.append(cell(random, '"' + cats[random.nextInt(cats.length)] + '"')).append(',')
          .append(cell(random, Integer.toString(random.nextInt(41) - 20))).append(',')
          .append(cell(random, Long.toString(random.nextLong() % 1_000_000_000_000L))).append(',')
          .append(cell(random, Double.toString(doubles[random.nextInt(doubles.length)]))).append(',')
          .append(cell(random, java.time.LocalDate.of(1965 + random.nextInt(70), 1 + random.nextInt(12),
              1 + random.nextInt(28)).toString())).append(',')
          .append(cell(random, TIMESTAMP.format(java.time.LocalDateTime.of(1965 + random.nextInt(70),
              1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
              random.nextInt(60), random.nextInt(1000) * 1_000_000)))).append(',')
          .append(cell(random, random.nextBoolean() ? "true" : "false")).append('\n');
    }
    return csv.toString();
  }

  private static final java.time.format.DateTimeFormatter TIMESTAMP =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private static String cell(Random random, String value) {
    return random.nextInt(6) == 0 ? "" : value;
  }

  private static String randomQuery(Random random) {
    List<String> keys = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      String key = KEYS[random.nextInt(KEYS.length)];
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    List<String> select = new ArrayList<>(keys);
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      select.add(AGGREGATES[random.nextInt(AGGREGATES.length)]);
    }
    String filter = FILTERS[random.nextInt(FILTERS.length)];
    return "SELECT " + String.join(", ", select) + " FROM t" + (filter.isEmpty() ? "" : " WHERE " + filter)
        + (keys.isEmpty() ? "" : " GROUP BY " + String.join(", ", keys));
  }
}
