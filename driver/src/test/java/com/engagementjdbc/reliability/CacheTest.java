package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.engagementjdbc.Db;
import com.engagementjdbc.SqlAssert;
import com.engagementjdbc.schema.MemorySettings;
import com.engagementjdbc.schema.SourceCache;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file cache: parse once while unchanged, within its memory budget. */
class CacheTest {
  private final long budget = SourceCache.SHARED.budget();
  @TempDir Path dir;

  @AfterEach void restoreBudget() {
    SourceCache.SHARED.budget(budget);
  }

  @Test void anUnchangedFileIsReadOnceAndAFileOverTheBudgetIsNotKept() throws Exception {
    Db.write(dir, "posts.csv", "likes\n1\n2\n");
    try (Connection connection = Db.connect(dir); var reads = SourceCache.SHARED.countReads(dir)) {
      Db.rows(connection, "select count(*) from posts");
      Db.rows(connection, "select sum(likes) from posts");
      assertEquals(1, reads.get());
    }
    SourceCache.SHARED.budget(1);
    try (Connection connection = Db.connect(dir); var reads = SourceCache.SHARED.countReads(dir)) {
      // the first query still finds the version cached before, which then no longer fits and is dropped
      assertEquals(List.of(Db.row(2L)), Db.rows(connection, "select count(*) from posts"));
      assertEquals(0, reads.get());
      assertEquals(List.of(Db.row(2L)), Db.rows(connection, "select count(*) from posts"));
      assertEquals(List.of(Db.row(2L)), Db.rows(connection, "select count(*) from posts"));
      // nothing fits in one byte: the file is streamed, its layout read once and its rows by each query
      assertEquals(1, reads.get());
      assertEquals(0, SourceCache.SHARED.size(dir));
    }
  }

  @Test void touchPathsAreKeptWithTheFileAndFollowItsChanges() throws Exception {
    Db.write(dir, "touches.csv", "contact_id,ts,channel\n1,2026-03-01 10:00:00,email\n2,2026-03-01 10:00:00,ads\n");
    Db.write(dir, "conversions.csv", "conversion_id,contact_id,ts,value\nC1,1,2026-03-03 10:00:00,100\n");
    String link = "select conversion_id, channel, credit from table(link_conversions('touches', 'conversions'))";
    try (Connection connection = Db.connect(dir)) {
      Db.rows(connection, "select count(*) from touches, conversions");
      long columns = SourceCache.SHARED.size(dir);
      assertEquals(List.of(Db.row("C1", "email", 1.0)), Db.rows(connection, link));
      long withPaths = SourceCache.SHARED.size(dir);
      // the paths of the 2 touches: 3 contact starts (numbered by id 1..2) and 2 times and channels
      assertEquals(columns + 3 * 4 + 2 * 12, withPaths);
      assertEquals(List.of(Db.row("C1", "email", 1.0)), Db.rows(connection, link));
      assertEquals(withPaths, SourceCache.SHARED.size(dir));
      Db.write(dir, "touches.csv", "contact_id,ts,channel\n1,2026-03-02 10:00:00,webinar\n");
      assertEquals(List.of(Db.row("C1", "webinar", 1.0)), Db.rows(connection, link));
    }
  }

  /** Paths that would push their own touches file out of the cache are built for the query and not kept. */
  @Test void touchPathsThatDoNotFitAreNotKept() throws Exception {
    StringBuilder touches = new StringBuilder("contact_id,ts,channel\n");
    for (int i = 0; i < 20_000; i++) {
      touches.append(i % 500).append(",2026-03-0").append(1 + i % 9).append(" 10:00:00,c").append(i % 3).append('\n');
    }
    Db.write(dir, "touches.csv", touches.toString());
    Db.write(dir, "conversions.csv", "conversion_id,contact_id,ts,value\nC1,7,2026-03-03 10:00:00,100\n");
    String link = "select count(*) from table(link_conversions('touches', 'conversions'))";
    try (Connection connection = Db.connect(dir)) {
      Db.rows(connection, "select count(*) from touches, conversions");
      // room for the columns and less than half of the paths' 20 000 * 12 bytes
      SourceCache.SHARED.budget(SourceCache.SHARED.size() + 100_000);
      var reads = SourceCache.SHARED.countReads(dir);
      long size = SourceCache.SHARED.size(dir);
      for (int i = 0; i < 3; i++) {
        // C1 at 03-03 10:00: contact 7's touches on days 1-3, 10:00 -> rows 7, 507, 1007...
        assertEquals(List.of(Db.row(Db.rows(connection, "select count(*) from touches where contact_id = 7"
            + " and ts <= timestamp '2026-03-03 10:00:00'").get(0).get(0))), Db.rows(connection, link));
      }
      reads.close();
      assertEquals(0, reads.get());
      assertEquals(size, SourceCache.SHARED.size(dir));
    }
  }

  /** The budget and the memory limit are the JVM's: a connection that sets them is refused, saying where they go. */
  @Test void theMemorySettingsAreTheProcesssAndValidated() {
    SqlAssert.fails(() -> Db.connect(dir, "cacheSize=1"), "08001", "cacheSize is set for the whole JVM, not per"
        + " connection", "-Dengagement.cacheSize=2GB", "dbeaver.ini", "serve --cache-size 2GB");
    SqlAssert.fails(() -> Db.connect(dir, "memoryLimit=90%"), "08001", "memoryLimit is set for the whole JVM",
        "-Dengagement.memoryLimit=2GB", "serve --memory-limit 2GB");
    for (String value : List.of("lots", "150%")) {
      System.setProperty(MemorySettings.CACHE_SIZE_PROPERTY, value);
      try {
        SqlAssert.fails(() -> Db.connect(dir), "08001", "invalid value '" + value + "' for engagement.cacheSize",
            "512MB, 2GB", "30%");
      } finally {
        System.clearProperty(MemorySettings.CACHE_SIZE_PROPERTY);
      }
    }
    assertEquals(budget, SourceCache.SHARED.budget());
  }

  @Test void theSystemPropertySetsTheBudget() throws Exception {
    System.setProperty(MemorySettings.CACHE_SIZE_PROPERTY, "3MB");
    try (Connection connection = Db.connect(dir)) {
      assertEquals(3L << 20, SourceCache.SHARED.budget());
    } finally {
      System.clearProperty(MemorySettings.CACHE_SIZE_PROPERTY);
    }
  }
}
