package com.engagementjdbc.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EngagementTest {
  @Test void twoArgumentRate() {
    // 160 / 4000 = 0.04
    assertEquals(0.04, Engagement.engagementRate(160.0, 4000.0), 1e-15);
    assertNull(Engagement.engagementRate(null, 4000.0));
    assertNull(Engagement.engagementRate(160.0, null));
    assertNull(Engagement.engagementRate(160.0, 0.0));
    assertNull(Engagement.engagementRate(160.0, -5.0));
    assertNull(Engagement.engagementRate(Double.NaN, 10.0));
    assertNull(Engagement.engagementRate(1.0, Double.POSITIVE_INFINITY));
  }

  @Test void fourArgumentRateCountsNullAsZeroUnlessAllAreNull() {
    // (120 + 30 + 10) / 4000 = 0.04
    assertEquals(0.04, Engagement.engagementRate(120.0, 30.0, 10.0, 4000.0), 1e-15);
    // (120 + 0 + 10) / 1000 = 0.13
    assertEquals(0.13, Engagement.engagementRate(120.0, null, 10.0, 1000.0), 1e-15);
    assertNull(Engagement.engagementRate(null, null, null, 1000.0));
    assertNull(Engagement.engagementRate(1.0, 2.0, 3.0, 0.0));
  }

  @Test void aggregateIsARatioOfSumsOverCompleteRows() {
    EngagementRateAgg agg = new EngagementRateAgg();
    EngagementRateAgg.Sums sums = agg.init();
    agg.add(sums, 10.0, 100.0);
    agg.add(sums, 500.0, 10_000.0);
    agg.add(sums, null, 50.0);   // left out
    agg.add(sums, 7.0, null);    // left out
    // (10 + 500) / (100 + 10000) = 510 / 10100 = 0.0504950495...; the AVG of the rates would be (0.1 + 0.05) / 2
    assertEquals(510.0 / 10_100.0, agg.result(sums), 1e-15);
    assertNull(agg.result(agg.init()));
    EngagementRateAgg.Sums zero = agg.add(agg.init(), 5.0, 0.0);
    assertNull(agg.result(zero));
    EngagementRateAgg.Sums other = agg.add(agg.init(), 90.0, 900.0);
    // merged: (510 + 90) / (10100 + 900) = 600 / 11000
    assertEquals(600.0 / 11_000.0, agg.result(agg.merge(sums, other)), 1e-15);
  }
}
