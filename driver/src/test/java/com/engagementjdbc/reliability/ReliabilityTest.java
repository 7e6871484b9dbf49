package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import com.engagementjdbc.SqlAssert;
import com.engagementjdbc.schema.SourceCache;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent dashboards, files that change or vanish, and paths that must stay inside the folder. */
class ReliabilityTest {
  @TempDir Path dir;

  /**
   * 16 threads sharing a pool of 16 connections run a dashboard's queries for 4 s; every answer must be the one
   * computed here from the generated rows, and each file is read once whatever the contention.
   */
  @Test void sixteenThreadsOnAPoolGetTheRightAnswersAndEachFileIsReadOnce() throws Exception {
    // touch i: contact i % 500, on day 1 + i % 28 of March at 10:00, channel c(i % 7)
    StringBuilder touches = new StringBuilder("contact_id,ts,channel\n");
    StringBuilder conversions = new StringBuilder("conversion_id,contact_id,ts,value\n");
    for (int i = 0; i < TOUCHES; i++) {
      touches.append(i % 500).append(",2026-03-").append(String.format("%02d", 1 + i % 28)).append(" 10:00:00,c")
          .append(i % 7).append('\n');
    }
    // conversion i: contact i % 600, on March 28 at 12:00, value i % 90
    for (int i = 0; i < CONVERSIONS; i++) {
      conversions.append("C").append(i).append(',').append(i % 600).append(",2026-03-28 12:00:00,")
          .append(i % 90).append('\n');
    }
    Db.write(dir, "touches.csv", touches.toString());
    Db.write(dir, "conversions.csv", conversions.toString());
    List<String> queries = List.of(
        "select channel, count(*) from touches group by channel order by 1",
        "select count(*) from conversions c join touches t on t.contact_id = c.contact_id",
        "select channel, sum(credit), sum(credited_value) from table(link_conversions('touches', 'conversions',"
            + " 'time_decay', 30, 7)) group by channel order by 1 nulls last");
    List<List<List<Object>>> expected = List.of(touchesByChannel(), List.of(Db.row(joinedPairs())),
        timeDecayCredits());
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:engagement:" + dir);
    config.setMaximumPoolSize(16);
    try (HikariDataSource pool = new HikariDataSource(config);
        SourceCache.ReadCount reads = SourceCache.SHARED.countReads(dir)) {
      ExecutorService threads = Executors.newFixedThreadPool(16);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int thread = t;
        results.add(threads.submit(() -> {
          int done = 0;
          while (System.nanoTime() < deadline || done < queries.size()) {
            int query = (thread + done) % queries.size();
            try (Connection connection = pool.getConnection()) {
              assertAnswer(expected.get(query), Db.rows(connection, queries.get(query)), queries.get(query));
            }
            done++;
          }
          return done;
        }));
      }
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(60, TimeUnit.SECONDS);
      }
      threads.shutdown();
      assertTrue(total >= 16 * queries.size(), "queries run: " + total);
      // two files, each read once whatever the contention
      assertEquals(2, reads.get());
    }
  }

  private static final int TOUCHES = 20_000;
  private static final int CONVERSIONS = 2_000;

  /** Touches per channel: c0 gets one more of the 20 000 = 7 * 2 857 + 1. */
  private static List<List<Object>> touchesByChannel() {
    List<List<Object>> rows = new ArrayList<>();
    for (int channel = 0; channel < 7; channel++) {
      rows.add(Db.row("c" + channel, (long) (TOUCHES / 7 + (channel < TOUCHES % 7 ? 1 : 0))));
    }
    return rows;
  }

  /** Each conversion of a contact below 500 meets that contact's 40 touches. */
  private static long joinedPairs() {
    long pairs = 0;
    for (int i = 0; i < CONVERSIONS; i++) {
      pairs += i % 600 < 500 ? TOUCHES / 500 : 0;
    }
    return pairs;
  }

  /**
   * time_decay with a half-life of 7 days (docs/functions.md): each touch of the converting contact weighs
   * 2^(-days before / 7), normalised per conversion; every touch is within the 30 days. A conversion of a contact
   * without touches is credited to a NULL channel.
   */
  private static List<List<Object>> timeDecayCredits() {
    double[] credit = new double[8];
    double[] value = new double[8];
    for (int i = 0; i < CONVERSIONS; i++) {
      int contact = i % 600;
      if (contact >= 500) {
        credit[7] += 1;
        value[7] += i % 90;
        continue;
      }
      double[] weights = new double[TOUCHES / 500];
      double total = 0;
      for (int m = 0; m < weights.length; m++) {
        int touch = contact + 500 * m;
        double daysBefore = 28 - (1 + touch % 28) + 2 / 24.0;
        weights[m] = Math.pow(2, -daysBefore / 7);
        total += weights[m];
      }
      for (int m = 0; m < weights.length; m++) {
        int channel = (contact + 500 * m) % 7;
        credit[channel] += weights[m] / total;
        value[channel] += weights[m] / total * (i % 90);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int channel = 0; channel < 8; channel++) {
      rows.add(Db.row(channel < 7 ? "c" + channel : null, credit[channel], value[channel]));
    }
    return rows;
  }

  /** Equal rows, sums of doubles within 1e-9 of their size (their order of addition is the engine's). */
  private static void assertAnswer(List<List<Object>> expected, List<List<Object>> actual, String sql) {
    assertEquals(expected.size(), actual.size(), () -> sql + ": " + actual);
    for (int r = 0; r < expected.size(); r++) {
      for (int c = 0; c < expected.get(r).size(); c++) {
        Object want = expected.get(r).get(c);
        Object got = actual.get(r).get(c);
        if (want instanceof Double number && got instanceof Double) {
          assertEquals(number, (Double) got, Math.abs(number) * 1e-9, () -> sql + ": " + actual);
        } else {
          assertEquals(want, got, () -> sql + ": " + actual);
        }
      }
    }
  }

  @Test void aFileDeletedOrReplacedBetweenQueriesIsSeenFresh() throws Exception {
    Db.write(dir, "posts.csv", "likes\n1\n2\n");
    try (Connection connection = Db.connect(dir)) {
      assertEquals(List.of(Db.row(2L)), Db.rows(connection, "select count(*) from posts"));
      Files.delete(dir.resolve("posts.csv"));
      SqlAssert.fails(() -> Db.rows(connection, "select count(*) from posts"), "42S02", "'posts' not found");
      Db.write(dir, "posts.csv", "likes\n1\n2\n3\n");
      assertEquals(List.of(Db.row(3L)), Db.rows(connection, "select count(*) from posts"));
      // the connection is still usable for the rest
      assertFalse(connection.isClosed());
    }
  }

  @Test void linksOutOfTheFolderAreNotTablesUnlessAllowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path data = Files.createDirectories(dir.resolve("data"));
    Db.write(outside, "secret.csv", "password\nhunter2\n");
    Files.createSymbolicLink(data.resolve("secret.csv"), outside.resolve("secret.csv"));
    Db.write(data, "posts.csv", "likes\n1\n");
    Files.createSymbolicLink(data.resolve("alias.csv"), data.resolve("posts.csv"));
    SqlAssert.fails(() -> Db.rows(data, "select * from secret"), "42S02");
    // a link that stays inside the folder is fine
    assertEquals(List.of(Db.row(1)), Db.rows(data, "select * from alias"));
    assertEquals(List.of(Db.row("hunter2")), Db.rows(data, "select * from secret", "followLinks=true"));
    Db.write(data, "tables.properties", "stolen = ../outside/*.csv\n");
    SqlAssert.fails(() -> Db.rows(data, "select * from posts"), "22023", "must be inside the folder");
  }

  /** A link whose real path cannot be read is listed in sys.sources with the reason, not left out. */
  @Test void aLinkThatLeadsNowhereIsListedWithItsError() throws Exception {
    Db.write(dir, "posts.csv", "likes\n1\n");
    Files.createSymbolicLink(dir.resolve("loop.csv"), dir.resolve("loop.csv"));
    Files.createSymbolicLink(dir.resolve("moved.csv"), dir.resolve("gone.csv"));
    // links to nothing are kept out of tables only when they do not look like data files
    Files.createSymbolicLink(dir.resolve("notes.doc"), dir.resolve("gone.doc"));
    for (String options : List.of("", "followLinks=true")) {
      try (Connection connection = Db.connect(dir, options)) {
        List<List<Object>> sources = Db.rows(connection, "select table_name, error from sys.sources order by 1");
        assertEquals(List.of("loop", "moved", "posts"), sources.stream().map(row -> row.get(0)).toList());
        String loop = (String) sources.get(0).get(1);
        assertTrue(loop.startsWith("loop.csv: cannot tell whether the file is inside the folder, as its real path"
            + " cannot be read: java.nio.file.FileSystemException: "), loop);
        assertEquals("moved.csv: cannot tell whether the file is inside the folder, as its real path cannot be read:"
            + " it is a link to " + dir.resolve("gone.csv") + ", which does not exist", sources.get(1).get(1));
        assertEquals(null, sources.get(2).get(1));
        SqlAssert.fails(() -> Db.rows(connection, "select * from moved"), "58030", "moved.csv", "does not exist");
      }
    }
  }

  @Test void urlPropertiesCannotLoadClasses() {
    for (String property : List.of("model=inline:{}", "schemaFactory=java.lang.Runtime", "fun=oracle",
        "typeSystem=java.lang.Object", "parserFactory=x")) {
      SqlAssert.fails(() -> Db.connect(dir, property), "08001", "unknown property");
    }
  }

  @Test void veryWideFilesAreRefusedClearlyUnlessAllowed() throws Exception {
    StringBuilder header = new StringBuilder("c0");
    StringBuilder row = new StringBuilder("0");
    for (int i = 1; i < 10_001; i++) {
      header.append(",c").append(i);
      row.append(',').append(i);
    }
    Db.write(dir, "wide.csv", header + "\n" + row + "\n");
    // planning SELECT * over 100 000 columns takes Calcite many minutes: a clear error instead of a seeming hang
    SqlAssert.fails(() -> Db.rows(dir, "select count(*) from wide"), "54011",
        "wide.csv: 10001 columns, more than maxColumns=10000");
    assertEquals(List.of(Db.row(1L)), Db.rows(dir, "select count(*) from wide", "maxColumns=20000"));
  }
}
