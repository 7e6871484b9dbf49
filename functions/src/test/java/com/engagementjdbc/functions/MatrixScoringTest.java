package com.engagementjdbc.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MatrixScoringTest {
  @Test void matrixScoreIsAWeightedMeanOnAHundredScale() {
    MatrixScore score = new MatrixScore();
    MatrixScore.Sums sums = score.init();
    score.add(sums, 4.0, 0.5);
    score.add(sums, 2.0, 0.25);
    score.add(sums, 5.0, 0.25);
    score.add(sums, null, 1.0);  // not assessed: left out
    score.add(sums, 1.0, -1.0);  // negative weight: left out
    score.add(sums, 1.0, null);  // no weight: left out
    // 100 * (0.5*4/5 + 0.25*2/5 + 0.25*5/5) / (0.5 + 0.25 + 0.25) = 100 * (0.4 + 0.1 + 0.25) = 75
    assertEquals(75.0, score.result(sums), 1e-12);
    assertNull(score.result(score.init()));
    assertNull(score.result(score.add(score.init(), 3.0, 0.0)));
  }

  @Test void matrixScoreWithAnotherMaximum() {
    MatrixScoreWithMax score = new MatrixScoreWithMax();
    MatrixScore.Sums sums = score.init();
    score.add(sums, 7.0, 1.0, 10.0);
    score.add(sums, 4.0, 1.0, null);  // NULL max means 5
    score.add(sums, 4.0, 1.0, 0.0);   // max <= 0: left out
    // 100 * (1*7/10 + 1*4/5) / 2 = 100 * 1.5 / 2 = 75
    assertEquals(75.0, score.result(sums), 1e-12);
  }

  @Test void engagementLevelWithDefaultThresholds() {
    assertEquals("engaged_to_influence", MatrixScoring.engagementLevel(false, 0.0, 0.0, 100.0));
    assertEquals("engaged_to_buy", MatrixScoring.engagementLevel(false, 0.0, 50.0, 99.0));
    assertEquals("engaged", MatrixScoring.engagementLevel(true, 10.0, 49.0, 99.0));
    assertEquals("not_engaged", MatrixScoring.engagementLevel(false, 10.0, 49.0, 99.0));
    assertEquals("not_engaged", MatrixScoring.engagementLevel(true, 9.9, null, null));
    assertEquals("not_engaged", MatrixScoring.engagementLevel(null, 500.0, null, null));
    assertEquals("not_engaged", MatrixScoring.engagementLevel(null, null, null, null));
  }

  @Test void engagementLevelWithOwnThresholds() {
    assertEquals("engaged", MatrixScoring.engagementLevel(true, 3.0, 4.0, 5.0, 3.0, 5.0, 6.0));
    assertEquals("engaged_to_buy", MatrixScoring.engagementLevel(true, 3.0, 5.0, 5.0, 3.0, 5.0, 6.0));
    // NULL thresholds fall back to 10, 50, 100
    assertEquals("not_engaged", MatrixScoring.engagementLevel(true, 9.0, 49.0, 99.0, null, null, null));
  }

  @Test void decayedPoints() {
    // 80 * 2^(-14/7) = 80 / 4 = 20
    assertEquals(20.0, MatrixScoring.decayedPoints(80.0, 14.0, 7.0), 1e-12);
    // 80 * 2^0 = 80
    assertEquals(80.0, MatrixScoring.decayedPoints(80.0, 0.0, 7.0), 1e-12);
    assertNull(MatrixScoring.decayedPoints(80.0, 14.0, 0.0));
    assertNull(MatrixScoring.decayedPoints(null, 14.0, 7.0));
  }

  @Test void quadrantsCompareWithGreaterOrEqual() {
    assertEquals("engages_and_converts", MatrixScoring.engagementQuadrant(0.05, 0.02, 0.05, 0.02));
    assertEquals("engages_only", MatrixScoring.engagementQuadrant(0.05, 0.019, 0.05, 0.02));
    assertEquals("converts_only", MatrixScoring.engagementQuadrant(0.049, 0.02, 0.05, 0.02));
    assertEquals("neither", MatrixScoring.engagementQuadrant(0.0, 0.0, 0.05, 0.02));
    assertNull(MatrixScoring.engagementQuadrant(null, 0.02, 0.05, 0.02));
  }

  @Test void bestSendHourTiesGoToTheEarliestHour() {
    BestSendHour best = new BestSendHour();
    BestSendHour.Counts counts = best.init();
    best.add(counts, LocalDateTime.parse("2026-03-01T18:05:00"));
    best.add(counts, LocalDateTime.parse("2026-03-02T18:59:59"));
    best.add(counts, LocalDateTime.parse("2026-03-03T09:00:00"));
    best.add(counts, LocalDateTime.parse("2026-03-04T09:30:00"));
    best.add(counts, null);
    // 9h: 2 events, 18h: 2 events -> the earliest, 9
    assertEquals(9, best.result(counts));
    best.add(counts, LocalDateTime.parse("2026-03-05T18:00:00"));
    assertEquals(18, best.result(counts));
    assertNull(best.result(best.init()));
  }
}
