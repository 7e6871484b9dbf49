package com.engagementjdbc.source;

import com.engagementjdbc.source.DateTimeText.Moment;
import com.engagementjdbc.source.DateTimeText.Shape;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How one column's text becomes values: its type, for numbers the decimal separator, the unit stripped from every
 * value and, for DECIMAL, the scale; for dates the order of their parts. {@code noValues} counts the cells that were
 * markers of no value ({@link NoValue}), read as NULL. {@code reason} says why, in words a user can check against
 * the file.
 */
public record ColumnFormat(ColumnType type, char decimalSeparator, Shape dateShape, ValueUnit unit, int scale,
    long noValues, String reason) {

  /** Returned by {@link #read} for text that is not a value of the column's type. */
  public static final Object UNREADABLE = new Object();

  /** DECIMAL values are held as whole numbers of their smallest unit: 18 digits fit in a {@code long}. */
  public static final int DECIMAL_PRECISION = 18;
  private static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(DECIMAL_PRECISION);

  /** A format without unit. */
  public ColumnFormat(ColumnType type, char decimalSeparator, Shape dateShape, String reason) {
    this(type, decimalSeparator, dateShape, ValueUnit.NONE, 0, 0, reason);
  }

  public static ColumnFormat varchar(String reason) {
    return new ColumnFormat(ColumnType.VARCHAR, '.', Shape.ISO, reason);
  }

  /** This format, its markers of no value counted and said in its reason. */
  ColumnFormat withNoValues(long count, String example) {
    if (count == 0 || type == ColumnType.VARCHAR) {
      return this;
    }
    return new ColumnFormat(type, decimalSeparator, dateShape, unit, scale, count, reason + "; " + count
        + (count == 1 ? " cell" : " cells") + " without value ('" + example + "') read as NULL");
  }

  /**
   * The value of a non-null cell, in Calcite's run-time representation: null for a marker of no value in a column
   * that is not text, {@link #UNREADABLE} for text that is not a value of the column's type.
   */
  public Object read(String cell) {
    if (type == ColumnType.VARCHAR) {
      return cell;
    }
    if (NoValue.isMarker(cell)) {
      return null;
    }
    switch (type) {
      case BOOLEAN:
        return ColumnProfile.isBoolean(cell) ? (Object) Boolean.valueOf(cell.equalsIgnoreCase("true")) : UNREADABLE;
      case INTEGER: {
        Number number = number(cell);
        return number instanceof Long && number.longValue() == number.intValue()
            ? (Object) number.intValue() : UNREADABLE;
      }
      case BIGINT: {
        Number number = number(cell);
        return number instanceof Long ? number : UNREADABLE;
      }
      case DECIMAL:
        return decimal(number(cell));
      case DOUBLE: {
        Number number = number(cell);
        return number == null ? UNREADABLE : (Object) number.doubleValue();
      }
      case DATE: {
        Moment moment = DateTimeText.parse(cell, dateShapeFor(cell));
        return moment == null || moment.hasTime() ? UNREADABLE : (Object) moment.epochDay();
      }
      case TIMESTAMP: {
        Moment moment = DateTimeText.parse(cell, dateShapeFor(cell));
        return moment == null ? UNREADABLE : (Object) moment.epochMillis();
      }
      default:
        throw new AssertionError(type);
    }
  }

  /** A cell's number, when it is written with the column's unit; else null. */
  private Number number(String cell) {
    if (unit.kind() == ValueUnit.Kind.DURATION) {
      return DurationText.parse(cell, true);
    }
    FormattedNumber.Parts parts = FormattedNumber.split(cell);
    if (parts == null) {
      return unit.kind() == ValueUnit.Kind.NONE ? NumberText.parse(cell, decimalSeparator) : null;
    }
    return parts.unit().equals(unit) ? FormattedNumber.value(parts, decimalSeparator) : null;
  }

  /** A number at the column's scale, exactly (a {@code Double} read from up to 15 digits gives them back). */
  private Object decimal(Number number) {
    if (number == null) {
      return UNREADABLE;
    }
    try {
      BigDecimal exact = number instanceof Long whole ? BigDecimal.valueOf(whole) : new BigDecimal(number.toString());
      BigDecimal value = exact.setScale(scale, RoundingMode.UNNECESSARY);
      return value.unscaledValue().abs().compareTo(DECIMAL_LIMIT.toBigInteger()) < 0 ? value : UNREADABLE;
    } catch (ArithmeticException moreDigits) {
      return UNREADABLE;
    }
  }

  /** A column declared DATE or TIMESTAMP in a sidecar may still hold ISO text beside its day/month values. */
  private Shape dateShapeFor(String cell) {
    return DateTimeText.looksIso(cell) ? Shape.ISO : dateShape;
  }
}
