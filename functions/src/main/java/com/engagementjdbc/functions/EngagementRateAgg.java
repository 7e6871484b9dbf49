package com.engagementjdbc.functions;

/**
 * ENGAGEMENT_RATE_AGG(interactions, audience) = SUM(interactions) / SUM(audience) over the rows where both are
 * non-NULL: the rate of the whole group, which an AVG of per-row rates is not (it gives a post seen by ten people
 * the same weight as one seen by ten thousand). NULL when no row counts or the summed audience is not positive.
 */
@SumsArguments
public final class EngagementRateAgg {
  /**
   * Running sums. Their three values are public so that an engine that keeps an accumulator's state itself (Trino
   * serialises it between workers) can hold them and hand them back.
   */
  public static final class Sums {
    double interactions;
    double audience;
    boolean any;

    public Sums() {
    }

    public Sums(double interactions, double audience, boolean any) {
      this.interactions = interactions;
      this.audience = audience;
      this.any = any;
    }

    public double interactions() {
      return interactions;
    }

    public double audience() {
      return audience;
    }

    /** Whether a row counted. */
    public boolean any() {
      return any;
    }
  }

  public Sums init() {
    return new Sums();
  }

  public Sums add(Sums sums, Double interactions, Double audience) {
    return interactions == null || audience == null ? sums : addValues(sums, interactions, audience);
  }

  /** {@link #add} for a row without NULL, its values unboxed. */
  public Sums addValues(Sums sums, double interactions, double audience) {
    if (Double.isFinite(interactions) && Double.isFinite(audience)) {
      sums.interactions += interactions;
      sums.audience += audience;
      sums.any = true;
    }
    return sums;
  }

  public Sums merge(Sums a, Sums b) {
    a.interactions += b.interactions;
    a.audience += b.audience;
    a.any |= b.any;
    return a;
  }

  public Double result(Sums sums) {
    return sums.any ? Ratios.ratio(sums.interactions, sums.audience) : null;
  }
}
