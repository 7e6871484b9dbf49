package com.engagementjdbc.source;

import com.engagementjdbc.source.DateTimeText.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the profiles of a file's columns into one {@link ColumnFormat} each. A column's own values decide
 * first; what they leave open (which decimal separator, which day/month order) is decided once for the whole
 * file, from the columns that did settle it, then from the options, then from the file's conventions.
 */
public final class TypeDecision {
  /** The most digits after the decimal point an amount of money keeps as DECIMAL. */
  private static final int MAX_DECIMAL_SCALE = 6;
  /** Amounts read through a double give their digits back exactly up to 15 significant digits. */
  private static final double EXACT_DIGITS = 1e15;
  private final Character fileDecimal;
  private final DateOrder fileDateOrder;
  private final char fallbackDecimal;

  private TypeDecision(Character fileDecimal, DateOrder fileDateOrder, char fallbackDecimal) {
    this.fileDecimal = fileDecimal;
    this.fileDateOrder = fileDateOrder;
    this.fallbackDecimal = fallbackDecimal;
  }

  /**
   * @param forcedTypes column index to the type a sidecar or option imposes
   * @param durations the indexes of the columns a sidecar declares {@code DURATION}
   * @param delimiter the file's field delimiter: with {@code ;} a lone {@code 1,234} is read as 1.234
   */
  public static List<ColumnFormat> decide(List<ColumnProfile> profiles, ReadOptions options,
      Map<Integer, ColumnType> forcedTypes, Set<Integer> durations, char delimiter) {
    int dotOnly = 0;
    int commaOnly = 0;
    int dayFirstOnly = 0;
    int monthFirstOnly = 0;
    for (ColumnProfile profile : profiles) {
      boolean dot = profile.numbers('.').possible(profile.values());
      boolean comma = profile.numbers(',').possible(profile.values());
      dotOnly += dot && !comma ? 1 : 0;
      commaOnly += comma && !dot ? 1 : 0;
      boolean dmy = profile.fits(Shape.DAY_MONTH_YEAR, true);
      boolean mdy = profile.fits(Shape.MONTH_DAY_YEAR, true);
      dayFirstOnly += dmy && !mdy ? 1 : 0;
      monthFirstOnly += mdy && !dmy ? 1 : 0;
    }
    Character decimal = options.decimalSeparator();
    boolean commaEvidence = false;
    if (decimal == null && dotOnly != commaOnly) {
      decimal = commaOnly > dotOnly ? ',' : '.';
      commaEvidence = decimal == ',';
    }
    DateOrder order = options.dateOrder();
    if (order == DateOrder.AUTO && dayFirstOnly != monthFirstOnly) {
      order = dayFirstOnly > monthFirstOnly ? DateOrder.DMY : DateOrder.MDY;
    } else if (order == DateOrder.AUTO && (commaEvidence || Character.valueOf(',').equals(options.decimalSeparator()))) {
      // Files that write 12,5 write dates day first; no such convention exists for the decimal point.
      order = DateOrder.DMY;
    }
    TypeDecision decision = new TypeDecision(decimal, order, delimiter == ';' ? ',' : '.');
    List<ColumnFormat> formats = new ArrayList<>(profiles.size());
    for (int i = 0; i < profiles.size(); i++) {
      ColumnType forced = forcedTypes.get(i);
      ColumnProfile profile = profiles.get(i);
      ColumnFormat format = forced == null ? decision.inferred(profile)
          : durations.contains(i) ? decision.declaredDuration() : decision.forced(forced, profile);
      formats.add(format.withNoValues(profile.noValues(), profile.firstNoValue()));
    }
    return formats;
  }

  /** A declared type; numbers keep the unit the column's values have, DECIMAL the scale they need. */
  private ColumnFormat forced(ColumnType type, ColumnProfile profile) {
    char decimal = fileDecimal != null ? fileDecimal : fallbackDecimal;
    ValueUnit unit = profile.unit() == null || profile.unit().kind() == ValueUnit.Kind.DURATION
        ? ValueUnit.NONE : profile.unit();
    int scale = profile.numbers(decimal).scale;
    return new ColumnFormat(type, decimal, orderShape(fileDateOrder, Shape.DAY_MONTH_YEAR), unit,
        scale < 0 ? MAX_DECIMAL_SCALE : scale, 0, "declared " + type + suffix(unit));
  }

  private ColumnFormat declaredDuration() {
    return new ColumnFormat(ColumnType.DOUBLE, '.', Shape.ISO, ValueUnit.DURATION, 0, 0,
        "declared DURATION: h:mm:ss or m:ss read as seconds");
  }

  private static String suffix(ValueUnit unit) {
    return unit.kind() == ValueUnit.Kind.NONE ? "" : " (" + unit.label() + ")";
  }

  private ColumnFormat inferred(ColumnProfile profile) {
    if (profile.values() == 0) {
      return ColumnFormat.varchar(profile.noValues() == 0 ? "VARCHAR: the column has no value"
          : "VARCHAR: every value is a marker of no value, such as '" + profile.firstNoValue() + "'");
    }
    if (profile.allBoolean()) {
      return new ColumnFormat(ColumnType.BOOLEAN, '.', Shape.ISO, "BOOLEAN: every value is true or false");
    }
    ColumnFormat number = number(profile);
    if (number != null) {
      return number;
    }
    ColumnFormat date = date(profile);
    if (date != null) {
      return date;
    }
    ColumnProfile.NumberProfile seconds = profile.durations();
    if (seconds.possible(profile.values())) {
      ColumnType type = !seconds.integral ? ColumnType.DOUBLE
          : seconds.fitsInteger ? ColumnType.INTEGER : ColumnType.BIGINT;
      return new ColumnFormat(type, '.', Shape.ISO, ValueUnit.DURATION, 0, 0,
          type + ": every value is a duration h:mm:ss, read as a number of seconds");
    }
    String mixed = profile.mixedUnits();
    if (mixed != null) {
      return ColumnFormat.varchar("VARCHAR: numbers of different units, not added together: " + mixed);
    }
    return ColumnFormat.varchar("VARCHAR: line " + profile.firstVarcharLine() + " has '"
        + abbreviate(profile.firstVarcharValue()) + "'");
  }

