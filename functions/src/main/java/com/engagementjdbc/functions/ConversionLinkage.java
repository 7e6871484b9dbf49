package com.engagementjdbc.functions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * total. Touches are ordered by time, ties in input order.
 *
 * <p>Cost: touches are grouped by contact and sorted once; each conversion finds its window by binary search, so
 * a million touches take one sort, never a cross join.
 */
public final class ConversionLinkage {
  public static final double DEFAULT_LOOKBACK_DAYS = 30;
  public static final double DEFAULT_HALF_LIFE_DAYS = 7;
  private static final double MILLIS_PER_DAY = 86_400_000.0;

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
    if (!(lookbackDays >= 0) || Double.isInfinite(lookbackDays)) {
      throw new IllegalArgumentException("lookback days must be a number >= 0, not " + lookbackDays);
    }
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException("half-life days must be a number > 0, not " + halfLifeDays);
    }
    Map<Object, ContactTouches> byContact = group(touches);
    double lookbackMillis = lookbackDays * MILLIS_PER_DAY;
    for (ConversionEvent conversion : conversions) {
      ContactTouches path = conversion.contactId() == null ? null : byContact.get(conversion.contactId());
      int from = 0;
      int to = 0;
      if (path != null) {
        from = path.firstAtOrAfter(conversion.convertedAt() - lookbackMillis);
        to = path.firstAfter(conversion.convertedAt());
      }
      if (to <= from) {
        out.accept(new Credit(conversion.conversionId(), conversion.contactId(), conversion.convertedAt(),
            conversion.value(), null, null, null, 0, null, 1.0, conversion.value()));
        continue;
      }
      int n = to - from;
      double[] daysBefore = new double[n];
      for (int i = 0; i < n; i++) {
        daysBefore[i] = (conversion.convertedAt() - path.times[from + i]) / MILLIS_PER_DAY;
      }
      double[] credits = new double[n];
      model.share(daysBefore, halfLifeDays, credits);
      for (int i = 0; i < n; i++) {
        Touch touch = path.touches.get(from + i);
        Double creditedValue = conversion.value() == null ? null : credits[i] * conversion.value();
        out.accept(new Credit(conversion.conversionId(), conversion.contactId(), conversion.convertedAt(),
            conversion.value(), touch.touchedAt(), touch.channel(), i + 1, n, daysBefore[i], credits[i],
            creditedValue));
      }
    }
  }

  /** The same, collected into a list. */
  public static List<Credit> link(List<Touch> touches, List<ConversionEvent> conversions, AttributionModel model,
      double lookbackDays, double halfLifeDays) {
    List<Credit> credits = new ArrayList<>();
    link(touches, conversions, model, lookbackDays, halfLifeDays, credits::add);
    return credits;
  }

  private static Map<Object, ContactTouches> group(List<Touch> touches) {
    Map<Object, List<Touch>> lists = new HashMap<>();
    for (Touch touch : touches) {
      if (touch.contactId() != null) {
        lists.computeIfAbsent(touch.contactId(), key -> new ArrayList<>()).add(touch);
      }
    }
    Map<Object, ContactTouches> grouped = new HashMap<>(lists.size() * 2);
    lists.forEach((contact, list) -> grouped.put(contact, new ContactTouches(list)));
    return grouped;
  }

  /** One contact's touches, sorted by time (stable: ties keep input order), with their times for searching. */
  private static final class ContactTouches {
    final List<Touch> touches;
    final long[] times;

    ContactTouches(List<Touch> touches) {
      touches.sort((a, b) -> Long.compare(a.touchedAt(), b.touchedAt()));
      this.touches = touches;
      this.times = new long[touches.size()];
      for (int i = 0; i < times.length; i++) {
        times[i] = touches.get(i).touchedAt();
      }
    }

    /** The index of the first touch at or after {@code instant}. */
    int firstAtOrAfter(double instant) {
      return firstWhere(instant, false);
    }

    /** The index of the first touch strictly after {@code instant}. */
    int firstAfter(double instant) {
      return firstWhere(instant, true);
    }

    private int firstWhere(double instant, boolean strictlyAfter) {
      int low = 0;
      int high = times.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        boolean before = strictlyAfter ? times[mid] <= instant : times[mid] < instant;
        if (before) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }
}
