package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aggregates over an inner equi-join of two cached files are computed on their vectors ({@code VectorAggregate}
 * with {@code join=} in the plan), answering what Calcite's own join plan answers over the same files streamed.
 */
class VectorJoinTest {
  @TempDir Path dir;

  private static final String CONVERSIONS = "conversion_id,contact_id,ts,conversion_type,value\n"
      + "C1,1,2026-03-10 12:00:00,sale,100.0\n"
      + "C2,2,2026-03-20 00:00:00,lead,0.0\n"
      + "C3,,2026-03-20 00:00:00,sale,50.0\n"
      + "C4,3,2026-01-01 00:00:00,sale,10.0\n";
  private static final String TOUCHES = "touch_id,contact_id,ts,channel\n"
      + "1,1,2026-03-01 09:00:00,email\n"      // 9 days before C1
      + "2,1,2026-02-01 09:00:00,email\n"      // 37 days before C1: outside 30 days
      + "3,1,2026-03-11 09:00:00,social\n"     // after C1
      + "4,2,2026-03-19 23:59:59,social\n"     // just before C2
      + "5,2,2026-02-18 00:00:00,paid\n"       // exactly 30 days before C2
      + "6,,2026-03-19 00:00:00,email\n"       // no contact: joins nothing, not even C3
      + "7,4,2026-03-01 00:00:00,email\n";     // contact without conversion

