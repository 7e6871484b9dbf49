package com.engagementjdbc.source;

import com.engagementjdbc.source.DateTimeText.Moment;
import com.engagementjdbc.source.DateTimeText.Shape;

/**
 * How one column's text becomes values: its type, and for numbers and dates the separator and order decided
 * for it. {@code reason} says why, in words a user can check against the file.
 */
public record ColumnFormat(ColumnType type, char decimalSeparator, Shape dateShape, String reason) {

  /** Returned by {@link #read} for text that is not a value of the column's type. */
  public static final Object UNREADABLE = new Object();

  public static ColumnFormat varchar(String reason) {
    return new ColumnFormat(ColumnType.VARCHAR, '.', Shape.ISO, reason);
  }

  /** The value of a non-null cell, in Calcite's run-time representation, or {@link #UNREADABLE}. */
  public Object read(String cell) {
    switch (type) {
      case VARCHAR:
        return cell;
      case BOOLEAN:
        return ColumnProfile.isBoolean(cell) ? (Object) Boolean.valueOf(cell.equalsIgnoreCase("true")) : UNREADABLE;
      case INTEGER: {
        Number number = NumberText.parse(cell, decimalSeparator);
        return number instanceof Long && number.longValue() == number.intValue()
            ? (Object) number.intValue() : UNREADABLE;
      }
      case BIGINT: {
        Number number = NumberText.parse(cell, decimalSeparator);
        return number instanceof Long ? number : UNREADABLE;
      }
      case DOUBLE: {
        Number number = NumberText.parse(cell, decimalSeparator);
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

  /** A column declared DATE or TIMESTAMP in a sidecar may still hold ISO text beside its day/month values. */
  private Shape dateShapeFor(String cell) {
    return DateTimeText.looksIso(cell) ? Shape.ISO : dateShape;
  }
}
