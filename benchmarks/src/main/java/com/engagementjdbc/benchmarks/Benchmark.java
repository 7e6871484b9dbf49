package com.engagementjdbc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.EnumMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs every engine on every query it can run, each in a fresh JVM, over data generated at the given scale, and
 * writes a markdown report.
 *
 * <p>{@code java -cp ... com.engagementjdbc.benchmarks.Benchmark <data folder> <rows> <report.md>
 * [engines] [repeats] [BENCHMARK|DASHBOARD]}: the workload's queries ({@link Query.Workload}), the benchmark's by
 * default. Each child JVM gets {@code -Xmx} of the system property {@code benchmark.heap} (12g unless given).
 */
public final class Benchmark {
  private static final long TIMEOUT_SECONDS = 900;

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Benchmark <data folder> <rows> <report.md> [ENGINE,ENGINE...] [repeats]"
          + " [BENCHMARK|DASHBOARD]");
      System.exit(2);
    }
    Path data = Path.of(args[0]).toAbsolutePath();
    long rows = Long.parseLong(args[1]);
    Path report = Path.of(args[2]);
    List<Engine> engines = new ArrayList<>();
    for (String name : (args.length > 3 ? args[3] : String.join(",", names())).split(",")) {
      engines.add(Engine.valueOf(name.trim().toUpperCase(Locale.ROOT)));
    }
    int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    Query.Workload workload = args.length > 5 ? Query.Workload.valueOf(args[5].toUpperCase(Locale.ROOT))
        : Query.Workload.BENCHMARK;
    if (!Files.exists(data.resolve("posts.csv"))) {
      System.out.println("generating " + rows + " rows into " + data);
      Generate.generate(data, rows);
    }
    StringBuilder table = new StringBuilder();
    table.append("| query | engine | JVM + engine start-up (ms) | cold (ms) | warm median (ms) | peak heap (MB) | rows"
        + " | checksum |\n|---|---|---|---|---|---|---|---|\n");
    List<Comparison> comparisons = new ArrayList<>();
    for (Query query : Query.values()) {
      if (query.workload != workload) {
        continue;
      }
      Map<Engine, String> lines = new EnumMap<>(Engine.class);
      for (Engine engine : engines) {
        String line = engine.sql(query) == null ? "n/a (the engine cannot run this query)"
            : runChild(engine, query, data, repeats, "primed");
        lines.put(engine, line);
        System.out.println(query + " " + engine + ": " + line);
        table.append("| ").append(query.label).append(" | ").append(engine.label).append(" | ")
            .append(cells(line)).append(" |\n");
      }
      comparisons.add(new Comparison(query, lines));
    }
    String ending = "";
    if (workload == Query.Workload.BENCHMARK) {
      ending = "\nFirst query in a fresh JVM (this driver, aggregate, no priming): "
          + cells(runChild(Engine.ENGAGEMENT, Query.AGGREGATE, data, 0, "fresh")) + "\n";
    } else if (engines.containsAll(List.of(Engine.ENGAGEMENT, Engine.DUCKDB_VIEWS, Engine.DUCKDB_TABLES))) {
      ending = "\n" + Comparison.table(comparisons);
    }
    Files.writeString(report, "Rows: " + rows + " posts, " + rows * 3 + " touches, " + rows / 10
        + " conversions, " + rows / 10 + " contacts (" + Files.size(data.resolve("posts.csv")) / 1_000_000
        + " MB posts CSV).\n\n" + table + ending, StandardCharsets.UTF_8);
    System.out.println("report written to " + report);
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Engine engine : Engine.values()) {
      names.add(engine.name());
    }
    return names;
  }

  /** The child's RESULT fields as table cells, or its failure in one cell. */
  private static String cells(String line) {
    if (!line.startsWith("RESULT ")) {
      return line.replace("|", "/") + " | | | | | |";
    }
    return String.join(" | ", line.substring("RESULT ".length()).split(" "));
  }

  private static String runChild(Engine engine, Query query, Path data, int repeats, String mode)
      throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + System.getProperty("benchmark.heap", "12g"), "-cp", System.getProperty("java.class.path"), EngineRun.class.getName(), engine.name(),
        query.name(), data.toString(), Integer.toString(repeats), mode);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(
        process.getInputStream(), StandardCharsets.UTF_8)).lines().forEach(output::add));
    reader.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return "timed out after " + TIMEOUT_SECONDS + " s";
    }
    reader.join();
    for (String line : output) {
      if (line.startsWith("RESULT ") || line.startsWith("FAILED ")) {
        return line;
      }
    }
    return "no result: " + String.join(" / ", output).substring(0, Math.min(200, String.join(" / ", output).length()));
  }
}
