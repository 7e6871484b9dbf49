package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionTest {
  @TempDir Path dir;

  @BeforeEach void writeFile() throws Exception {
    Db.write(dir, "posts.csv", "id,likes\n1,10\n2,20\n");
  }

  @Test void driverIsFoundThroughTheServiceFile() throws Exception {
    Driver driver = DriverManager.getDriver("jdbc:engagement:" + dir);
    assertEquals("com.engagementjdbc.jdbc.EngagementDriver", driver.getClass().getName());
    assertNull(driver.connect("jdbc:postgresql://localhost/x", new Properties()));
  }

  @Test void propertiesComeFromTheUrlOrFromProperties() throws Exception {
    Db.write(dir, "semi.csv", "a:b\n1:2\n");
    assertEquals(List.of(List.of(1, 2)), Db.rows(dir, "select * from semi", "delimiter=:"));
    Properties info = new Properties();
    info.setProperty("delimiter", ":");
    info.setProperty("user", "");
    info.setProperty("password", "");
    try (Connection connection = DriverManager.getConnection("jdbc:engagement:" + dir, info)) {
      assertEquals(List.of(List.of(1, 2)), Db.rows(connection, "select * from semi"));
    }
  }

  @Test void unknownOrMalformedPropertiesListTheValidOnes() {
    SqlAssert.fails(() -> Db.connect(dir, "delimeter=;"), "08001", "unknown property 'delimeter'",
        "valid properties: delimiter, quote, header");
    SqlAssert.fails(() -> Db.connect(dir, "onError=ignore"), "08001", "invalid value 'ignore'", "fail | skip | null");
    SqlAssert.fails(() -> Db.connect(dir, "header"), "08001", "malformed property 'header'");
  }

  @Test void missingPathIsAConnectionErrorNamingIt() {
    Path missing = dir.resolve("nowhere");
    SqlAssert.fails(() -> Db.connect(missing), "08001", "no such file or folder: " + missing);
  }

  @Test void oneFileIsOneTable() throws Exception {
    Db.write(dir, "other.csv", "x\n1\n");
    assertEquals(List.of(List.of(30L)), Db.rows(dir.resolve("posts.csv"), "select sum(likes) from posts"));
    SqlAssert.fails(() -> Db.rows(dir.resolve("posts.csv"), "select * from other"), "42S02", "'other' not found");
  }

  @Test void homeAndRelativePathsResolveAsInAShell() throws Exception {
    Path home = Path.of(System.getProperty("user.home"));
    Path relative = Path.of("").toAbsolutePath().relativize(dir);
    try (Connection connection = DriverManager.getConnection("jdbc:engagement:" + relative)) {
      assertEquals(List.of(List.of(2L)), Db.rows(connection, "select count(*) from posts"));
    }
    if (dir.startsWith(home)) {
      try (Connection connection = DriverManager.getConnection("jdbc:engagement:~/" + home.relativize(dir))) {
        assertEquals(List.of(List.of(2L)), Db.rows(connection, "select count(*) from posts"));
      }
    }
    SqlAssert.fails(() -> DriverManager.getConnection("jdbc:engagement:~/no-such-folder-here"), "08001",
        Path.of(System.getProperty("user.home"), "no-such-folder-here").toString());
  }

  @Test void metadataNamesTheProductNotCalcite() throws Exception {
    try (Connection connection = Db.connect(dir)) {
      DatabaseMetaData meta = connection.getMetaData();
      assertEquals("Engagement JDBC", meta.getDatabaseProductName());
      assertEquals("Engagement JDBC Driver", meta.getDriverName());
      assertEquals("0.1.0", meta.getDriverVersion());
      assertTrue(meta.isReadOnly());
      assertSame(connection, meta.getConnection());
    }
  }

  @Test void theConnectionIsReadOnlyAndTransactionsAreHarmless() throws Exception {
    try (Connection connection = Db.connect(dir)) {
      assertTrue(connection.getAutoCommit());
      assertTrue(connection.isReadOnly());
      connection.commit();
      connection.rollback();
      connection.setAutoCommit(false);
      connection.commit();
      connection.setAutoCommit(true);
      connection.setReadOnly(true);
      try (Statement statement = connection.createStatement()) {
        assertSame(connection, statement.getConnection());
        for (String sql : List.of("insert into posts values (3, 30)", "UPDATE posts SET likes = 0",
            "delete from posts", "  /* c */ -- x\n CREATE TABLE t (a int)", "drop table posts",
            "(merge into posts using posts p on true when matched then delete)")) {
          SqlAssert.fails(() -> statement.execute(sql), "25006", "read-only");
        }
      }
      SqlAssert.fails(() -> connection.prepareStatement("insert into posts values (?, ?)"), "25006", "read-only");
      // still usable after the refusals
      assertEquals(List.of(List.of(2L)), Db.rows(connection, "select count(*) from posts"));
    }
  }

  @Test void sqlErrorsCarryAStandardState() throws Exception {
    try (Connection connection = Db.connect(dir); Statement statement = connection.createStatement()) {
      SqlAssert.fails(() -> statement.executeQuery("select * from nope"), "42S02", "'nope' not found");
      SqlAssert.fails(() -> statement.executeQuery("select nope from posts"), "42703", "Column 'nope' not found");
      SqlAssert.fails(() -> statement.executeQuery("select from where"), "42000", "syntax error");
    }
  }

  @Test void preparedStatementsTakeParameters() throws Exception {
    try (Connection connection = Db.connect(dir);
         PreparedStatement statement = connection.prepareStatement("select id from posts where likes > ?")) {
      statement.setInt(1, 15);
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertEquals(2, rows.getInt(1));
        assertSame(statement, rows.getStatement());
        assertFalse(rows.next());
      }
    }
  }

  @Test void aFileAddedOrChangedBetweenQueriesIsSeen() throws Exception {
    try (Connection connection = Db.connect(dir)) {
      assertEquals(List.of(List.of(2L)), Db.rows(connection, "select count(*) from posts"));
      Db.write(dir, "posts.csv", "id,likes\n1,10\n2,20\n3,30\n");
      Files.setLastModifiedTime(dir.resolve("posts.csv"),
          java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
      assertEquals(List.of(List.of(3L)), Db.rows(connection, "select count(*) from posts"));
      Db.write(dir, "later.csv", "x\n1\n");
      assertEquals(List.of(List.of(1L)), Db.rows(connection, "select count(*) from later"));
    }
  }
}
