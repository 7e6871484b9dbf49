package com.engagementjdbc.source;

/**
 * Reads durations as analytics tools write them, {@code h:mm:ss} with an optional fraction of a second
 * ({@code 0:02:53}, {@code 00:01:23}, {@code 1:02:03.5}; the hours may pass 24), as a number of seconds. A value of
 * two parts ({@code 2:53}) is read only when {@code minutesAndSeconds} is set, as minutes and seconds: inferred
 * alone it could as well be a time of day.
 */
public final class DurationText {
  private DurationText() {
  }

  /** The seconds of a duration: a {@code Long}, or a {@code Double} with a fraction; null when it is none. */
  public static Number parse(String text, boolean minutesAndSeconds) {
    int length = text.length();
    int first = digits(text, 0);
    if (first < 1 || first > 9 || first >= length || text.charAt(first) != ':') {
      return null;
    }
    long leading = Long.parseLong(text, 0, first, 10);
    int pos = first + 1;
    int second = twoDigits(text, pos);
    if (second < 0 || second > 59) {
      return null;
    }
    pos += 2;
    long seconds;
    if (pos < length && text.charAt(pos) == ':') {
      int third = twoDigits(text, pos + 1);
      if (third < 0 || third > 59) {
        return null;
      }
      seconds = leading * 3600 + second * 60L + third;
      pos += 3;
    } else if (minutesAndSeconds) {
      seconds = leading * 60 + second;
    } else {
      return null;
    }
    if (pos == length) {
      return seconds;
    }
    if (text.charAt(pos) != '.' || pos + 1 == length || digits(text, pos + 1) != length - pos - 1) {
      return null;
    }
    return Double.parseDouble(seconds + text.substring(pos));
  }

  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static int twoDigits(String text, int pos) {
    if (pos + 2 > text.length() || digits(text, pos) < 2) {
      return -1;
    }
    return (text.charAt(pos) - '0') * 10 + text.charAt(pos + 1) - '0';
  }
}
