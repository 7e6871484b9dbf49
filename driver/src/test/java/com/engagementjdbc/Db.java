package com.engagementjdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.engagementjdbc.schema.SourceCache;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/** Test helpers: real files on disk and real connections through DriverManager. */
public final class Db {
  private Db() {
  }

  public static Path write(Path dir, String name, String content) throws IOException {
    return write(dir, name, content, StandardCharsets.UTF_8);
  }

  public static Path write(Path dir, String name, String content, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  public static Path writeGzip(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /**
   * The result of a call made with the JVM's file cache budget at one byte, so that every file it reads is streamed
   * (the budget is the process's: {@code -Dengagement.cacheSize}); the budget is put back after.
   */
  public static <T> T streamed(Callable<T> call) throws Exception {
    long budget = SourceCache.SHARED.budget();
    SourceCache.SHARED.budget(1);
    try {
      return call.call();
    } finally {
      SourceCache.SHARED.budget(budget);
    }
  }

  public static Connection connect(Path path, String... properties) throws SQLException {
    return DriverManager.getConnection("jdbc:engagement:" + path + (properties.length == 0 ? "" : ";"
        + String.join(";", properties)));
  }

  /** Every row of a query over a path, each value as {@code getObject} returns it. */
  public static List<List<Object>> rows(Path path, String sql, String... properties) throws SQLException {
    try (Connection connection = connect(path, properties)) {
      return rows(connection, sql);
    }
  }

  public static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** "name TYPE" for each column of a table, as JDBC reports them for {@code SELECT *}. */
  public static List<String> columns(Path path, String table, String... properties) throws SQLException {
    try (Connection connection = connect(path, properties)) {
      return columns(connection, table);
    }
  }

  public static List<String> columns(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("select * from \"" + table + "\"")) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i) + " " + meta.getColumnTypeName(i));
      }
      return columns;
    }
  }

  /** A row of expected values; unlike List.of it takes NULLs. */
  public static List<Object> row(Object... values) {
    return new ArrayList<>(java.util.Arrays.asList(values));
  }
}
