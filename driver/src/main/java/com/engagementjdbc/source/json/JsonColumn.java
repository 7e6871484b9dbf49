package com.engagementjdbc.source.json;

import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.DateTimeText;
import com.engagementjdbc.source.DateTimeText.Moment;
import com.engagementjdbc.source.DateTimeText.Shape;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One column of a JSON source: the kinds of value seen in it over every record, widened as JSON values allow
 * (INTEGER to BIGINT to DOUBLE; ISO date strings to DATE, with timestamps to TIMESTAMP; anything mixed to
 * VARCHAR), then the conversion of each value to that type.
 */
final class JsonColumn {
  /** The column's number, in order of appearance of the keys. */
  private final int position;
  private boolean booleans;
  private boolean integers;
  private boolean longs;
  private boolean fractions;
  private boolean hugeIntegers;
  private boolean dates;
  private boolean timestamps;
  private boolean otherStrings;
  private boolean containers;
  private long firstTextLine;
  private String firstText;
  private long values;

  JsonColumn(int position) {
    this.position = position;
  }

  int position() {
    return position;
  }

  /** Records one non-null value, found on the given line. */
  void accept(JsonNode value, long line) {
    values++;
    if (value.isBoolean()) {
      booleans = true;
    } else if (value.isIntegralNumber()) {
      if (value.canConvertToInt()) {
        integers = true;
      } else if (value.canConvertToLong()) {
        longs = true;
      } else {
        hugeIntegers = true;
      }
    } else if (value.isNumber()) {
      fractions = true;
    } else if (value.isTextual()) {
      Moment moment = DateTimeText.looksIso(value.textValue())
          ? DateTimeText.parse(value.textValue(), Shape.ISO) : null;
      if (moment == null) {
        otherStrings = true;
        if (firstText == null) {
          firstText = value.textValue();
          firstTextLine = line;
        }
      } else if (moment.hasTime()) {
        timestamps = true;
      } else {
        dates = true;
      }
    } else {
      containers = true;
    }
  }

  /** How many non-null values the column has. */
  long values() {
    return values;
  }

  ColumnFormat format() {
    boolean numbers = integers || longs || fractions || hugeIntegers;
    boolean strings = dates || timestamps || otherStrings;
    int kinds = (booleans ? 1 : 0) + (numbers ? 1 : 0) + (strings ? 1 : 0) + (containers ? 1 : 0);
    if (kinds == 0) {
      return ColumnFormat.varchar("VARCHAR: the field is always null or missing");
    }
    if (kinds > 1) {
      return ColumnFormat.varchar("VARCHAR: the field holds values of different JSON types");
    }
    if (booleans) {
      return typed(ColumnType.BOOLEAN, "BOOLEAN: every value is true or false");
    }
    if (containers) {
      return ColumnFormat.varchar("VARCHAR: arrays or objects, as JSON text (read them with JSON_VALUE)");
    }
    if (numbers) {
      if (hugeIntegers) {
        return ColumnFormat.varchar("VARCHAR: integers beyond the BIGINT range, kept exact as text");
      }
      if (fractions) {
        return typed(ColumnType.DOUBLE, "DOUBLE: numbers with a fraction");
      }
      return longs ? typed(ColumnType.BIGINT, "BIGINT: whole numbers beyond the INTEGER range")
          : typed(ColumnType.INTEGER, "INTEGER: every value is a whole number");
    }
    if (otherStrings) {
      return ColumnFormat.varchar("VARCHAR: line " + firstTextLine + " has '" + abbreviate(firstText) + "'");
    }
    return timestamps ? typed(ColumnType.TIMESTAMP, "TIMESTAMP: every value is an ISO date or timestamp")
        : typed(ColumnType.DATE, "DATE: every value is an ISO date");
  }

  private static ColumnFormat typed(ColumnType type, String reason) {
    return new ColumnFormat(type, '.', Shape.ISO, reason);
  }

  /** The value of a non-null JSON value in a column of the given format. */
  static Object value(JsonNode value, ColumnFormat format) {
    switch (format.type()) {
      case BOOLEAN: return value.booleanValue();
      case INTEGER: return value.intValue();
      case BIGINT: return value.longValue();
      case DOUBLE: return value.doubleValue();
      case DATE:
      case TIMESTAMP: return format.read(value.textValue());
      default:
        if (value.isTextual()) {
          return value.textValue();
        }
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.toString();
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }
}
