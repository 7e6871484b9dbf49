package com.engagementjdbc.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trino.testing.QueryFailedException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LINK_CONVERSIONS on the cluster gives the driver's rows over the same touches and conversions, for every model,
 * and explains a call that forgets the partitioning.
 */
class LinkConversionsIT {
  private static final String COLUMNS = "conversion_id, %s, converted_at, conversion_value, touched_at,"
      + " channel, \"position\", path_length, days_before, credit, credited_value";
  @TempDir static Path folder;

  @BeforeAll static void writeTheDriversFiles() throws Exception {
    LinkageData.writeCsv(folder);
  }

  private static String trinoCall(String model, String tail) {
    return "engagement.system.link_conversions(touches => TABLE(" + LinkageData.TOUCHES + ") AS t PARTITION BY contact_id,"
        + " conversions => TABLE(" + LinkageData.CONVERSIONS + ") AS c PARTITION BY contact_id,"
        + " model => '" + model + "', lookback_days => 30, half_life_days => 7" + tail + ")";
  }

  @ParameterizedTest
  @ValueSource(strings = {"first_touch", "last_touch", "linear", "time_decay", "position_based"})
  void rowsAreTheDriversRowForRow(String model) {
    List<List<Object>> expected = DriverQueries.rows(folder, "SELECT " + COLUMNS.formatted("contact_id") + " FROM TABLE(link_conversions("
        + "'touches', 'conversions', '" + model + "', 30, 7)) ORDER BY conversion_id, \"position\"");
    List<List<Object>> actual = Rows.of(TrinoCluster.query("SELECT " + COLUMNS.formatted("c.contact_id") + " FROM TABLE("
        + trinoCall(model, " COPARTITION (t, c)") + ") ORDER BY conversion_id, \"position\""));
    assertTrue(expected.size() > 10_000, "rows: " + expected.size());
    assertTrue(expected.stream().anyMatch(row -> row.get(4) == null), "a conversion without a touch");
    assertTrue(expected.stream().anyMatch(row -> row.get(1) == null), "a conversion of no contact");
    Rows.assertSameRows(expected, actual);
  }

  @Test void revenuePerChannelIsTheDriversWithin1e9() {
    String perChannel = "SELECT channel, SUM(credit), SUM(credited_value) FROM TABLE(%s) GROUP BY channel"
        + " ORDER BY channel NULLS FIRST";
    Rows.assertSameRows(DriverQueries.rows(folder, String.format(perChannel,
            "link_conversions('touches', 'conversions', 'time_decay', 30, 7)")),
        Rows.of(TrinoCluster.query(String.format(perChannel, trinoCall("time_decay", " COPARTITION (t, c)")))));
  }

  /**
   * Without COPARTITION, Trino pairs every contact's touches with every contact's conversions: the query fails,
   * by Trino's per-node memory limit while it gathers the pairs (3 000 x 3 000 here), or by the function's check
   * at the first pair of two contacts, never by a worker running out of heap.
   */
  @Test void forgettingCoPartitionFailsTheQuery() {
    QueryFailedException error = assertThrows(QueryFailedException.class,
        () -> TrinoCluster.query("SELECT count(*) FROM TABLE(" + trinoCall("linear", "") + ")"));
    assertTrue(error.getMessage().contains("Query exceeded per-node memory limit")
        || error.getMessage().contains("not co-partitioned; end the call with COPARTITION"), error.getMessage());
  }

  @Test void forgettingPartitionByIsAClearError() {
    QueryFailedException error = assertThrows(QueryFailedException.class,
        () -> TrinoCluster.query("SELECT count(*) FROM TABLE(engagement.system.link_conversions(touches => TABLE("
            + LinkageData.TOUCHES + "), conversions => TABLE(" + LinkageData.CONVERSIONS + ")"
            + " PARTITION BY contact_id))"));
    assertEquals("link_conversions: the touches must be partitioned by their contact column alone, so that each"
        + " worker links whole contacts (no PARTITION BY given); write link_conversions(touches => TABLE(touches)"
        + " PARTITION BY contact_id, conversions => TABLE(conversions) PARTITION BY contact_id COPARTITION"
        + " (touches, conversions))", error.getMessage());
  }

  @Test void anUnknownModelOrAMissingColumnIsNamed() {
    QueryFailedException model = assertThrows(QueryFailedException.class,
        () -> TrinoCluster.query("SELECT count(*) FROM TABLE(" + trinoCall("u_shaped", " COPARTITION (t, c)")
            + ")"));
    assertEquals("link_conversions: unknown attribution model 'u_shaped'; valid models: first_touch, last_touch,"
        + " linear, time_decay, position_based", model.getMessage());
    QueryFailedException column = assertThrows(QueryFailedException.class,
        () -> TrinoCluster.query("SELECT count(*) FROM TABLE(engagement.system.link_conversions(touches => TABLE(SELECT 1 AS"
            + " contact_id, TIMESTAMP '2026-01-01 00:00:00' AS ts) t PARTITION BY contact_id, conversions => TABLE(" + LinkageData.CONVERSIONS
            + ") c PARTITION BY contact_id COPARTITION (t, c)))"));
    assertTrue(column.getMessage().contains("the touches have no column channel (columns: contact_id, ts)"),
        column.getMessage());
  }

  /** A measurement for the docs, not a check of speed: 100 000 touches of 10 000 contacts on two workers. */
  @Test void aLinkageOf100000Touches() {
    String call = "engagement.system.link_conversions(touches => TABLE(SELECT i % 10000 AS contact_id, TIMESTAMP '2026-01-01"
        + " 00:00:00' + (i % 2000) * INTERVAL '1' HOUR AS ts, 'c' || CAST(i % 7 AS VARCHAR) AS channel"
        + " FROM " + LinkageData.numbers("i", 100_000) + ") t PARTITION BY contact_id, conversions => TABLE(SELECT j AS"
        + " conversion_id, j % 10000 AS contact_id, TIMESTAMP '2026-02-15 00:00:00' AS ts, 10.0 AS value FROM"
        + " UNNEST(sequence(1, 10000)) AS u(j)) c PARTITION BY contact_id, model => 'time_decay' COPARTITION"
        + " (t, c))";
    long start = System.nanoTime();
    Object conversions = TrinoCluster.query("SELECT round(sum(credit)) FROM TABLE(" + call + ")").getOnlyValue();
    System.out.println("link_conversions over 100 000 touches and 10 000 conversions on the cluster: "
        + (System.nanoTime() - start) / 1_000_000 + " ms");
    assertEquals(10_000.0, conversions);
  }
}
