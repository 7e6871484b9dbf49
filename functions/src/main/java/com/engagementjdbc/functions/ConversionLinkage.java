package com.engagementjdbc.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * LINK_CONVERSIONS: links every conversion to the engagement touches of the same contact that precede it within a
 * lookback window, and gives each touch its share of the credit.
 *
 * <p>Rules, so that every report agrees: a touch counts when {@code converted_at - lookback <= touched_at <=
 * converted_at} (both edges inclusive); {@code days_before = (converted_at - touched_at) / 86 400 000 ms},
 * fractional; each conversion is attributed on its own, so one touch can earn credit from several conversions of
 * the same contact; every touch in the window gets a row, with credit 0 where the model gives it none; the credits
 * of one conversion sum to 1; a conversion with no touch in its window gets one row with NULL channel, position,
 * touched_at and days_before, path_length 0 and credit 1, so credited values always add up to the conversions'
 * total. Touches are ordered by time, ties by channel ({@link TouchPaths#CHANNEL_ORDER}).
 *
 * <p>Cost: touches are grouped by contact and sorted by time once ({@link TouchPaths}); each conversion finds its
 * window by binary search, so a million touches take one pass and small sorts, never a cross join.
 */
public final class ConversionLinkage {
  public static final double DEFAULT_LOOKBACK_DAYS = 30;
  public static final double DEFAULT_HALF_LIFE_DAYS = 7;
  private static final double MILLIS_PER_DAY = 86_400_000.0;
  /** Conversions whose windows are searched together. */
  private static final int BATCH = 256;

  private ConversionLinkage() {
  }

  /** An engagement touch: who, when (epoch milliseconds), and through which channel. */
  public record Touch(Object contactId, long touchedAt, String channel) {
  }

  /** A conversion: its id, who converted, when (epoch milliseconds), and its value (nullable). */
  public record ConversionEvent(Object conversionId, Object contactId, long convertedAt, Double value) {
  }

  /** One output row: a (conversion, touch) pair and the touch's share of the credit. */
  public record Credit(Object conversionId, Object contactId, long convertedAt, Double conversionValue,
      Long touchedAt, String channel, Integer position, int pathLength, Double daysBefore, double credit,
      Double creditedValue) {
  }

  /** Links conversions to touches and hands each output row to {@code out}, conversions in input order. */
  public static void link(List<Touch> touches, List<ConversionEvent> conversions, AttributionModel model,
      double lookbackDays, double halfLifeDays, Consumer<Credit> out) {
    link(TouchPaths.of(touches), conversions, model, lookbackDays, halfLifeDays, out);
  }

  /** The same over touches already grouped into paths, as a driver reading columns builds them. */
  public static void link(TouchPaths paths, List<ConversionEvent> conversions, AttributionModel model,
      double lookbackDays, double halfLifeDays, Consumer<Credit> out) {
    checkWindow(lookbackDays, halfLifeDays);
    double lookbackMillis = lookbackDays * MILLIS_PER_DAY;
    int[] windows = new int[2 * BATCH];
    for (int batch = 0; batch < conversions.size(); batch += BATCH) {
      int end = Math.min(conversions.size(), batch + BATCH);
      // a batch's searches first: independent loads the processor overlaps, where searching and writing out each
      // conversion in turn waits for one cache miss after another once the paths outgrow the caches
      for (int i = batch; i < end; i++) {
        ConversionEvent conversion = conversions.get(i);
        int contact = paths.contactNumber(conversion.contactId());
        int window = 2 * (i - batch);
        windows[window] = contact < 0 ? 0 : paths.firstAtOrAfter(contact, conversion.convertedAt() - lookbackMillis);
        windows[window + 1] = contact < 0 ? 0 : paths.firstAfter(contact, conversion.convertedAt());
      }
      for (int i = batch; i < end; i++) {
        emit(conversions.get(i), paths, windows[2 * (i - batch)], windows[2 * (i - batch) + 1], model, halfLifeDays,
            out);
      }
    }
  }

  /** The rows of one conversion whose window holds the touches at positions {@code from} up to {@code to}. */
  private static void emit(ConversionEvent conversion, TouchPaths paths, int from, int to, AttributionModel model,
      double halfLifeDays, Consumer<Credit> out) {
    if (to <= from) {
      out.accept(new Credit(conversion.conversionId(), conversion.contactId(), conversion.convertedAt(),
          conversion.value(), null, null, null, 0, null, 1.0, conversion.value()));
      return;
    }
    int n = to - from;
    double[] daysBefore = new double[n];
    for (int i = 0; i < n; i++) {
      daysBefore[i] = (conversion.convertedAt() - paths.timeAt(from + i)) / MILLIS_PER_DAY;
    }
    double[] credits = new double[n];
    model.share(daysBefore, halfLifeDays, credits);
    for (int i = 0; i < n; i++) {
      Double creditedValue = conversion.value() == null ? null : credits[i] * conversion.value();
      out.accept(new Credit(conversion.conversionId(), conversion.contactId(), conversion.convertedAt(),
          conversion.value(), paths.timeAt(from + i), paths.channelAt(from + i), i + 1, n, daysBefore[i],
          credits[i], creditedValue));
    }
  }

  /** Throws when the lookback is not a number of days >= 0 or the half-life not one > 0. */
  public static void checkWindow(double lookbackDays, double halfLifeDays) {
    if (!(lookbackDays >= 0) || Double.isInfinite(lookbackDays)) {
      throw new IllegalArgumentException("lookback days must be a number >= 0, not " + lookbackDays);
    }
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException("half-life days must be a number > 0, not " + halfLifeDays);
    }
  }

  /** The same, collected into a list. */
  public static List<Credit> link(List<Touch> touches, List<ConversionEvent> conversions, AttributionModel model,
      double lookbackDays, double halfLifeDays) {
    List<Credit> credits = new ArrayList<>();
    link(touches, conversions, model, lookbackDays, halfLifeDays, credits::add);
    return credits;
  }
}