  private String plan(String sql) throws SQLException {
    return Db.rows(dir, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
  }

  @Test void touchesWithinThirtyDaysOfAConversion() throws Exception {
    Db.write(dir, "conversions.csv", CONVERSIONS);
    Db.write(dir, "touches.csv", TOUCHES);
    String sql = "SELECT COUNT(*) FROM conversions c JOIN touches t ON t.contact_id = c.contact_id"
        + " AND t.ts <= c.ts AND t.ts >= c.ts - INTERVAL '30' DAY";
    assertTrue(plan(sql).contains("VectorAggregate(join="), plan(sql));
    // touch 1 for C1; touches 4 and 5 for C2 (5 is exactly 30 days before): 3 pairs
    assertEquals(List.of(Db.row(3L)), Db.rows(dir, sql));
  }

  @Test void groupsAndAggregatesFromBothFiles() throws Exception {
    Db.write(dir, "conversions.csv", CONVERSIONS);
    Db.write(dir, "touches.csv", TOUCHES);
    String sql = "SELECT c.conversion_type, t.channel, COUNT(*) AS pairs, MAX(c.\"value\") AS top,"
        + " MIN(t.ts) AS first_touch FROM conversions c JOIN touches t ON t.contact_id = c.contact_id"
        + " GROUP BY c.conversion_type, t.channel ORDER BY 1, 2";
    assertTrue(plan(sql).contains("VectorAggregate(join="), plan(sql));
    // contact 1 (C1 sale) x touches 1, 2 (email), 3 (social); contact 2 (C2 lead) x touches 4 (social), 5 (paid)
    assertEquals(List.of(
        Db.row("lead", "paid", 1L, 0.0, Timestamp.valueOf("2026-02-18 00:00:00")),
        Db.row("lead", "social", 1L, 0.0, Timestamp.valueOf("2026-03-19 23:59:59")),
        Db.row("sale", "email", 2L, 100.0, Timestamp.valueOf("2026-02-01 09:00:00")),
        Db.row("sale", "social", 1L, 100.0, Timestamp.valueOf("2026-03-11 09:00:00"))), Db.rows(dir, sql));
  }

  // ---- the same answers as Calcite's join plan, over random files and queries

  private static final String[] KEYS = {"", "a.cat", "b.channel", "FLOOR(a.ts TO MONTH)", "a.cat, b.channel",
      "b.k"};
  private static final String[] AGGREGATES = {"COUNT(*)", "COUNT(b.n)", "SUM(a.n)", "SUM(b.n)", "SUM(a.n * b.n)",
      "AVG(b.n)", "MIN(a.x)", "MAX(b.ts)", "MIN(a.ts)", "MAX(a.n - b.n)", "COUNT(a.cat)"};
  private static final String[] CONDITIONS = {"a.k = b.k", "b.k = a.k AND b.ts <= a.ts",
      "a.k = b.k AND b.ts <= a.ts AND b.ts >= a.ts - INTERVAL '30' DAY", "a.k = b.k AND a.n > b.n",
      "a.k = b.k AND (a.n > 3 OR b.n IS NULL)", "a.k = b.k AND a.x < b.n", "a.k = b.k AND a.d = b.d",
      "a.k = b.k AND b.ts > a.ts + INTERVAL '2' HOUR", "a.k = b.k AND NOT (a.n = b.n)", "a.s = b.s",
      "b.s = a.s AND a.n < b.n"};

  private static final String[] CHANNELS = {"email", "social", "paid"};
  /** Keys too far apart to index an array by value: the join hashes them. */
  private static final String[] SPARSE = {"-5000000000000", "7", "1000000000000000", "42"};

  @Property(tries = 100) void answersAsCalcitesJoinDoes(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    String a = table(random, "s,k,n,x,cat,d,ts\n1000000000000000,1,1,0.5,p,2026-01-01,2026-01-01 10:00:00\n",
        () -> cell(random, SPARSE[random.nextInt(SPARSE.length)]) + ","
            + cell(random, Integer.toString(random.nextInt(8))) + "," + cell(random, Integer.toString(
            random.nextInt(21) - 10)) + "," + cell(random, Double.toString(random.nextInt(9) * 0.25 - 1)) + ","
            + cell(random, "pqr".substring(random.nextInt(3)).substring(0, 1)) + "," + cell(random, date(random))
            + "," + cell(random, timestamp(random)));
    String b = table(random, "s,k,n,channel,d,ts\n-5000000000000,1,2,email,2026-01-01,2026-01-01 11:00:00\n",
        () -> cell(random, SPARSE[random.nextInt(SPARSE.length)]) + ","
            + cell(random, Integer.toString(random.nextInt(8))) + "," + cell(random, Integer.toString(
            random.nextInt(21) - 10)) + "," + cell(random, CHANNELS[random.nextInt(CHANNELS.length)]) + ","
            + cell(random, date(random)) + "," + cell(random, timestamp(random)));
    String keys = KEYS[random.nextInt(KEYS.length)];
    List<String> select = new ArrayList<>();
    if (!keys.isEmpty()) {
      select.add(keys);
    }
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      select.add(AGGREGATES[random.nextInt(AGGREGATES.length)]);
    }
    String sql = "SELECT " + String.join(", ", select) + " FROM a JOIN b ON "
        + CONDITIONS[random.nextInt(CONDITIONS.length)] + (keys.isEmpty() ? "" : " GROUP BY " + keys);
    try (TwoReadings files = new TwoReadings(Map.of("a.csv", a, "b.csv", b));
         Connection connection = files.cached()) {
      List<List<Object>> calcite = files.streamed(sql);
      String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      assertTrue(plan.contains("VectorAggregate(join="), sql + "\n" + plan);
      assertEquals(calcite, TwoReadings.sorted(connection, sql), sql);
    }
  }

  private static String table(Random random, String headerAndFirstRow, java.util.function.Supplier<String> row) {
    StringBuilder csv = new StringBuilder(headerAndFirstRow);
    for (int i = random.nextInt(40); i > 0; i--) {
      csv.append(row.get()).append('\n');
    }
    return csv.toString();
  }

  private static String date(Random random) {
    return java.time.LocalDate.of(2026, 1 + random.nextInt(3), 1 + random.nextInt(28)).toString();
  }

  private static String timestamp(Random random) {
    return date(random) + String.format(" %02d:%02d:00", random.nextInt(24), random.nextInt(60));
  }

  private static String cell(Random random, String value) {
    return random.nextInt(7) == 0 ? "" : value;
  }
}
