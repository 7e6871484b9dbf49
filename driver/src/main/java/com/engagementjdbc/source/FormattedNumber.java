package com.engagementjdbc.source;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A number written with what spreadsheets and ad platforms put around it: a percent sign ({@code 3.53%},
 * {@code 2,5 %}), a currency symbol or ISO code before or after ({@code $1,234.56}, {@code 1 234,56 €},
 * {@code EUR 12.50}, {@code US$3.20}), a minus before either ({@code -$3.20}, {@code -5%}) or accounting
 * parentheses ({@code (12.50)}, {@code ($12.50)}). The digits inside are read by {@link NumberText}.
 */
public final class FormattedNumber {
  /** ISO 4217 codes ({@code EUR}, {@code USD}...), as the JDK knows them. */
  private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  private FormattedNumber() {
  }

  /** A cell taken apart: its digits (with their separators), whether it is negative, and its unit. */
  public record Parts(String digits, boolean negative, ValueUnit unit) {
  }

  /**
   * The parts of a cell written with parentheses, a percent sign or a currency; null when it has none of these (a
   * plain number, read by {@link NumberText} alone, or no number at all).
   */
  public static Parts split(String cell) {
    int end = cell.length();
    if (end < 2) {
      return null;
    }
    char first = cell.charAt(0);
    char last = cell.charAt(end - 1);
    if (isDigit(last) && (isDigit(first) || (first == '-' && isDigit(cell.charAt(1))))) {
      return null;
    }
    int start = 0;
    boolean parentheses = first == '(' && last == ')';
    if (parentheses) {
      start++;
      end--;
    }
    boolean negative = false;
    if (start < end && cell.charAt(start) == '-') {
      negative = true;
      start++;
    }
    ValueUnit unit = null;
    int afterSymbol = currencyPrefixEnd(cell, start, end);
    if (afterSymbol > start) {
      unit = ValueUnit.currency(cell.substring(start, afterSymbol).strip());
      start = afterSymbol;
      if (!negative && start < end && cell.charAt(start) == '-') {
        negative = true;
        start++;
      }
    }
    if (start < end && cell.charAt(end - 1) == '%') {
      if (unit != null) {
        return null;
      }
      unit = ValueUnit.PERCENT;
      end = skipSpacesBack(cell, start, end - 1);
    } else if (unit == null) {
      int symbolStart = currencySuffixStart(cell, start, end);
      if (symbolStart < end) {
        unit = ValueUnit.currency(cell.substring(symbolStart, end));
        end = skipSpacesBack(cell, start, symbolStart);
      }
    }
    if ((unit == null && !parentheses) || (parentheses && negative) || start >= end
        || !isDigit(cell.charAt(start)) || !isDigit(cell.charAt(end - 1))) {
      return null;
    }
    return new Parts(cell.substring(start, end), negative || parentheses, unit == null ? ValueUnit.NONE : unit);
  }

  /** The value of a cell's parts under a decimal separator, with its sign and as a fraction for a percentage. */
  public static Number value(Parts parts, char decimalSeparator) {
    Number number = NumberText.parse(parts.digits(), decimalSeparator);
    if (number == null) {
      return null;
    }
    if (parts.unit().kind() == ValueUnit.Kind.PERCENT) {
      // 3.53% is the double nearest 0.0353: the digits are moved, not divided in binary
      number = number instanceof Long whole ? whole / 100.0
          : new BigDecimal(number.toString()).movePointLeft(2).doubleValue();
    }
    if (!parts.negative()) {
      return number;
    }
    return number instanceof Long whole ? (Number) (-whole) : (Number) (-number.doubleValue());
  }

  /** The value of a number column's cell, plain or formatted; null when it is none under the separator. */
  public static Number parse(String cell, char decimalSeparator) {
    Parts parts = split(cell);
    return parts == null ? NumberText.parse(cell, decimalSeparator) : value(parts, decimalSeparator);
  }

  /** The unit a cell is written with, {@link ValueUnit#NONE} for a plain one. */
  public static ValueUnit unitOf(String cell) {
    Parts parts = split(cell);
    return parts == null ? ValueUnit.NONE : parts.unit();
  }

  /**
   * The end of a currency written before the number at {@code start} (a symbol such as {@code $} or {@code €}, with
   * up to three capitals before it as in {@code US$}, or an ISO code), spaces after it included; {@code start} when
   * there is none.
   */
  private static int currencyPrefixEnd(String cell, int start, int end) {
    int i = start;
    while (i < end && i - start < 3 && cell.charAt(i) >= 'A' && cell.charAt(i) <= 'Z') {
      i++;
    }
    if (i < end && Character.getType(cell.charAt(i)) == Character.CURRENCY_SYMBOL) {
      i++;
    } else if (i - start != 3 || !CURRENCY_CODES.contains(cell.substring(start, i))) {
      return start;
    }
    return skipSpaces(cell, i, end);
  }

  /** The start of a currency symbol or ISO code written after the number; {@code end} when there is none. */
  private static int currencySuffixStart(String cell, int start, int end) {
    if (Character.getType(cell.charAt(end - 1)) == Character.CURRENCY_SYMBOL) {
      return end - 1;
    }
    if (end - start > 3 && CURRENCY_CODES.contains(cell.substring(end - 3, end))) {
      char before = cell.charAt(end - 4);
      return isDigit(before) || isSpace(before) ? end - 3 : end;
    }
    return end;
  }

  private static int skipSpaces(String cell, int from, int end) {
    while (from < end && isSpace(cell.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int skipSpacesBack(String cell, int start, int end) {
    while (end > start && isSpace(cell.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
