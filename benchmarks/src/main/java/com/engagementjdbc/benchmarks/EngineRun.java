package com.engagementjdbc.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One engine, one query, in a JVM of its own: primes the JVM and the engine on a tiny copy of the data (so that
 * start-up is measured apart), then times the first query on a new connection over the real data (cold: parsing
 * included) and the median of repeats (warm). Prints one line: {@code RESULT <fields>} or {@code FAILED <why>}.
 */
public final class EngineRun {
  private EngineRun() {
  }

  public static void main(String[] args) throws Exception {
    Engine engine = Engine.valueOf(args[0]);
    Query query = Query.valueOf(args[1]);
    Path data = Path.of(args[2]);
    int repeats = Integer.parseInt(args[3]);
    boolean prime = !args[4].equals("fresh");
    String sql = engine.sql(query);
    try {
      long startup = 0;
      if (prime) {
        Path tiny = Files.createTempDirectory("bench-prime");
        try {
          Generate.generate(tiny, 50);
          long start = System.nanoTime();
          try (Connection connection = engine.connect(tiny)) {
            run(connection, sql);
          }
          startup = System.nanoTime() - start;
        } finally {
          deleteTree(tiny);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          pool.resetPeakUsage();
        }
      }
      long start = System.nanoTime();
      try (Connection connection = engine.connect(data)) {
        List<String> rows = run(connection, sql);
        long cold = System.nanoTime() - start;
        long[] warm = new long[repeats];
        for (int i = 0; i < repeats; i++) {
          long t = System.nanoTime();
          run(connection, sql);
          warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        long median = repeats == 0 ? 0 : warm[repeats / 2];
        System.out.printf(Locale.ROOT, "RESULT %d %d %d %d %d %s%n", startup / 1_000_000, cold / 1_000_000,
            median / 1_000_000, peakHeapMegabytes(), rows.size(), checksum(rows));
      }
    } catch (Throwable e) {
      String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
      System.out.println("FAILED " + e.getClass().getSimpleName() + ": "
          + message.substring(0, Math.min(200, message.length())));
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static List<String> run(Connection connection, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.append(normalise(result.getObject(i))).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /** Engines return the same answer in different Java types: compare numbers to 6 significant digits. */
  private static String normalise(Object value) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.6g", d);
    }
    LocalDateTime time = value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime()
        : value instanceof LocalDateTime local ? local
        : value instanceof java.time.OffsetDateTime offset ? offset.toLocalDateTime() : null;
    if (time != null && !time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }
    if (value instanceof java.util.Date || value instanceof java.time.temporal.Temporal) {
      // a timestamp at midnight compares equal to the date an engine may give for it
      String text = value.toString().replace('T', ' ');
      return text.length() >= 10 ? text.substring(0, 10) : text;
    }
    return String.valueOf(value);
  }

  static String checksum(List<String> rows) throws Exception {
    List<String> sorted = new ArrayList<>(rows);
    sorted.sort(null);
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (String row : sorted) {
      digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
  }

  private static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1_000_000;
  }
}
