package com.engagementjdbc.source;

/**
 * What a column's values carry besides their number, stripped when they are read: a percent sign (the value is
 * then the fraction, {@code 3.53%} is 0.0353, as a spreadsheet stores it), a currency (its symbol or code as
 * written), or a duration written {@code h:mm:ss} (the value is a number of seconds).
 */
public record ValueUnit(Kind kind, String currency) {
  /** The kinds of unit. */
  public enum Kind { NONE, PERCENT, CURRENCY, DURATION }

  public static final ValueUnit NONE = new ValueUnit(Kind.NONE, null);
  public static final ValueUnit PERCENT = new ValueUnit(Kind.PERCENT, null);
  public static final ValueUnit DURATION = new ValueUnit(Kind.DURATION, null);

  public static ValueUnit currency(String symbol) {
    return new ValueUnit(Kind.CURRENCY, symbol);
  }

  /** How {@code sys.source_columns.unit} shows it: null for none. */
  public String label() {
    switch (kind) {
      case PERCENT: return "percent";
      case CURRENCY: return "currency " + currency;
      case DURATION: return "seconds";
      default: return null;
    }
  }

  /** How a value with the unit is written, for reasons: {@code 'a percentage'}, {@code 'an amount in €'}. */
  String describe() {
    switch (kind) {
      case PERCENT: return "a percentage";
      case CURRENCY: return "an amount in " + currency;
      case DURATION: return "a duration";
      default: return "a plain number";
    }
  }
}
