package com.engagementjdbc.source;

import com.engagementjdbc.source.DateTimeText.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the profiles of a file's columns into one {@link ColumnFormat} each. A column's own values decide
 * first; what they leave open (which decimal separator, which day/month order) is decided once for the whole
 * file, from the columns that did settle it, then from the options, then from the file's conventions.
 */
public final class TypeDecision {
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
   * @param delimiter the file's field delimiter: with {@code ;} a lone {@code 1,234} is read as 1.234
   */
  public static List<ColumnFormat> decide(List<ColumnProfile> profiles, ReadOptions options,
      Map<Integer, ColumnType> forcedTypes, char delimiter) {
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
      formats.add(forced != null ? decision.forced(forced) : decision.inferred(profiles.get(i)));
    }
    return formats;
  }

  private ColumnFormat forced(ColumnType type) {
    char decimal = fileDecimal != null ? fileDecimal : fallbackDecimal;
    return new ColumnFormat(type, decimal, orderShape(fileDateOrder, Shape.DAY_MONTH_YEAR), "declared " + type);
  }

  private ColumnFormat inferred(ColumnProfile profile) {
    if (profile.values() == 0) {
      return ColumnFormat.varchar("VARCHAR: the column has no value");
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
    if (numbers.integral) {
      return numbers.fitsInteger
          ? new ColumnFormat(ColumnType.INTEGER, decimal, Shape.ISO, "INTEGER: every value is a whole number" + why)
          : new ColumnFormat(ColumnType.BIGINT, decimal, Shape.ISO,
              "BIGINT: whole numbers beyond the INTEGER range" + why);
    }
    return new ColumnFormat(ColumnType.DOUBLE, decimal, Shape.ISO, "DOUBLE: numbers with a fraction" + why);
  }

  private ColumnFormat date(ColumnProfile profile) {
    for (boolean timestamp : new boolean[] {false, true}) {
      ColumnType type = timestamp ? ColumnType.TIMESTAMP : ColumnType.DATE;
      if (profile.fits(Shape.ISO, timestamp)) {
        return new ColumnFormat(type, '.', Shape.ISO, type + ": every value is an ISO " + noun(timestamp));
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
