package com.engagementjdbc.functions;

/** The one rule every ratio follows: NULL, NaN, infinite or non-positive denominators give NULL, never an error. */
final class Ratios {
  private Ratios() {
  }

  static Double ratio(Double numerator, Double denominator) {
    if (!isFinite(numerator) || !isFinite(denominator) || denominator <= 0) {
      return null;
    }
    return numerator / denominator;
  }

  static boolean isFinite(Double value) {
    return value != null && Double.isFinite(value);
  }
}
