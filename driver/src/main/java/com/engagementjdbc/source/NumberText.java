package com.engagementjdbc.source;

/**
 * Reads numbers as spreadsheets and exports write them, for one decimal separator.
 *
 * <p>Thousands may be grouped by a space, a no-break space (U+00A0), a narrow no-break space (U+202F) or an
 * apostrophe ({@code 1'234.5}, as Swiss tools write it), and by whichever of {@code ','} and {@code '.'} is not the
 * decimal separator ({@code 1,234.5}, {@code 1.234,5}). Groups must be exactly three digits, so {@code 1,5} is
 * never read as fifteen. Integers with a leading zero ({@code 007}) are identifiers, not numbers, and integers beyond the
 * BIGINT range are not numbers either: keeping them as text keeps every digit.
 */
public final class NumberText {
  private NumberText() {
  }

  /** Returns a {@code Long} for an integer, a {@code Double} for a number with a fraction or exponent, else null. */
  public static Number parse(String text, char decimalSeparator) {
    int length = text.length();
    int i = 0;
    boolean negative = false;
    if (length > 0 && text.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    int integerStart = i;
    int digits = 0;
    int groupDigits = 0;
    char groupSeparator = 0;
    StringBuilder plain = null;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        groupDigits++;
      } else if (isGroupSeparator(c, decimalSeparator)) {
        boolean firstGroup = groupSeparator == 0;
        if ((firstGroup && (groupDigits < 1 || groupDigits > 3)) || (!firstGroup && groupDigits != 3)
            || (!firstGroup && c != groupSeparator) || text.charAt(integerStart) == '0') {
          return null;
        }
        groupSeparator = c;
        groupDigits = 0;
        if (plain == null) {
          plain = new StringBuilder(length).append(text, 0, i);
        }
        continue;
      } else {
        break;
      }
      if (plain != null) {
        plain.append(c);
      }
    }
    if (digits == 0 || (groupSeparator != 0 && groupDigits != 3)) {
      return null;
    }
    if (digits > 1 && text.charAt(integerStart) == '0') {
      return null;
    }
    if (i == length) {
      return parseInteger(plain == null ? text : plain.toString(), digits);
    }
    String integerPart = plain == null ? text.substring(0, i) : plain.toString();
    return parseFraction(text, i, integerPart, decimalSeparator, groupSeparator != 0);
  }

  private static boolean isGroupSeparator(char c, char decimalSeparator) {
    return c == (decimalSeparator == '.' ? ',' : '.') || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'';
  }

  /**
   * How many digits follow the decimal separator in a number's text as {@link #parse} reads it: 0 for an integer,
   * -1 when it has an exponent (its digits then say nothing of its precision).
   */
  public static int fractionDigits(String text, char decimalSeparator) {
    int separator = text.indexOf(decimalSeparator);
    for (int i = Math.max(0, separator); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        return -1;
      }
    }
    return separator < 0 ? 0 : text.length() - separator - 1;
  }

  private static Long parseInteger(String digitsText, int digits) {
    if (digits > 19) {
      return null;
    }
    try {
      return Long.parseLong(digitsText);
    } catch (NumberFormatException outOfRange) {
      return null;
    }
  }

  /** The rest after the integer part: a decimal separator and digits, then an optional exponent. */
  private static Double parseFraction(String text, int start, String integerPart, char decimalSeparator,
      boolean grouped) {
    int length = text.length();
    int i = start;
    StringBuilder normal = new StringBuilder(length).append(integerPart);
    if (text.charAt(i) == decimalSeparator) {
      normal.append('.');
      int fractionStart = ++i;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        normal.append(text.charAt(i++));
      }
      if (i == fractionStart) {
        return null;
      }
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E') && !grouped) {
      normal.append('E');
      i++;
      if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        normal.append(text.charAt(i++));
      }
      int exponentStart = i;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        normal.append(text.charAt(i++));
      }
      if (i == exponentStart) {
        return null;
      }
    }
    if (i != length) {
      return null;
    }
    double value = Double.parseDouble(normal.toString());
    return Double.isInfinite(value) ? null : value;
  }
}
