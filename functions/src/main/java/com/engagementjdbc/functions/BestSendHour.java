package com.engagementjdbc.functions;

import java.time.LocalDateTime;

/**
 * BEST_SEND_HOUR(ts) = the hour of day (0-23) of the timestamps, as stored (no time zone shift), that has the
 * most events; ties go to the earliest hour; NULL when there is no non-NULL timestamp. A timestamp is a
 * {@link LocalDateTime}: a {@code java.sql.Timestamp} would read its hour in the JVM's time zone.
 */
public final class BestSendHour {
  /**
   * Events per hour of day. The counts are public so that an engine that keeps an accumulator's state itself (Trino
   * serialises it between workers) can hold them and hand them back.
   */
  public static final class Counts {
    final long[] perHour = new long[24];
    boolean any;

    public Counts() {
    }

    /** Counts of hours 0 to 23. */
    public Counts(long[] perHour) {
      for (int hour = 0; hour < 24; hour++) {
        this.perHour[hour] = perHour[hour];
        any |= perHour[hour] > 0;
      }
    }

    /** The events of an hour of day, 0 to 23. */
    public long count(int hour) {
      return perHour[hour];
    }
  }

  public Counts init() {
    return new Counts();
  }

  public Counts add(Counts counts, LocalDateTime ts) {
    return ts == null ? counts : addHour(counts, ts.getHour());
  }

  /** {@link #add} for an engine that reads the hour of day (0-23) of a non-NULL timestamp itself. */
  public Counts addHour(Counts counts, int hour) {
    counts.perHour[hour]++;
    counts.any = true;
    return counts;
  }

  public Counts merge(Counts a, Counts b) {
    for (int hour = 0; hour < 24; hour++) {
      a.perHour[hour] += b.perHour[hour];
    }
    a.any |= b.any;
    return a;
  }

  public Integer result(Counts counts) {
    if (!counts.any) {
      return null;
    }
    int best = 0;
    for (int hour = 1; hour < 24; hour++) {
      if (counts.perHour[hour] > counts.perHour[best]) {
        best = hour;
      }
    }
    return best;
  }
}
