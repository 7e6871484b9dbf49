package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import com.engagementjdbc.schema.SourceCache;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Queries run in a JVM of their own, with the small heap a test gives it. Arguments: the folder, the connection
 * properties ({@code -} for none, else separated by {@code ;}), then the queries, run in turn on one connection.
 * Prints a line per query: its rows (their count when more than ten), or its SQLSTATE and message. The query
 * {@value #HEAP} prints instead the bytes of live data on the heap (used after two full collections) and of the
 * file cache.
 */
public final class QueryProcess {
  static final String HEAP = "!heap";

  private QueryProcess() {
  }

  public static void main(String[] args) throws Exception {
    String[] properties = args[1].equals("-") ? new String[0] : args[1].split(";");
    try (Connection connection = Db.connect(Path.of(args[0]), properties)) {
      for (int i = 2; i < args.length; i++) {
        if (args[i].equals(HEAP)) {
          System.gc();
          System.gc();
          Runtime runtime = Runtime.getRuntime();
          System.out.println((runtime.totalMemory() - runtime.freeMemory()) + " " + SourceCache.SHARED.size());
          continue;
        }
        try {
          List<List<Object>> rows = Db.rows(connection, args[i]);
          System.out.println(rows.size() <= 10 ? rows.toString() : rows.size() + " rows");
        } catch (SQLException e) {
          System.out.println(e.getSQLState() + " " + e.getMessage());
        }
      }
    }
  }

  /**
   * Runs the queries in a JVM with the given maximum heap; its output lines, once it has exited normally.
   *
   * @param heap the JVM's {@code -Xmx}, optionally followed by more of its options, such as
   *     {@code -Dengagement.memoryLimit=100%}
   */
  static List<String> run(String heap, Path dir, String properties, String... queries) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(("-Xmx" + heap).split(" ")));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), QueryProcess.class.getName(), dir.toString(),
        properties));
    command.addAll(List.of(queries));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the queries did not end");
    assertEquals(0, process.exitValue(), output);
    return output.lines().toList();
  }
}
