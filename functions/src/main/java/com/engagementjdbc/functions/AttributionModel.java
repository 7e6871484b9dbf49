package com.engagementjdbc.functions;

import java.util.Locale;

/** How a conversion's credit is shared among the touches of its window, ordered from first (0) to last. */
public enum AttributionModel {
  /** All the credit to the first touch. */
  FIRST_TOUCH,
  /** All the credit to the last touch. */
  LAST_TOUCH,
  /** 1/n to each of the n touches. */
  LINEAR,
  /** Weight 2^(-days_before / half_life) per touch, normalised so the weights sum to 1. */
  TIME_DECAY,
  /** 40 % to the first, 40 % to the last, 20 % shared by those between; one touch gets 1, two get 0.5 each. */
  POSITION_BASED;

  /** The model a user names ({@code time_decay}, any case); the message lists the valid names otherwise. */
  public static AttributionModel parse(String name) {
    if (name != null) {
      for (AttributionModel model : values()) {
        if (model.name().equalsIgnoreCase(name.trim())) {
          return model;
        }
      }
    }
    throw new IllegalArgumentException("unknown attribution model '" + name + "'; valid models: " + validNames());
  }

  public static String validNames() {
    StringBuilder names = new StringBuilder();
    for (AttributionModel model : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(model.sqlName());
    }
    return names.toString();
  }

  public String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Fills {@code credits} for touches whose days before the conversion are {@code daysBefore}, in touch order.
   */
  void share(double[] daysBefore, double halfLifeDays, double[] credits) {
    int n = daysBefore.length;
    switch (this) {
      case FIRST_TOUCH -> credits[0] = 1;
      case LAST_TOUCH -> credits[n - 1] = 1;
      case LINEAR -> java.util.Arrays.fill(credits, 1.0 / n);
      case TIME_DECAY -> {
        // Relative to the nearest touch, so that a long window cannot make every weight underflow to zero.
        double nearest = Double.POSITIVE_INFINITY;
        for (double days : daysBefore) {
          nearest = Math.min(nearest, days);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
          credits[i] = Math.pow(2, -(daysBefore[i] - nearest) / halfLifeDays);
          sum += credits[i];
        }
        for (int i = 0; i < n; i++) {
          credits[i] /= sum;
        }
      }
      case POSITION_BASED -> {
        if (n == 1) {
          credits[0] = 1;
        } else if (n == 2) {
          credits[0] = 0.5;
          credits[1] = 0.5;
        } else {
          credits[0] = 0.4;
          credits[n - 1] = 0.4;
          for (int i = 1; i < n - 1; i++) {
            credits[i] = 0.2 / (n - 2);
          }
        }
      }
      default -> throw new AssertionError(this);
    }
  }
}
