package com.engagementjdbc.functions;

/**
 * Engagement levels, decayed points and engagement-vs-conversion quadrants. Thresholds compare with {@code >=}.
 */
public final class MatrixScoring {
  /** Default engagement points for a contact to count as engaged. */
  public static final double DEFAULT_ENGAGED_MIN = 10;
  /** Default intent points for a contact to count as engaged to buy. */
  public static final double DEFAULT_BUY_MIN = 50;
  /** Default influence points for a contact to count as engaged to influence. */
  public static final double DEFAULT_INFLUENCE_MIN = 100;

  private MatrixScoring() {
  }

  /**
   * ENGAGEMENT_LEVEL(opted_in, engagement_points, intent_points, influence_points) with the default thresholds
   * (engaged 10, buy 50, influence 100).
   */
  public static String engagementLevel(Boolean optedIn, Double engagementPoints, Double intentPoints,
      Double influencePoints) {
    return engagementLevel(optedIn, engagementPoints, intentPoints, influencePoints, null, null, null);
  }

  /**
   * ENGAGEMENT_LEVEL(opted_in, engagement_points, intent_points, influence_points, engaged_min, buy_min,
   * influence_min) = 'engaged_to_influence' if influence_points >= influence_min, else 'engaged_to_buy' if
   * intent_points >= buy_min, else 'engaged' if opted_in and engagement_points >= engaged_min, else
   * 'not_engaged'. NULL points count as 0, a NULL opted_in as false, a NULL threshold as its default.
   */
  public static String engagementLevel(Boolean optedIn, Double engagementPoints, Double intentPoints,
      Double influencePoints, Double engagedMin, Double buyMin, Double influenceMin) {
    if (points(influencePoints) >= orDefault(influenceMin, DEFAULT_INFLUENCE_MIN)) {
      return "engaged_to_influence";
    }
    if (points(intentPoints) >= orDefault(buyMin, DEFAULT_BUY_MIN)) {
      return "engaged_to_buy";
    }
    if (Boolean.TRUE.equals(optedIn) && points(engagementPoints) >= orDefault(engagedMin, DEFAULT_ENGAGED_MIN)) {
      return "engaged";
    }
    return "not_engaged";
  }

  /**
   * DECAYED_POINTS(points, age_days, half_life_days) = points * 2^(-age_days / half_life_days): points lose half
   * their weight every half-life. NULL for a NULL input or a half-life that is not positive.
   */
  public static Double decayedPoints(Double points, Double ageDays, Double halfLifeDays) {
    if (!Ratios.isFinite(points) || !Ratios.isFinite(ageDays) || !Ratios.isFinite(halfLifeDays)
        || halfLifeDays <= 0) {
      return null;
    }
    return points * Math.pow(2, -ageDays / halfLifeDays);
  }

  /**
   * ENGAGEMENT_QUADRANT(engagement_rate, conversion_rate, engagement_min, conversion_min) =
   * 'engages_and_converts', 'engages_only', 'converts_only' or 'neither', comparing each rate with its threshold
   * by >=. NULL when any input is NULL.
   */
  public static String engagementQuadrant(Double engagementRate, Double conversionRate, Double engagementMin,
      Double conversionMin) {
    if (engagementRate == null || conversionRate == null || engagementMin == null || conversionMin == null
        || engagementRate.isNaN() || conversionRate.isNaN() || engagementMin.isNaN() || conversionMin.isNaN()) {
      return null;
    }
    boolean engages = engagementRate >= engagementMin;
    boolean converts = conversionRate >= conversionMin;
    if (engages) {
      return converts ? "engages_and_converts" : "engages_only";
    }
    return converts ? "converts_only" : "neither";
  }

  private static double points(Double value) {
    return value == null || value.isNaN() ? 0 : value;
  }

  private static double orDefault(Double threshold, double defaultValue) {
    return threshold == null || threshold.isNaN() ? defaultValue : threshold;
  }
}
