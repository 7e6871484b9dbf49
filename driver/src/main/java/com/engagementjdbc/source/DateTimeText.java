package com.engagementjdbc.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads dates and timestamps in the shapes exports use: ISO ({@code 2026-03-14}, {@code 2026-03-14T18:05:00Z},
 * {@code 2026-03-14 18:05:00.250+01:00}, {@code +0100} without colon), day/month/year numbers separated by
 * {@code /}, {@code .} or {@code -} ({@code 14/03/2026}, {@code 03/14/2026 6:05 PM}) in a given order, and dates
 * with the month's English or French name ({@code Nov 27, 2026}, {@code November 1, 2026 07:30 PM},
 * {@code 27 Nov 2026}, {@code 27-Nov-2026}, {@code 27 nov. 2026}, {@code 1er novembre 2026 à 19:30}).
 *
 * <p>A timestamp with an offset is converted to UTC; one without is kept as written. The result is a
 * {@link Moment}: days since the epoch, and the time of day in milliseconds when the text has one.
 */
public final class DateTimeText {
  static final long MILLIS_PER_DAY = 86_400_000L;

  /** The shape of a date's digits. */
  public enum Shape { ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_NAME }

  /** Month names and their abbreviations, English and French, lower case without a trailing dot. */
  private static final Map<String, Integer> MONTHS = months();

  private static Map<String, Integer> months() {
    String[][] names = {
        {"january", "jan", "janvier", "janv"}, {"february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev"},
        {"march", "mar", "mars"}, {"april", "apr", "avril", "avr"}, {"may", "mai"}, {"june", "jun", "juin"},
        {"july", "jul", "juillet", "juil"}, {"august", "aug", "août", "aout"},
        {"september", "sep", "sept", "septembre"}, {"october", "oct", "octobre"},
        {"november", "nov", "novembre"}, {"december", "dec", "décembre", "decembre", "déc"}};
    Map<String, Integer> months = new HashMap<>();
    for (int month = 0; month < names.length; month++) {
      for (String name : names[month]) {
        months.put(name, month + 1);
      }
    }
    return months;
  }

  /** A parsed value: {@code hasTime} false for a plain date. */
  public record Moment(int epochDay, long millisOfDay, boolean hasTime) {
    public long epochMillis() {
      return epochDay * MILLIS_PER_DAY + millisOfDay;
    }
  }

  private DateTimeText() {
  }

  /** What {@link #plainIsoMillis} gives for text that is not a plain ISO date or timestamp. */
  public static final long NOT_PLAIN = Long.MIN_VALUE;
  /** Plain ISO text is read here for years 1900 to 2199; {@link #parse} reads the others. */
  private static final int FIRST_YEAR = 1900;
  private static final int[] MONTH_STARTS = monthStarts(300);

