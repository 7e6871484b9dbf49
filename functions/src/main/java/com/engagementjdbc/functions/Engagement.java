package com.engagementjdbc.functions;

/** Engagement rates: interactions relative to the audience that could interact. */
public final class Engagement {
  private Engagement() {
  }

  /**
   * ENGAGEMENT_RATE(interactions, audience) = interactions / audience. The audience is followers (per-post
   * rate by followers), reach or impressions, whichever the analysis is about. NULL when either is NULL or the
   * audience is not positive.
   */
  public static Double engagementRate(Double interactions, Double audience) {
    return Ratios.ratio(interactions, audience);
  }

  /**
   * ENGAGEMENT_RATE(likes, comments, shares, audience) = (likes + comments + shares) / audience. A NULL count
   * counts as 0 unless all three are NULL (then NULL); NULL when the audience is NULL or not positive.
   */
  public static Double engagementRate(Double likes, Double comments, Double shares, Double audience) {
    if (likes == null && comments == null && shares == null) {
      return null;
    }
    return Ratios.ratio(zeroIfNull(likes) + zeroIfNull(comments) + zeroIfNull(shares), audience);
  }

  private static double zeroIfNull(Double value) {
    return value == null ? 0 : value;
  }
}
