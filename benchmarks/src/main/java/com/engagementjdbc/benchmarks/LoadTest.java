package com.engagementjdbc.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code benchmarks/load [clients] [seconds] [data folder]}: starts {@code serve} from the shaded jar in a process of
 * its own, then runs that many remote JDBC clients (Avatica protobuf over loopback), each on its own connection,
 * cycling through a dashboard's mix of queries for a bounded time. Every answer is compared with the one a single
 * client got first; a wrong answer counts as an error. Prints throughput and latency percentiles per query.
 */
public final class LoadTest {
  private static final Pattern ADDRESS = Pattern.compile("server on (http://\\S+/) serving");

  /** The mix over the sample data: scans, a grain, a selective filter, a join, the linkage function, parameters. */
  private static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("aggregate", "select platform, count(*), engagement_rate_agg(likes + comments + shares, impressions)"
        + " from posts group by platform");
    QUERIES.put("time grain", "select date_trunc('month', published_at), sum(likes) from posts group by 1");
    QUERIES.put("top posts", "select post_id, likes from posts where platform = 'instagram'"
        + " order by likes desc, post_id limit 10");
    QUERIES.put("join 30 days", "select c.conversion_type, count(*) from conversions c join touches t"
        + " on t.contact_id = c.contact_id and t.ts <= c.ts and t.ts > c.ts - interval '30' day"
        + " group by c.conversion_type");
    QUERIES.put("link conversions", "select channel, round(sum(credit), 6)"
        + " from table(link_conversions('touches', 'conversions')) group by channel");
    QUERIES.put("parameters", "select count(*) from touches where channel = ? and ts >= ?");
  }

  private LoadTest() {
  }

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String data = args.length > 2 ? Path.of(args[2]).toAbsolutePath().toString() : "";
    Process server = new ProcessBuilder("java", "-jar", "driver/target/engagement-jdbc-0.1.0.jar", "serve", data,
        "--port", "0").redirectErrorStream(true).start();
    try {
      String url = "jdbc:avatica:remote:url=" + awaitAddress(server) + ";serialization=protobuf";
      Map<String, String> expected = new LinkedHashMap<>();
      try (Connection connection = DriverManager.getConnection(url)) {
        for (String name : QUERIES.keySet()) {
          expected.put(name, EngineRun.checksum(answer(connection, name)));
        }
      }
      report(run(url, clients, seconds, expected), clients, seconds);
    } finally {
      server.destroy();
      System.out.println("server stopped, exit status " + server.waitFor());
    }
  }

  private static String awaitAddress(Process server) throws Exception {
    BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      Matcher address = ADDRESS.matcher(line);
      if (address.find()) {
        return address.group(1);
      }
      System.out.println("server: " + line);
    }
    throw new IllegalStateException("the server exited before listening: " + server.waitFor());
  }

  private static List<String> answer(Connection connection, String name) throws Exception {
    String sql = QUERIES.get(name);
    if (!sql.contains("?")) {
      return EngineRun.run(connection, sql);
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, "email");
      statement.setTimestamp(2, java.sql.Timestamp.valueOf("2026-03-01 00:00:00"));
      List<String> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(result.getLong(1) + "|");
        }
      }
      return rows;
    }
  }

  /** Latencies in nanoseconds per query name, and the errors, from all clients. */
  private record Outcome(Map<String, List<Long>> latencies, AtomicLong errors, List<String> firstErrors) {
  }

  private static Outcome run(String url, int clients, int seconds, Map<String, String> expected) throws Exception {
    Outcome outcome = new Outcome(new ConcurrentHashMap<>(), new AtomicLong(), Collections.synchronizedList(
        new ArrayList<>()));
    List<String> names = new ArrayList<>(QUERIES.keySet());
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      int first = client;
      done.add(pool.submit(() -> {
        try (Connection connection = DriverManager.getConnection(url)) {
          for (int i = first; System.nanoTime() < deadline; i++) {
            String name = names.get(i % names.size());
            long start = System.nanoTime();
            try {
              String checksum = EngineRun.checksum(answer(connection, name));
              long elapsed = System.nanoTime() - start;
              if (!checksum.equals(expected.get(name))) {
                throw new IllegalStateException(name + ": answer " + checksum + " differs from " + expected.get(name));
              }
              outcome.latencies().computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                  .add(elapsed);
            } catch (Exception e) {
              outcome.errors().incrementAndGet();
              if (outcome.firstErrors().size() < 5) {
                outcome.firstErrors().add(name + ": " + e);
              }
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> client : done) {
      client.get();
    }
    pool.shutdown();
    return outcome;
  }

  private static void report(Outcome outcome, int clients, int seconds) {
    long total = 0;
    List<Long> all = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%d clients, %d s, loopback, protobuf%n", clients, seconds);
    System.out.println("| query | requests | p50 ms | p90 ms | p99 ms | max ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String name : QUERIES.keySet()) {
      List<Long> latencies = new ArrayList<>(outcome.latencies().getOrDefault(name, List.of()));
      total += latencies.size();
      all.addAll(latencies);
      System.out.println(row(name, latencies));
    }
    System.out.println(row("all", all));
    System.out.printf(Locale.ROOT, "throughput %.1f queries/s, errors %d%n", total / (double) seconds,
        outcome.errors().get());
    outcome.firstErrors().forEach(e -> System.out.println("  error: " + e));
  }

  private static String row(String name, List<Long> latencies) {
    Collections.sort(latencies);
    return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, latencies.size(),
        percentile(latencies, 0.50), percentile(latencies, 0.90), percentile(latencies, 0.99),
        percentile(latencies, 1.0));
  }

  private static double percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(fraction * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
