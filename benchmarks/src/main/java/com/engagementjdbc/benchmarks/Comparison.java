package com.engagementjdbc.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One query's figures for this driver against DuckDB: cold (first query on a new connection) against DuckDB over
 * views, which reads the files as this driver does, and warm median against DuckDB's loaded tables; and whether the
 * three answers are equal.
 */
record Comparison(Query query, Map<Engine, String> lines) {
  private static final int COLD = 1;
  private static final int WARM = 2;
  private static final int CHECKSUM = 5;

  /** A field of an engine's {@code RESULT} line, or null when it failed or did not run. */
  private String field(Engine engine, int index) {
    String line = lines.get(engine);
    return line == null || !line.startsWith("RESULT ") ? null : line.substring("RESULT ".length()).split(" ")[index];
  }

  private double ratio(int index, Engine peer) {
    String mine = field(Engine.ENGAGEMENT, index);
    String theirs = field(peer, index);
    return mine == null || theirs == null ? Double.NaN
        : Long.parseLong(mine) / (double) Math.max(1, Long.parseLong(theirs));
  }

  double coldRatio() {
    return ratio(COLD, Engine.DUCKDB_VIEWS);
  }

  double warmRatio() {
    return ratio(WARM, Engine.DUCKDB_TABLES);
  }

  String answers() {
    String mine = field(Engine.ENGAGEMENT, CHECKSUM);
    if (mine == null) {
      return "FAILED: " + lines.get(Engine.ENGAGEMENT).replace("|", "/");
    }
    boolean equal = mine.equals(field(Engine.DUCKDB_VIEWS, CHECKSUM)) && mine.equals(field(Engine.DUCKDB_TABLES,
        CHECKSUM));
    return equal ? "equal (" + mine + ")" : "DIFFERENT: " + mine + " vs " + field(Engine.DUCKDB_VIEWS, CHECKSUM)
        + " / " + field(Engine.DUCKDB_TABLES, CHECKSUM);
  }

  /** The comparisons as a markdown table, the query furthest from DuckDB (cold or warm) first. */
  static String table(List<Comparison> comparisons) {
    List<Comparison> sorted = new ArrayList<>(comparisons);
    sorted.sort(Comparator.comparingDouble((Comparison c) -> -worst(c)));
    StringBuilder table = new StringBuilder("| query | cold (ms) | DuckDB views cold | cold vs views | warm (ms) |"
        + " DuckDB tables warm | warm vs tables | answers |\n|---|---|---|---|---|---|---|---|\n");
    for (Comparison c : sorted) {
      table.append("| ").append(c.query.label).append(" | ").append(c.field(Engine.ENGAGEMENT, COLD)).append(" | ")
          .append(c.field(Engine.DUCKDB_VIEWS, COLD)).append(" | ").append(times(c.coldRatio())).append(" | ")
          .append(c.field(Engine.ENGAGEMENT, WARM)).append(" | ").append(c.field(Engine.DUCKDB_TABLES, WARM))
          .append(" | ").append(times(c.warmRatio())).append(" | ").append(c.answers()).append(" |\n");
    }
    return table.toString();
  }

  private static double worst(Comparison c) {
    double worst = Math.max(c.coldRatio(), c.warmRatio());
    return Double.isNaN(worst) ? Double.MAX_VALUE : worst;
  }

  private static String times(double ratio) {
    return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1fx", ratio);
  }
}
