package com.engagementjdbc.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.engagementjdbc.Db;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connection plans the same SQL once while the files it reads are unchanged, and never answers from a plan made
 * for files that have changed since.
 */
class PlanCacheTest {
  @TempDir Path dir;

  /** Rewrites a file so that its size and modification time both change, as a new export does. */
  /** How many of this connection's statements reused a plan: no other connection's queries change it. */
  private static long reused(Connection connection) throws SQLException {
    return PlanCache.of(connection.unwrap(CalciteConnection.class).getRootSchema().unwrap(CalciteSchema.class))
        .reused();
  }

  private static void rewrite(Path file, String content) throws Exception {
    FileTime before = Files.getLastModifiedTime(file);
    Files.writeString(file, content);
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
  }

  @Test void theSameQueryIsPlannedOnce() throws Exception {
    Db.write(dir, "posts.csv", "platform,likes\nx,1\nx,2\ntiktok,5\n");
    String sql = "SELECT platform, SUM(likes) AS likes FROM posts GROUP BY platform ORDER BY platform";
    try (Connection connection = Db.connect(dir)) {
      // tiktok 5; x 1 + 2
      List<List<Object>> expected = List.of(Db.row("tiktok", 5L), Db.row("x", 3L));
      assertEquals(expected, Db.rows(connection, sql));
      long reused = reused(connection);
      assertEquals(expected, Db.rows(connection, sql));
      assertEquals(expected, Db.rows(connection, sql));
      assertEquals(reused + 2, reused(connection));
    }
  }

  @Test void aChangedFileIsPlannedAndReadAgain() throws Exception {
    Path file = Db.write(dir, "posts.csv", "platform,likes\nx,1\n");
    String sql = "SELECT platform, SUM(likes) AS likes FROM posts GROUP BY platform";
    try (Connection connection = Db.connect(dir)) {
      assertEquals(List.of(Db.row("x", 1L)), Db.rows(connection, sql));
      long reused = reused(connection);
      rewrite(file, "platform,likes\nx,10\nx,20\n");
      assertEquals(List.of(Db.row("x", 30L)), Db.rows(connection, sql));
      // a new type for a column: the old plan could not even read it
      rewrite(file, "platform,likes\nx,1.5\nx,2.25\n");
      assertEquals(List.of(Db.row("x", 3.75)), Db.rows(connection, sql));
      assertEquals(reused, reused(connection));
    }
  }

  @Test void plansOfChangedFilesAreDroppedWithTheirData() throws Exception {
    Path posts = Db.write(dir, "posts.csv", "platform,likes\nx,1\n");
    Db.write(dir, "touches.csv", "channel\nemail\n");
    try (Connection connection = Db.connect(dir)) {
      Db.rows(connection, "SELECT COUNT(*) FROM posts");
      Db.rows(connection, "SELECT SUM(likes) FROM posts");
      PlanCache plans = PlanCache.of(connection.unwrap(org.apache.calcite.jdbc.CalciteConnection.class)
          .getRootSchema().unwrap(org.apache.calcite.jdbc.CalciteSchema.class));
      assertEquals(2, plans.size());
      rewrite(posts, "platform,likes\nx,1\nx,2\n");
      // reading posts again replaces its data in the cache; the next plan made drops the two that held the old
      assertEquals(List.of(Db.row(2L)), Db.rows(connection, "SELECT COUNT(*) FROM posts"));
      Db.rows(connection, "SELECT COUNT(*) FROM touches");
      assertEquals(2, plans.size());
    }
  }

  @Test void aNameThatNowMeansAnotherFileIsPlannedAgain() throws Exception {
    Db.write(dir, "posts.json", "[{\"likes\": 1}, {\"likes\": 2}]");
    String sql = "SELECT COUNT(*) FROM posts";
    try (Connection connection = Db.connect(dir)) {
      assertEquals(List.of(Db.row(2L)), Db.rows(connection, sql));
      Db.write(dir, "posts.csv", "likes\n1\n2\n3\n");
      // whichever file the name now belongs to, the answer is a new connection's
      List<List<Object>> fresh;
      try (Connection other = Db.connect(dir)) {
        fresh = Db.rows(other, sql);
      }
      assertEquals(fresh, Db.rows(connection, sql));
    }
  }

  @Test void aRemovedFileFailsAsWithoutAPlan() throws Exception {
    Path file = Db.write(dir, "posts.csv", "platform,likes\nx,1\n");
    try (Connection connection = Db.connect(dir)) {
      assertEquals(List.of(Db.row(1L)), Db.rows(connection, "SELECT COUNT(*) FROM posts"));
      Files.delete(file);
      SQLException error = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
          () -> Db.rows(connection, "SELECT COUNT(*) FROM posts"));
      assertEquals("42S02", error.getSQLState());
    }
  }

  @Test void fileSetsAndSystemTablesArePlannedForEachQuery() throws Exception {
    Db.write(dir, "posts_2026-01.csv", "likes\n1\n");
    Db.write(dir, "posts_2026-02.csv", "likes\n2\n");
    try (Connection connection = Db.connect(dir)) {
      long reused = reused(connection);
      assertEquals(List.of(Db.row(2L)), Db.rows(connection, "SELECT COUNT(*) FROM posts"));
      Db.write(dir, "posts_2026-03.csv", "likes\n3\n");
      assertEquals(List.of(Db.row(3L)), Db.rows(connection, "SELECT COUNT(*) FROM posts"));
      Db.rows(connection, "SELECT COUNT(*) FROM sys.sources");
      Db.rows(connection, "SELECT COUNT(*) FROM sys.sources");
      assertEquals(reused, reused(connection));
    }
  }

  @Test void rowLimitsAndParametersKeepTheirMeaning() throws Exception {
    Db.write(dir, "posts.csv", "platform,likes\nx,1\nx,2\ntiktok,5\n");
    String sql = "SELECT likes FROM posts ORDER BY likes";
    try (Connection connection = Db.connect(dir)) {
      try (Statement statement = connection.createStatement()) {
        statement.setMaxRows(1);
        assertEquals(1, count(statement.executeQuery(sql)));
      }
      assertEquals(3, Db.rows(connection, sql).size());
      String filtered = "SELECT COUNT(*) FROM posts WHERE likes > ?";
      for (int bound = 0; bound <= 5; bound++) {
        try (PreparedStatement statement = connection.prepareStatement(filtered)) {
          statement.setInt(1, bound);
          try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            // likes 1, 2, 5: rows above 0..5 are 3, 2, 1, 1, 1, 0
            assertEquals(new long[] {3, 2, 1, 1, 1, 0}[bound], rs.getLong(1));
          }
        }
      }
    }
  }

  private static int count(ResultSet rs) throws SQLException {
    try (rs) {
      int rows = 0;
      while (rs.next()) {
        rows++;
      }
      return rows;
    }
  }
}
