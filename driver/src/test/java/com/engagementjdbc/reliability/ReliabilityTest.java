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

  @Test void sixteenThreadsOnAPoolGetIdenticalAnswersAndEachFileIsReadOnce() throws Exception {
    StringBuilder touches = new StringBuilder("contact_id,ts,channel\n");
    StringBuilder conversions = new StringBuilder("conversion_id,contact_id,ts,value\n");
    for (int i = 0; i < 20_000; i++) {
      touches.append(i % 500).append(",2026-03-").append(String.format("%02d", 1 + i % 28)).append(" 10:00:00,c")
          .append(i % 7).append('\n');
    }
    for (int i = 0; i < 2_000; i++) {
      conversions.append("C").append(i).append(',').append(i % 600).append(",2026-03-28 12:00:00,")
          .append(i % 90).append('\n');
    }
    Db.write(dir, "touches.csv", touches.toString());
    Db.write(dir, "conversions.csv", conversions.toString());
    List<String> queries = List.of(
        "select channel, count(*) from touches group by channel order by 1",
        "select count(*) from conversions c join touches t on t.contact_id = c.contact_id",
        "select channel, round(sum(credit), 6), round(sum(credited_value), 6) from table(link_conversions("
            + "'touches', 'conversions', 'time_decay', 30, 7)) group by channel order by 1");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:engagement:" + dir);
    config.setMaximumPoolSize(16);
    long readsBefore = SourceCache.SHARED.reads();
    try (HikariDataSource pool = new HikariDataSource(config)) {
      List<List<List<Object>>> expected = new ArrayList<>();
      ExecutorService threads = Executors.newFixedThreadPool(16);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int thread = t;
        results.add(threads.submit(() -> {
          int done = 0;
          List<List<List<Object>>> mine = new ArrayList<>();
          while (System.nanoTime() < deadline || done < queries.size()) {
            String sql = queries.get((thread + done) % queries.size());
            try (Connection connection = pool.getConnection()) {
              List<List<Object>> rows = Db.rows(connection, sql);
              synchronized (expected) {
                int index = queries.indexOf(sql);
                while (expected.size() <= index) {
                  expected.add(null);
                }
                if (expected.get(index) == null) {
                  expected.set(index, rows);
                }
                assertEquals(expected.get(index), rows, sql);
              }
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
    }
    // two files, each read once whatever the contention
    assertEquals(2, SourceCache.SHARED.reads() - readsBefore);
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
