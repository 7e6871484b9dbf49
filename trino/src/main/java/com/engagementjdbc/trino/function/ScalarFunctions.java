package com.engagementjdbc.trino.function;

import com.engagementjdbc.functions.Conversion;
import com.engagementjdbc.functions.Engagement;
import com.engagementjdbc.functions.MatrixScoring;
import io.airlift.slice.Slice;
import io.airlift.slice.Slices;
import io.trino.spi.function.ScalarFunction;
import io.trino.spi.function.SqlNullable;
import io.trino.spi.function.SqlType;
import io.trino.spi.type.StandardTypes;

/**
 * The scalar functions, each the formula of {@code functions/} under the driver's name. Arguments are DOUBLE (Trino
 * widens INTEGER, BIGINT, REAL and DECIMAL to it) and may be NULL: the formulas decide what a NULL gives.
 */
public final class ScalarFunctions {
  private ScalarFunctions() {
  }

  @ScalarFunction("engagement_rate")
  @SqlNullable
  @SqlType(StandardTypes.DOUBLE)
  public static Double engagementRate(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double interactions,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double audience) {
    return Engagement.engagementRate(interactions, audience);
  }

  @ScalarFunction("engagement_rate")
  @SqlNullable
  @SqlType(StandardTypes.DOUBLE)
  public static Double engagementRate(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double likes,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double comments,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double shares,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double audience) {
    return Engagement.engagementRate(likes, comments, shares, audience);
  }

  @ScalarFunction("conversion_rate")
  @SqlNullable
  @SqlType(StandardTypes.DOUBLE)
  public static Double conversionRate(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double conversions,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double base) {
    return Conversion.conversionRate(conversions, base);
  }

  @ScalarFunction("cost_per_engagement")
  @SqlNullable
  @SqlType(StandardTypes.DOUBLE)
  public static Double costPerEngagement(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double spend,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double engagements) {
    return Conversion.costPerEngagement(spend, engagements);
  }

  @ScalarFunction("cost_per_conversion")
  @SqlNullable
  @SqlType(StandardTypes.DOUBLE)
  public static Double costPerConversion(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double spend,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double conversions) {
    return Conversion.costPerConversion(spend, conversions);
  }

  @ScalarFunction("roas")
  @SqlNullable
  @SqlType(StandardTypes.DOUBLE)
  public static Double roas(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double revenue,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double spend) {
    return Conversion.roas(revenue, spend);
  }

  @ScalarFunction("roi")
  @SqlNullable
  @SqlType(StandardTypes.DOUBLE)
  public static Double roi(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double revenue,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double cost) {
    return Conversion.roi(revenue, cost);
  }

  @ScalarFunction("engagement_level")
  @SqlType(StandardTypes.VARCHAR)
  public static Slice engagementLevel(@SqlNullable @SqlType(StandardTypes.BOOLEAN) Boolean optedIn,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double engagementPoints,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double intentPoints,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double influencePoints) {
    return Slices.utf8Slice(MatrixScoring.engagementLevel(optedIn, engagementPoints, intentPoints, influencePoints));
  }

  @ScalarFunction("engagement_level")
  @SqlType(StandardTypes.VARCHAR)
  public static Slice engagementLevel(@SqlNullable @SqlType(StandardTypes.BOOLEAN) Boolean optedIn,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double engagementPoints,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double intentPoints,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double influencePoints,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double engagedMin,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double buyMin,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double influenceMin) {
    return Slices.utf8Slice(MatrixScoring.engagementLevel(optedIn, engagementPoints, intentPoints, influencePoints,
        engagedMin, buyMin, influenceMin));
  }

  @ScalarFunction("decayed_points")
  @SqlNullable
  @SqlType(StandardTypes.DOUBLE)
  public static Double decayedPoints(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double points,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double ageDays,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double halfLifeDays) {
    return MatrixScoring.decayedPoints(points, ageDays, halfLifeDays);
  }

  @ScalarFunction("engagement_quadrant")
  @SqlNullable
  @SqlType(StandardTypes.VARCHAR)
  public static Slice engagementQuadrant(@SqlNullable @SqlType(StandardTypes.DOUBLE) Double engagementRate,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double conversionRate,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double engagementMin,
      @SqlNullable @SqlType(StandardTypes.DOUBLE) Double conversionMin) {
    String quadrant = MatrixScoring.engagementQuadrant(engagementRate, conversionRate, engagementMin, conversionMin);
    return quadrant == null ? null : Slices.utf8Slice(quadrant);
  }
}
