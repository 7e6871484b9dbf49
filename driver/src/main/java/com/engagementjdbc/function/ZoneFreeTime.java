package com.engagementjdbc.function;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SQL's DATE and TIMESTAMP, which have no time zone, as java.time's {@link LocalDate} and {@link LocalDateTime} in the
 * functions' Java methods. Generated code holds a TIMESTAMP as the milliseconds of its wall-clock time read as UTC and
 * a DATE as its epoch day; {@code java.sql.Timestamp} and {@code java.sql.Date} go through the JVM's time zone, where a
 * wall-clock time that the zone skips at a daylight-saving change moves by an hour. Public: generated code calls it.
 */
public final class ZoneFreeTime {
  private static final long MILLIS_PER_SECOND = 1000;
  private static final int NANOS_PER_MILLI = 1_000_000;

  private ZoneFreeTime() {
  }

  /** The wall-clock time of a TIMESTAMP held as milliseconds; null for NULL. */
  public static LocalDateTime localDateTime(Long millis) {
    return millis == null ? null : LocalDateTime.ofEpochSecond(Math.floorDiv(millis, MILLIS_PER_SECOND),
        (int) Math.floorMod(millis, MILLIS_PER_SECOND) * NANOS_PER_MILLI, ZoneOffset.UTC);
  }

  /** The milliseconds a TIMESTAMP is held as; null for NULL. */
  public static Long millis(LocalDateTime time) {
    return time == null ? null : time.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** The date of a DATE held as its epoch day; null for NULL. */
  public static LocalDate localDate(Integer epochDay) {
    return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
  }

  /** The SQL type of a Java parameter or result type that is a date or time, else null. */
  static RelDataType sqlType(Class<?> javaType, RelDataTypeFactory typeFactory) {
    if (javaType == LocalDateTime.class) {
      return typeFactory.createSqlType(SqlTypeName.TIMESTAMP);
    }
    return javaType == LocalDate.class ? typeFactory.createSqlType(SqlTypeName.DATE) : null;
  }

  /** A generated argument (a long or an int) as the date or time a method takes, else null. */
  static Expression toJava(Expression argument, Class<?> parameterType) {
    if (parameterType == LocalDateTime.class) {
      return Expressions.call(ZoneFreeTime.class, "localDateTime", EnumUtils.convert(argument, Long.class));
    }
    if (parameterType == LocalDate.class) {
      return Expressions.call(ZoneFreeTime.class, "localDate", EnumUtils.convert(argument, Integer.class));
    }
    return null;
  }

  /** A method's time result as generated code holds it, else the result unchanged. */
  static Expression toInternal(Expression result, Class<?> resultType) {
    return resultType == LocalDateTime.class ? Expressions.call(ZoneFreeTime.class, "millis", result) : result;
  }
}
