package com.engagementjdbc.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.functions.ConversionLinkage.ConversionEvent;
import com.engagementjdbc.functions.ConversionLinkage.Credit;
import com.engagementjdbc.functions.ConversionLinkage.Touch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConversionLinkageTest {
  private static final long DAY = 86_400_000L;
  private static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00Z

  private static List<Credit> link(List<Touch> touches, List<ConversionEvent> conversions, String model) {
    return ConversionLinkage.link(touches, conversions, AttributionModel.parse(model), 30, 7);
  }

  private static double[] credits(List<Credit> rows) {
    return rows.stream().mapToDouble(Credit::credit).toArray();
  }

  /** Contact 1 touched on days 0 (instagram), 10 (email) and 20 (webinar), converting on day 24 for 100. */
  private final List<Touch> path = List.of(new Touch(1, T0 + 10 * DAY, "email"), new Touch(1, T0, "instagram"),
      new Touch(1, T0 + 20 * DAY, "webinar"));
  private final List<ConversionEvent> sale = List.of(new ConversionEvent("C1", 1, T0 + 24 * DAY, 100.0));

  @Test void firstAndLastTouch() {
    List<Credit> first = link(path, sale, "first_touch");
    assertEquals(List.of("instagram", "email", "webinar"), first.stream().map(Credit::channel).toList());
    assertEquals(List.of(1, 2, 3), first.stream().map(Credit::position).toList());
    assertEquals(List.of(3, 3, 3), first.stream().map(Credit::pathLength).toList());
    assertEquals(List.of(24.0, 14.0, 4.0), first.stream().map(Credit::daysBefore).toList());
    assertArrayEquals(new double[] {1, 0, 0}, credits(first));
    assertArrayEquals(new double[] {0, 0, 1}, credits(link(path, sale, "LAST_TOUCH")));
  }

  @Test void linearGivesEachTouchAThird() {
    List<Credit> rows = link(path, sale, "linear");
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, credits(rows));
    // 100 / 3 each
    assertEquals(100.0 / 3, rows.get(0).creditedValue(), 1e-12);
  }

  @Test void timeDecayHalvesTheWeightEveryHalfLife() {
    // touches 7 days and 0 days before, half-life 7: weights 0.5 and 1 -> credits 1/3 and 2/3
    List<Touch> touches = List.of(new Touch("a", T0, "email"), new Touch("a", T0 + 7 * DAY, "paid_search"));
    List<ConversionEvent> conversion = List.of(new ConversionEvent(1, "a", T0 + 7 * DAY, 30.0));
    List<Credit> rows = link(touches, conversion, "time_decay");
    assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, credits(rows));
    // 30 * 2/3 = 20
    assertEquals(20.0, rows.get(1).creditedValue(), 1e-12);
    // days 24, 14, 4 with half-life 7: weights 2^(-24/7), 2^(-2), 2^(-4/7), normalised
    double a = Math.pow(2, -24.0 / 7);
    double b = Math.pow(2, -2);
    double c = Math.pow(2, -4.0 / 7);
    double sum = a + b + c;
    assertArrayEquals(new double[] {a / sum, b / sum, c / sum}, credits(link(path, sale, "time_decay")));
  }

  @Test void positionBasedFortyTwentyForty() {
    List<Touch> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(new Touch(1, T0 + i * DAY, "c" + i));
    }
    ConversionEvent at10 = new ConversionEvent("C", 1, T0 + 10 * DAY, 10.0);
    // five touches: 0.4, then 0.2 / 3 for each of the three middle ones, then 0.4
    assertArrayEquals(new double[] {0.4, 0.2 / 3, 0.2 / 3, 0.2 / 3, 0.4},
        credits(link(five, List.of(at10), "position_based")));
    assertArrayEquals(new double[] {0.4, 0.2, 0.4}, credits(link(five.subList(0, 3), List.of(at10), "position_based")));
    assertArrayEquals(new double[] {0.5, 0.5}, credits(link(five.subList(0, 2), List.of(at10), "position_based")));
    assertArrayEquals(new double[] {1}, credits(link(five.subList(0, 1), List.of(at10), "position_based")));
  }

  @Test void windowEdgesAreInclusive() {
    long converted = T0 + 30 * DAY;
    List<Touch> touches = List.of(
        new Touch(1, T0 - 1, "just_outside"),       // 30 days + 1 ms before: out
        new Touch(1, T0, "lookback_edge"),          // exactly 30 days before: in
        new Touch(1, converted, "same_instant"),    // at the conversion: in
        new Touch(1, converted + 1, "after"));      // after: out
    List<Credit> rows = link(touches, List.of(new ConversionEvent("C", 1, converted, 1.0)), "linear");
    assertEquals(List.of("lookback_edge", "same_instant"), rows.stream().map(Credit::channel).toList());
    assertEquals(List.of(30.0, 0.0), rows.stream().map(Credit::daysBefore).toList());
  }

  @Test void oneTouchEarnsCreditFromEveryConversionItPrecedes() {
    List<Touch> touches = List.of(new Touch(7, T0, "email"));
    List<ConversionEvent> two = List.of(new ConversionEvent("C1", 7, T0 + DAY, 50.0),
        new ConversionEvent("C2", 7, T0 + 2 * DAY, 70.0));
    List<Credit> rows = link(touches, two, "last_touch");
    assertEquals(2, rows.size());
    // 50 + 70 = 120, all to the one email touch
    assertEquals(120.0, rows.stream().mapToDouble(Credit::creditedValue).sum(), 1e-12);
  }

  @Test void aConversionWithoutTouchesGetsOneRowWithFullCredit() {
    List<Credit> rows = link(path, List.of(new ConversionEvent("C9", 2, T0, 40.0),
        new ConversionEvent("C10", null, T0, 15.0), new ConversionEvent("C11", 1, T0 + 90 * DAY, 25.0)), "linear");
    assertEquals(3, rows.size());
    for (Credit row : rows) {
      assertNull(row.channel());
      assertNull(row.position());
      assertNull(row.touchedAt());
      assertNull(row.daysBefore());
      assertEquals(0, row.pathLength());
      assertEquals(1.0, row.credit());
      assertEquals(row.conversionValue(), row.creditedValue());
    }
  }

  /**
   * Touches at the same instant go by channel, NULL first, in code point order ("\uFB01" is U+FB01, above "\uD83D\uDE00"
   * in UTF-16 units but below U+1F600), whatever order they come in: first_touch gives 1 to the NULL channel,
   * last_touch to the emoji, position_based 0.4 / 0.2 / 0.4 to NULL, "a", emoji, over 4 touches "\uFB01" shares
   * the middle 0.2 with "a": 0.1 each.
   */
  @Test void tiesGoByChannelWhateverTheInputOrder() {
    List<Touch> touches = new ArrayList<>(List.of(new Touch(1, T0, "\uD83D\uDE00"), new Touch(1, T0, "a"),
        new Touch(1, T0, null)));
    for (List<Touch> order : List.of(touches, reversed(touches))) {
      List<ConversionEvent> sale = List.of(new ConversionEvent("C", 1, T0 + DAY, null));
      List<Credit> first = link(order, sale, "first_touch");
      assertEquals(Arrays.asList(null, "a", "\uD83D\uDE00"), first.stream().map(Credit::channel).toList());
      assertEquals(List.of(1.0, 0.0, 0.0), first.stream().map(Credit::credit).toList());
      assertNull(first.get(0).creditedValue());
      assertEquals(List.of(0.0, 0.0, 1.0), link(order, sale, "last_touch").stream().map(Credit::credit).toList());
      assertEquals(List.of(0.4, 0.2, 0.4), link(order, sale, "position_based").stream().map(Credit::credit)
          .toList());
      List<Touch> four = new ArrayList<>(order);
      four.add(0, new Touch(1, T0, "\uFB01"));
      List<Credit> shared = link(four, sale, "position_based");
      assertEquals(Arrays.asList(null, "a", "\uFB01", "\uD83D\uDE00"), shared.stream().map(Credit::channel).toList());
      assertArrayEquals(new double[] {0.4, 0.1, 0.1, 0.4},
          shared.stream().mapToDouble(Credit::credit).toArray());
    }
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /**
   * Paths longer than the insertion-sorted runs (up to 400 touches per contact, in random order, many on the same
   * minute) list exactly the touches a scan of all of them finds in the window, in time order, ties by channel.
   */
  @Test void longPathsListTheWindowInTimeOrderTiesByChannel() {
    Random random = new Random(7);
    List<Touch> touches = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int contact = random.nextInt(50);
      touches.add(new Touch(contact, T0 + random.nextInt(60 * 24 * 90) * 60_000L, contact + "/" + i));
    }
    List<ConversionEvent> conversions = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      conversions.add(new ConversionEvent(i, random.nextInt(55), T0 + random.nextInt(60 * 24 * 90) * 60_000L, 1.0));
    }
    List<Credit> rows = link(touches, conversions, "linear");
    int row = 0;
    for (ConversionEvent conversion : conversions) {
      List<String> expected = touches.stream()
          .filter(t -> t.contactId().equals(conversion.contactId()) && t.touchedAt() <= conversion.convertedAt()
              && t.touchedAt() >= conversion.convertedAt() - 30 * DAY)
          .sorted(Comparator.comparingLong(Touch::touchedAt).thenComparing(Touch::channel, TouchPaths.CHANNEL_ORDER))
          .map(Touch::channel).toList();
      List<String> actual = new ArrayList<>();
      for (int n = Math.max(1, expected.size()); n > 0; n--) {
        assertEquals(conversion.conversionId(), rows.get(row).conversionId());
        if (rows.get(row).channel() != null) {
          actual.add(rows.get(row).channel());
        }
        row++;
      }
      assertEquals(expected, actual, "conversion " + conversion.conversionId());
    }
    assertEquals(rows.size(), row);
  }

  @Test void badArgumentsAreExplained() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> AttributionModel.parse("u_shaped"));
    assertEquals("unknown attribution model 'u_shaped'; valid models: first_touch, last_touch, linear, time_decay,"
        + " position_based", unknown.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ConversionLinkage.link(path, sale, AttributionModel.LINEAR, -1, 7));
    assertThrows(IllegalArgumentException.class,
        () -> ConversionLinkage.link(path, sale, AttributionModel.LINEAR, 30, 0));
  }

  @Test void creditsOfEachConversionSumToOneOnAMillionTouches() {
    Random random = new Random(42);
    List<Touch> touches = new ArrayList<>(1_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      touches.add(new Touch(random.nextInt(50_000), T0 + (long) (random.nextDouble() * 180 * DAY), "c" + (i % 8)));
    }
    List<ConversionEvent> conversions = new ArrayList<>(100_000);
    double total = 0;
    for (int i = 0; i < 100_000; i++) {
      double value = Math.round(random.nextDouble() * 20_000) / 100.0;
      total += value;
      conversions.add(new ConversionEvent(i, random.nextInt(60_000), T0 + (long) (random.nextDouble() * 180 * DAY),
          value));
    }
    for (AttributionModel model : AttributionModel.values()) {
      double[] perConversion = new double[conversions.size()];
      double[] credited = {0};
      ConversionLinkage.link(touches, conversions, model, 30, 7, row -> {
        perConversion[(Integer) row.conversionId()] += row.credit();
        credited[0] += row.creditedValue();
      });
      for (double sum : perConversion) {
        assertEquals(1.0, sum, 1e-9, model.name());
      }
      assertTrue(Math.abs(credited[0] - total) <= 1e-6 * total, model + ": " + credited[0] + " vs " + total);
    }
  }

  private static void assertArrayEquals(double[] expected, double[] actual) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-12);
  }
}
