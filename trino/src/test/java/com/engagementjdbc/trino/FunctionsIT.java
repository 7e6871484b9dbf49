package com.engagementjdbc.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every scalar and aggregate function through the cluster, unqualified, with the hand-computed values and the
 * NULL, zero and negative denominators of the driver's tests. Integer arguments check that Trino widens them.
 */
class FunctionsIT {
  private static Object value(String expression) {
    return TrinoCluster.query("SELECT " + expression).getOnlyValue();
  }

  private static void assertValue(double expected, String expression) {
    assertEquals(expected, (Double) value(expression), 1e-12, expression);
  }

  private static void assertNullValue(String expression) {
    assertNull(value(expression), expression);
  }

  @Test void engagementRate() {
    assertValue(0.04, "engagement_rate(160, 4000)"); // 160 / 4000
    assertValue(0.04, "engagement_rate(DOUBLE '160', BIGINT '4000')");
    assertNullValue("engagement_rate(NULL, 4000)");
    assertNullValue("engagement_rate(160, NULL)");
    assertNullValue("engagement_rate(160, 0)");
    assertNullValue("engagement_rate(160, -5)");
    assertNullValue("engagement_rate(nan(), 10)");
    assertNullValue("engagement_rate(1, infinity())");
    assertValue(0.04, "engagement_rate(120, 30, 10, 4000)"); // (120 + 30 + 10) / 4000
    assertValue(0.13, "engagement_rate(120, NULL, 10, 1000)"); // a NULL count is 0: 130 / 1000
    assertNullValue("engagement_rate(NULL, NULL, NULL, 1000)");
    assertNullValue("engagement_rate(1, 2, 3, 0)");
  }

  @Test void conversionAndCostRatios() {
    assertValue(0.03, "conversion_rate(12, 400)");
    assertValue(0.25, "cost_per_engagement(250, 1000)");
    assertValue(25.0, "cost_per_conversion(250, 10)");
    assertValue(4.0, "roas(1000, 250)");
    assertValue(3.0, "roi(1000, 250)"); // (1000 - 250) / 250
    assertValue(-0.6, "roi(100, 250)"); // (100 - 250) / 250
    assertNullValue("conversion_rate(1, 0)");
    assertNullValue("cost_per_engagement(1, NULL)");
    assertNullValue("cost_per_conversion(NULL, 2)");
    assertNullValue("roas(1, -1)");
    assertNullValue("roi(1, 0)");
    assertNullValue("roi(NULL, 5)");
  }

  @Test void engagementLevelsDecayAndQuadrants() {
    assertEquals("engaged_to_influence", value("engagement_level(false, 0, 0, 100)"));
    assertEquals("engaged_to_buy", value("engagement_level(false, 0, 50, 99)"));
    assertEquals("engaged", value("engagement_level(true, 10, 49, 99)"));
    assertEquals("not_engaged", value("engagement_level(false, 10, 49, 99)"));
    assertEquals("not_engaged", value("engagement_level(true, 9.9, NULL, NULL)"));
    assertEquals("not_engaged", value("engagement_level(NULL, 500, NULL, NULL)"));
    assertEquals("engaged", value("engagement_level(true, 3, 4, 5, 3, 5, 6)"));
    assertEquals("engaged_to_buy", value("engagement_level(true, 3, 5, 5, 3, 5, 6)"));
    assertEquals("not_engaged", value("engagement_level(true, 9, 49, 99, NULL, NULL, NULL)"));
    assertValue(20.0, "decayed_points(80, 14, 7)"); // 80 * 2^(-14 / 7)
    assertValue(80.0, "decayed_points(80, 0, 7)");
    assertNullValue("decayed_points(80, 14, 0)");
    assertNullValue("decayed_points(80, 14, -7)");
    assertNullValue("decayed_points(NULL, 14, 7)");
    assertEquals("engages_and_converts", value("engagement_quadrant(0.05, 0.02, 0.05, 0.02)"));
    assertEquals("engages_only", value("engagement_quadrant(0.05, 0.019, 0.05, 0.02)"));
    assertEquals("converts_only", value("engagement_quadrant(0.049, 0.02, 0.05, 0.02)"));
    assertEquals("neither", value("engagement_quadrant(0, 0, 0.05, 0.02)"));
    assertNullValue("engagement_quadrant(NULL, 0.02, 0.05, 0.02)");
  }

  @Test void aggregates() {
    // rows with a NULL are left out: (10 + 500) / (100 + 10 000)
    assertValue(510.0 / 10_100.0, "engagement_rate_agg(i, a) FROM (VALUES (10, 100), (500, 10000), (NULL, 7),"
        + " (3, NULL)) AS t(i, a)");
    assertNullValue("engagement_rate_agg(i, a) FROM (VALUES (1, NULL)) AS t(i, a)");
    assertNullValue("engagement_rate_agg(i, a) FROM (VALUES (5, 0), (5, 0)) AS t(i, a)");
    assertNullValue("engagement_rate_agg(i, a) FROM (VALUES (5, -10)) AS t(i, a)");
    // 100 * (2 * 4/5 + 1 * 3/5 + 1 * 5/5) / (2 + 1 + 1) = 80; the negative weight and NULL score are left out
    assertValue(80.0, "matrix_score(s, w) FROM (VALUES (4, 2), (3, 1), (5, 1), (5, -1), (NULL, 3)) AS t(s, w)");
    assertNullValue("matrix_score(s, w) FROM (VALUES (3, 0)) AS t(s, w)");
    // out of 10, 5 (NULL max) and 4: 100 * (1 * 5/10 + 1 * 5/5 + 2 * 3/4) / 4 = 75; max 0 leaves its row out
    assertValue(75.0, "matrix_score(s, w, m) FROM (VALUES (5, 1, 10), (5, 1, NULL), (3, 2, 4), (5, 9, 0))"
        + " AS t(s, w, m)");
    // 09:00 three times, 18:00 twice; ties go to the earliest hour; NULL without a timestamp
    assertEquals(9, value("best_send_hour(ts) FROM (VALUES TIMESTAMP '2026-01-01 09:15:00', TIMESTAMP"
        + " '2026-01-02 09:59:59', TIMESTAMP '2026-01-03 09:00:00', TIMESTAMP '2026-01-01 18:00:00', TIMESTAMP"
        + " '2026-01-01 18:30:00', NULL) AS t(ts)"));
    assertEquals(7, value("best_send_hour(ts) FROM (VALUES TIMESTAMP '2026-01-01 19:00:00', TIMESTAMP"
        + " '2026-01-01 07:00:00') AS t(ts)"));
    assertNull(value("best_send_hour(ts) FROM (VALUES CAST(NULL AS TIMESTAMP(3))) AS t(ts)"));
  }

  /** Partial states cross the exchange between workers: the grouped sums and hour counts survive it. */
  @Test void aggregatesOverManyGroupsAcrossWorkers() {
    assertEquals(List.of(List.of(50L, 50L, 50L)), TrinoCluster.query("SELECT count_if(rate = 0.5),"
        + " count_if(abs(score - 60) < 1e-9), count_if(hour = g % 24) FROM (SELECT i % 50 AS g,"
        + " engagement_rate_agg(i, 2 * i) AS rate, matrix_score(3, i % 7) AS score,"
        + " best_send_hour(TIMESTAMP '2026-01-01 00:00:00' + (i % 50 % 24) * INTERVAL '1' HOUR) AS hour"
        + " FROM " + LinkageData.numbers("i", 20_000) + " GROUP BY i % 50)").getMaterializedRows().stream()
        .map(row -> row.getFields()).toList());
  }
}
