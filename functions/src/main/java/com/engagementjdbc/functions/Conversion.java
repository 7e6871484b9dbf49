package com.engagementjdbc.functions;

/** Conversion and cost ratios. Each is NULL when an input is NULL or the denominator is not positive. */
public final class Conversion {
  private Conversion() {
  }

  /** CONVERSION_RATE(conversions, base) = conversions / base. */
  public static Double conversionRate(Double conversions, Double base) {
    return Ratios.ratio(conversions, base);
  }

  /** COST_PER_ENGAGEMENT(spend, engagements) = spend / engagements. */
  public static Double costPerEngagement(Double spend, Double engagements) {
    return Ratios.ratio(spend, engagements);
  }

  /** COST_PER_CONVERSION(spend, conversions) = spend / conversions. */
  public static Double costPerConversion(Double spend, Double conversions) {
    return Ratios.ratio(spend, conversions);
  }

  /** ROAS(revenue, spend) = revenue / spend. */
  public static Double roas(Double revenue, Double spend) {
    return Ratios.ratio(revenue, spend);
  }

  /** ROI(revenue, cost) = (revenue - cost) / cost. */
  public static Double roi(Double revenue, Double cost) {
    if (!Ratios.isFinite(revenue) || !Ratios.isFinite(cost)) {
      return null;
    }
    return Ratios.ratio(revenue - cost, cost);
  }
}
