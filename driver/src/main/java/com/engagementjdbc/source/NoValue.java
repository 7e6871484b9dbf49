package com.engagementjdbc.source;

import java.util.Set;

/**
 * The texts exports write where a number or a date has no value: {@code --}, {@code -}, {@code —}, {@code –},
 * {@code N/A}, {@code n/a}, {@code NA}, {@code null}, {@code (none)}. In a column of numbers, dates or durations
 * they are NULL; a text column keeps them as its values.
 */
public final class NoValue {
  private static final Set<String> MARKERS = Set.of("--", "-", "\u2014", "\u2013", "N/A", "n/a", "NA", "null",
      "(none)");

  private NoValue() {
  }

  public static boolean isMarker(String cell) {
    if (cell.isEmpty() || cell.length() > 6) {
      return false;
    }
    char first = cell.charAt(0);
    return (first == '-' || first == 'N' || first == 'n' || first == '(' || first == '\u2014' || first == '\u2013')
        && MARKERS.contains(cell);
  }

  /** The markers, as the docs and reasons list them. */
  public static String list() {
    return "--, -, \u2014, \u2013, N/A, n/a, NA, null, (none)";
  }
}
