package com.engagementjdbc.functions;

import java.util.List;

/**
 * Every SQL function of this package, one entry per signature: what an engine registers, and what metadata
 * (DatabaseMetaData.getFunctions) and the documentation show. The remarks state the formula.
 */
public final class FunctionCatalog {
  /**
   * Scalar: a static method. Aggregate: a class with init/add/merge/result and, when its arguments are numbers,
   * addValues taking a row without NULL as primitive doubles (an engine folding many rows boxes no value). Table:
   * implemented by the engine.
   */
  public enum Kind { SCALAR, AGGREGATE, TABLE }

  /**
   * @param methodName the static method of a scalar function, or the entry point of a table function; null for
   *     aggregates
   * @param arity the number of SQL arguments
   */
  public record FunctionSpec(String sqlName, String signature, String remarks, Kind kind, Class<?> implementation,
      String methodName, int arity) {
  }

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      scalar("ENGAGEMENT_RATE", "ENGAGEMENT_RATE(interactions, audience)",
          "interactions / audience; NULL if audience is NULL or <= 0", Engagement.class, "engagementRate", 2),
      scalar("ENGAGEMENT_RATE", "ENGAGEMENT_RATE(likes, comments, shares, audience)",
          "(likes + comments + shares) / audience; a NULL count is 0 unless all three are NULL; NULL if audience"
              + " is NULL or <= 0", Engagement.class, "engagementRate", 4),
      aggregate("ENGAGEMENT_RATE_AGG", "ENGAGEMENT_RATE_AGG(interactions, audience)",
          "aggregate: SUM(interactions) / SUM(audience) over rows where both are non-NULL; NULL if no row or the"
              + " summed audience <= 0", EngagementRateAgg.class, 2),
      scalar("CONVERSION_RATE", "CONVERSION_RATE(conversions, base)",
          "conversions / base; NULL if base is NULL or <= 0", Conversion.class, "conversionRate", 2),
      scalar("COST_PER_ENGAGEMENT", "COST_PER_ENGAGEMENT(spend, engagements)",
          "spend / engagements; NULL if engagements is NULL or <= 0", Conversion.class, "costPerEngagement", 2),
      scalar("COST_PER_CONVERSION", "COST_PER_CONVERSION(spend, conversions)",
          "spend / conversions; NULL if conversions is NULL or <= 0", Conversion.class, "costPerConversion", 2),
      scalar("ROAS", "ROAS(revenue, spend)", "revenue / spend; NULL if spend is NULL or <= 0", Conversion.class,
          "roas", 2),
      scalar("ROI", "ROI(revenue, cost)", "(revenue - cost) / cost; NULL if cost is NULL or <= 0",
          Conversion.class, "roi", 2),
      new FunctionSpec("LINK_CONVERSIONS",
          "LINK_CONVERSIONS(touches_table, conversions_table [, model [, lookback_days [, half_life_days]]])",
          "table: one row per (conversion, touch of the same contact with converted_at - lookback <= touched_at"
              + " <= converted_at) with its credit; models first_touch, last_touch, linear, time_decay"
              + " (2^(-days_before/half_life), normalised), position_based (40/20/40); credits of a conversion sum"
              + " to 1; no touch: one row with NULL channel and credit 1", Kind.TABLE, ConversionLinkage.class,
          "link", 5),
      aggregate("MATRIX_SCORE", "MATRIX_SCORE(score, weight)",
          "aggregate: 100 * SUM(weight * score / 5) / SUM(weight) over rows with non-NULL score and non-NULL,"
              + " non-negative weight; NULL if no row counts", MatrixScore.class, 2),
      aggregate("MATRIX_SCORE", "MATRIX_SCORE(score, weight, max_score)",
          "aggregate: 100 * SUM(weight * score / max_score) / SUM(weight); NULL max_score means 5, max_score <= 0"
              + " leaves the row out", MatrixScoreWithMax.class, 3),
      scalar("ENGAGEMENT_LEVEL", "ENGAGEMENT_LEVEL(opted_in, engagement_points, intent_points, influence_points)",
          "'engaged_to_influence' if influence_points >= 100, else 'engaged_to_buy' if intent_points >= 50, else"
              + " 'engaged' if opted_in and engagement_points >= 10, else 'not_engaged'; NULL points are 0",
          MatrixScoring.class, "engagementLevel", 4),
      scalar("ENGAGEMENT_LEVEL", "ENGAGEMENT_LEVEL(opted_in, engagement_points, intent_points, influence_points,"
              + " engaged_min, buy_min, influence_min)",
          "'engaged_to_influence' if influence_points >= influence_min, else 'engaged_to_buy' if intent_points"
              + " >= buy_min, else 'engaged' if opted_in and engagement_points >= engaged_min, else 'not_engaged'",
          MatrixScoring.class, "engagementLevel", 7),
      scalar("DECAYED_POINTS", "DECAYED_POINTS(points, age_days, half_life_days)",
          "points * 2^(-age_days / half_life_days); NULL if half_life_days <= 0", MatrixScoring.class,
          "decayedPoints", 3),
      scalar("ENGAGEMENT_QUADRANT", "ENGAGEMENT_QUADRANT(engagement_rate, conversion_rate, engagement_min,"
              + " conversion_min)",
          "'engages_and_converts', 'engages_only', 'converts_only' or 'neither' (each rate >= its minimum);"
              + " NULL if any input is NULL", MatrixScoring.class, "engagementQuadrant", 4),
      aggregate("BEST_SEND_HOUR", "BEST_SEND_HOUR(ts)",
          "aggregate: the hour of day (0-23, as stored) with the most timestamps; ties to the earliest hour",
          BestSendHour.class, 1));

  private FunctionCatalog() {
  }

  private static FunctionSpec scalar(String name, String signature, String remarks, Class<?> type, String method,
      int arity) {
    return new FunctionSpec(name, signature, remarks, Kind.SCALAR, type, method, arity);
  }

  private static FunctionSpec aggregate(String name, String signature, String remarks, Class<?> type, int arity) {
    return new FunctionSpec(name, signature, remarks, Kind.AGGREGATE, type, null, arity);
  }
}
