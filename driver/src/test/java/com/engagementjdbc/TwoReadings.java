package com.engagementjdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The same files in two folders, one read streamed ({@link Db#streamed}: Calcite's row-at-a-time plans), one
 * cached (the plans on the column vectors): the oracle of the equivalence tests. The cache keeps a file as it was
 * first read, hence two folders.
 */
final class TwoReadings implements AutoCloseable {
  private final Path root;
  private final Path streamed;
  private final Path cached;

  TwoReadings(Map<String, String> files) throws IOException {
    root = Files.createTempDirectory("two-readings");
    streamed = Files.createDirectory(root.resolve("streamed"));
    cached = Files.createDirectory(root.resolve("cached"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Db.write(streamed, file.getKey(), file.getValue());
      Db.write(cached, file.getKey(), file.getValue());
    }
  }

  /** The rows of a query over the streamed files, sorted by their text. */
  List<List<Object>> streamed(String sql) throws Exception {
    return sorted(streamedInOrder(sql));
  }

  /** The rows of a query over the streamed files, in the order they come. */
  List<List<Object>> streamedInOrder(String sql) throws Exception {
    return Db.streamed(() -> Db.rows(streamed, sql));
  }

  /** A connection to the cached files. */
  Connection cached() throws SQLException {
    return Db.connect(cached);
  }

  /** The rows of a query over a connection, sorted by their text. */
  static List<List<Object>> sorted(Connection connection, String sql) throws SQLException {
    return sorted(Db.rows(connection, sql));
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(Object::toString));
    return sorted;
  }

  @Override public void close() throws IOException {
    try (var files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