  private ColumnFormat number(ColumnProfile profile) {
    boolean dot = profile.numbers('.').possible(profile.values());
    boolean comma = profile.numbers(',').possible(profile.values());
    if (!dot && !comma) {
      return null;
    }
    char decimal;
    String why;
    if (dot && comma) {
      if (profile.numberNeedsNoSeparatorChoice()) {
        // the values read the same either way; the file's convention is the truthful one to report
        decimal = fileDecimal != null ? fileDecimal : '.';
        why = "";
      } else {
        decimal = fileDecimal != null ? fileDecimal : fallbackDecimal;
        why = " (decimal separator '" + decimal + "' chosen for the file)";
      }
    } else {
      decimal = dot ? '.' : ',';
      why = " (decimal separator '" + decimal + "')";
    }
    ColumnProfile.NumberProfile numbers = profile.numbers(decimal);
    ValueUnit unit = profile.unit();
    if (unit.kind() == ValueUnit.Kind.PERCENT) {
      return new ColumnFormat(ColumnType.DOUBLE, decimal, Shape.ISO, unit, 0, 0,
          "DOUBLE: percentages, read as fractions (3.53% is 0.0353)" + why);
    }
    if (unit.kind() == ValueUnit.Kind.CURRENCY) {
      return money(numbers, decimal, unit, why);
    }
    if (numbers.integral) {
      return numbers.fitsInteger
          ? new ColumnFormat(ColumnType.INTEGER, decimal, Shape.ISO, "INTEGER: every value is a whole number" + why)
          : new ColumnFormat(ColumnType.BIGINT, decimal, Shape.ISO,
              "BIGINT: whole numbers beyond the INTEGER range" + why);
    }
    return new ColumnFormat(ColumnType.DOUBLE, decimal, Shape.ISO, "DOUBLE: numbers with a fraction" + why);
  }

  /**
   * Amounts of money are DECIMAL, exact: a sum of cents has no binary rounding ({@code $0.10} three times is 0.30).
   * Amounts beyond what 18 digits hold at their scale, or written with an exponent, are DOUBLE.
   */
  private static ColumnFormat money(ColumnProfile.NumberProfile numbers, char decimal, ValueUnit unit, String why) {
    int scale = numbers.scale;
    String amounts = "amounts in " + unit.currency();
    if (scale >= 0 && scale <= MAX_DECIMAL_SCALE && numbers.largestFraction * Math.pow(10, scale) < EXACT_DIGITS) {
      return new ColumnFormat(ColumnType.DECIMAL, decimal, Shape.ISO, unit, scale, 0,
          "DECIMAL(" + ColumnFormat.DECIMAL_PRECISION + "," + scale + "): " + amounts + ", added up exactly" + why);
    }
    return new ColumnFormat(ColumnType.DOUBLE, decimal, Shape.ISO, unit, 0, 0,
        "DOUBLE: " + amounts + " with more digits than an exact DECIMAL holds" + why);
  }

  private ColumnFormat date(ColumnProfile profile) {
    for (boolean timestamp : new boolean[] {false, true}) {
      ColumnType type = timestamp ? ColumnType.TIMESTAMP : ColumnType.DATE;
      if (profile.fits(Shape.ISO, timestamp)) {
        return new ColumnFormat(type, '.', Shape.ISO, type + ": every value is an ISO " + noun(timestamp));
      }
      if (profile.fits(Shape.MONTH_NAME, timestamp)) {
        return new ColumnFormat(type, '.', Shape.MONTH_NAME, type + ": every value is a " + noun(timestamp)
            + " with the month's name");
      }
      boolean dmy = profile.fits(Shape.DAY_MONTH_YEAR, timestamp);
      boolean mdy = profile.fits(Shape.MONTH_DAY_YEAR, timestamp);
      if (dmy && mdy) {
        if (fileDateOrder == DateOrder.AUTO) {
          return ColumnFormat.varchar("VARCHAR: every value is a " + noun(timestamp) + " whose day and month are"
              + " both 12 or less, so their order is ambiguous: set dateOrder=dmy or dateOrder=mdy");
        }
        Shape shape = orderShape(fileDateOrder, null);
        return new ColumnFormat(type, '.', shape, type + ": " + describe(shape) + " (order chosen for the file)");
      }
      if (dmy || mdy) {
        Shape shape = dmy ? Shape.DAY_MONTH_YEAR : Shape.MONTH_DAY_YEAR;
        return new ColumnFormat(type, '.', shape, type + ": every value is a " + noun(timestamp) + ", "
            + describe(shape));
      }
    }
    return null;
  }

  private static Shape orderShape(DateOrder order, Shape otherwise) {
    switch (order) {
      case DMY: return Shape.DAY_MONTH_YEAR;
      case MDY: return Shape.MONTH_DAY_YEAR;
      default: return otherwise;
    }
  }

  private static String noun(boolean timestamp) {
    return timestamp ? "timestamp" : "date";
  }

  private static String describe(Shape shape) {
    return shape == Shape.DAY_MONTH_YEAR ? "day first" : "month first";
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }
}