  /** The epoch day of the first day of each month from {@link #FIRST_YEAR} on, and one more for the last's end. */
  private static int[] monthStarts(int years) {
    int[] starts = new int[years * 12 + 1];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = (int) LocalDate.of(FIRST_YEAR + i / 12, i % 12 + 1, 1).toEpochDay();
    }
    return starts;
  }

  /**
   * The epoch milliseconds of ASCII text {@code bytes[start, end)} that is a plain ISO date ({@code yyyy-MM-dd},
   * 10 bytes) or timestamp ({@code yyyy-MM-dd HH:mm:ss} or with {@code T}, 19 bytes), the shapes nearly every
   * export writes, read without a String; else {@link #NOT_PLAIN}, and {@link #parse} reads the text. Gives what
   * {@code parse(text, ISO).epochMillis()} gives, the text having a time when it is longer than 10 bytes.
   */
  public static long plainIsoMillis(byte[] bytes, int start, int end) {
    int length = end - start;
    if ((length != 10 && length != 19) || bytes[start + 4] != '-' || bytes[start + 7] != '-') {
      return NOT_PLAIN;
    }
    int year = digits(bytes, start, 4);
    int month = digits(bytes, start + 5, 2);
    int day = digits(bytes, start + 8, 2);
    int monthIndex = (year - FIRST_YEAR) * 12 + month - 1;
    if (year < FIRST_YEAR || month < 1 || month > 12 || monthIndex + 1 >= MONTH_STARTS.length || day < 1
        || day > MONTH_STARTS[monthIndex + 1] - MONTH_STARTS[monthIndex]) {
      return NOT_PLAIN;
    }
    long epochDay = MONTH_STARTS[monthIndex] + day - 1;
    if (length == 10) {
      return epochDay * MILLIS_PER_DAY;
    }
    byte separator = bytes[start + 10];
    if ((separator != ' ' && separator != 'T') || bytes[start + 13] != ':' || bytes[start + 16] != ':') {
      return NOT_PLAIN;
    }
    int hour = digits(bytes, start + 11, 2);
    int minute = digits(bytes, start + 14, 2);
    int second = digits(bytes, start + 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return NOT_PLAIN;
    }
    return epochDay * MILLIS_PER_DAY + ((hour * 60L + minute) * 60 + second) * 1000;
  }

  /** The number written by {@code count} ASCII digits at {@code pos}, or -1 when one of them is not a digit. */
  private static int digits(byte[] bytes, int pos, int count) {
    int value = 0;
    for (int i = pos; i < pos + count; i++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** Whether the text starts like an ISO date ({@code yyyy-MM-dd}). */
  public static boolean looksIso(String text) {
    return text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
  }

  /** Parses text of the given shape; null when it is not a valid date or timestamp of that shape. */
  public static Moment parse(String text, Shape shape) {
    if (shape == Shape.MONTH_NAME) {
      return parseMonthName(text);
    }
    int length = text.length();
    int year;
    int month;
    int day;
    int pos;
    if (shape == Shape.ISO) {
      if (!looksIso(text)) {
        return null;
      }
      year = digits(text, 0, 4);
      month = digits(text, 5, 2);
      day = digits(text, 8, 2);
      pos = 10;
    } else {
      int first = runOfDigits(text, 0);
      if (first < 1 || first > 2 || first >= length) {
        return null;
      }
      char separator = text.charAt(first);
      if (separator != '/' && separator != '.' && separator != '-') {
        return null;
      }
      int secondStart = first + 1;
      int second = runOfDigits(text, secondStart);
      if (second < 1 || second > 2 || secondStart + second >= length
          || text.charAt(secondStart + second) != separator) {
        return null;
      }
      int yearStart = secondStart + second + 1;
      if (runOfDigits(text, yearStart) != 4) {
        return null;
      }
      int a = digits(text, 0, first);
      int b = digits(text, secondStart, second);
      day = shape == Shape.DAY_MONTH_YEAR ? a : b;
      month = shape == Shape.DAY_MONTH_YEAR ? b : a;
      year = digits(text, yearStart, 4);
      pos = yearStart + 4;
    }
    int epochDay = epochDay(year, month, day);
    if (epochDay == NO_DAY) {
      return null;
    }
    if (pos == length) {
      return new Moment(epochDay, 0, false);
    }
    return parseTime(text, pos, epochDay);
  }

  /** What {@link #epochDay} gives for numbers that are no date. */
  private static final int NO_DAY = Integer.MIN_VALUE;

  /** The epoch day of a date given by its numbers (negative for a part not read), or {@link #NO_DAY}. */
  private static int epochDay(int year, int month, int day) {
    if (year < 0 || month < 0 || day < 0) {
      return NO_DAY;
    }
    try {
      return (int) LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException invalid) {
      return NO_DAY;
    }
  }

  /**
   * {@code Month D, YYYY} or {@code D Month YYYY} (the parts separated by spaces or, day first, by {@code -}), the
   * month named in full or abbreviated with or without a dot, then optionally a time as {@link #parseTime} reads it,
   * after a space, {@code , } or {@code  à }.
   */
  private static Moment parseMonthName(String text) {
    int length = text.length();
    if (length < 8 || length > 40) {
      return null;
    }
    int day;
    int month;
    int pos;
    if (Character.isLetter(text.charAt(0))) {
      int nameEnd = runOfLetters(text, 0);
      month = month(text, 0, nameEnd);
      pos = skipDot(text, nameEnd);
      int dayStart = skipSpaces(text, pos);
      int dayDigits = runOfDigits(text, dayStart);
      if (month < 0 || dayStart == pos || dayDigits < 1 || dayDigits > 2) {
        return null;
      }
      day = digits(text, dayStart, dayDigits);
      pos = dayStart + dayDigits;
      if (pos < length && text.charAt(pos) == ',') {
        pos++;
      }
      int yearStart = skipSpaces(text, pos);
      if (yearStart == pos) {
        return null;
      }
      pos = yearStart;
    } else {
      int dayDigits = runOfDigits(text, 0);
      if (dayDigits < 1 || dayDigits > 2) {
        return null;
      }
      day = digits(text, 0, dayDigits);
      pos = dayDigits;
      if (day == 1 && text.startsWith("er", pos)) {
        pos += 2;
      }
      char separator = pos < length ? text.charAt(pos) : 0;
      if (separator != ' ' && separator != '-') {
        return null;
      }
      int nameEnd = runOfLetters(text, pos + 1);
      month = month(text, pos + 1, nameEnd);
      pos = skipDot(text, nameEnd);
      if (month < 0 || pos >= length || text.charAt(pos) != separator) {
        return null;
      }
      pos = separator == ' ' ? skipSpaces(text, pos) : pos + 1;
    }
    if (runOfDigits(text, pos) != 4) {
      return null;
    }
    int epochDay = epochDay(digits(text, pos, 4), month, day);
    pos += 4;
    if (epochDay == NO_DAY) {
      return null;
    }
    if (pos == length) {
      return new Moment(epochDay, 0, false);
    }
    if (text.charAt(pos) == ',') {
      pos++;
    } else if (text.startsWith(" \u00e0", pos)) {
      pos += 2;
    }
    return pos < length ? parseTime(text, pos, epochDay) : null;
  }

  /** The month a name in {@code text[start, end)} stands for, any case; -1 for none. */
  private static int month(String text, int start, int end) {
    if (end - start < 3) {
      return -1;
    }
    Integer month = MONTHS.get(text.substring(start, end).toLowerCase(Locale.ROOT));
    return month == null ? -1 : month;
  }

  private static int runOfLetters(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipDot(String text, int pos) {
    return pos < text.length() && text.charAt(pos) == '.' ? pos + 1 : pos;
  }

  private static int skipSpaces(String text, int pos) {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
    return pos;
  }

  /** Whether a cell may be a date with a month's name: it has a letter among its first four characters. */
  public static boolean mayNameMonth(String text) {
    for (int i = 0; i < Math.min(4, text.length()); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code [T| ]HH:mm[:ss[.fff]][[ ]AM|PM][Z|±HH[:]MM|±HH]} after the date. */
  private static Moment parseTime(String text, int pos, int epochDay) {
    int length = text.length();
    char separator = text.charAt(pos);
    if (separator != 'T' && separator != ' ') {
      return null;
    }
    pos++;
    int hourDigits = runOfDigits(text, pos);
    if (hourDigits < 1 || hourDigits > 2 || pos + hourDigits >= length || text.charAt(pos + hourDigits) != ':') {
      return null;
    }
    int hour = digits(text, pos, hourDigits);
    pos += hourDigits + 1;
    int minute = twoDigits(text, pos);
    if (minute < 0 || minute > 59) {
      return null;
    }
    pos += 2;
    int second = 0;
    int millis = 0;
    if (pos < length && text.charAt(pos) == ':') {
      second = twoDigits(text, pos + 1);
      if (second < 0 || second > 59) {
        return null;
      }
      pos += 3;
      if (pos < length && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
        int fractionDigits = runOfDigits(text, pos + 1);
        if (fractionDigits == 0) {
          return null;
        }
        // Beyond milliseconds the digits are dropped: TIMESTAMP(3) is what the driver reports.
        for (int k = 0; k < 3; k++) {
          millis = millis * 10 + (k < fractionDigits ? text.charAt(pos + 1 + k) - '0' : 0);
        }
        pos += 1 + fractionDigits;
      }
    }
    int meridiem = pos + 3 <= length && text.charAt(pos) == ' ' ? pos + 1 : pos;
    if (meridiem + 2 <= length && isMeridiem(text, meridiem)) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      boolean pm = Character.toUpperCase(text.charAt(meridiem)) == 'P';
      hour = hour % 12 + (pm ? 12 : 0);
      pos = meridiem + 2;
    }
    if (hour > 23) {
      return null;
    }
    long millisOfDay = ((hour * 60L + minute) * 60 + second) * 1000 + millis;
    if (pos == length) {
      return new Moment(epochDay, millisOfDay, true);
    }
    Integer offsetMinutes = parseOffset(text, pos);
    if (offsetMinutes == null) {
      return null;
    }
    long utc = epochDay * MILLIS_PER_DAY + millisOfDay - offsetMinutes * 60_000L;
    return new Moment((int) Math.floorDiv(utc, MILLIS_PER_DAY), Math.floorMod(utc, MILLIS_PER_DAY), true);
  }

  private static boolean isMeridiem(String text, int pos) {
    char a = Character.toUpperCase(text.charAt(pos));
    char m = Character.toUpperCase(text.charAt(pos + 1));
    return (a == 'A' || a == 'P') && m == 'M';
  }

  /** Minutes east of UTC for {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or {@code ±HH}; null when malformed. */
  private static Integer parseOffset(String text, int pos) {
    int rest = text.length() - pos;
    char sign = text.charAt(pos);
    if (sign == 'Z' && rest == 1) {
      return 0;
    }
    if (sign != '+' && sign != '-') {
      return null;
    }
    int hours = twoDigits(text, pos + 1);
    int minutes;
    if (rest == 3) {
      minutes = 0;
    } else if (rest == 5) {
      minutes = twoDigits(text, pos + 3);
    } else if (rest == 6 && text.charAt(pos + 3) == ':') {
      minutes = twoDigits(text, pos + 4);
    } else {
      return null;
    }
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return null;
    }
    int total = hours * 60 + minutes;
    return sign == '-' ? -total : total;
  }

  private static int runOfDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static int twoDigits(String text, int pos) {
    return pos + 2 <= text.length() && runOfDigits(text, pos) >= 2 ? digits(text, pos, 2) : -1;
  }

  /** The number written by {@code count} ASCII digits at {@code pos}, or -1 when one of them is not a digit. */
  private static int digits(String text, int pos, int count) {
    int value = 0;
    for (int i = pos; i < pos + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
