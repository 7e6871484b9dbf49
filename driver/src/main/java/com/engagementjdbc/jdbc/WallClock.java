package com.engagementjdbc.jdbc;

import com.engagementjdbc.function.ZoneFreeTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;

/**
 * Reads TIMESTAMP and DATE values as the wall-clock values they are, where Avatica's accessors go through the JVM's
 * time zone: {@code getTimestamp(column, calendar)} turns the value into a {@code java.sql.Timestamp} of the JVM's zone
 * first, so a time that zone skips (02:30 on the night clocks go forward) comes out an hour late even with a UTC
 * calendar, which the server uses for every value it sends; and {@code getObject(column, LocalDateTime.class)} is
 * refused. The stored value, milliseconds of the wall clock read as UTC or an epoch day, is what {@code getLong}
 * and {@code getInt} return for such a column.
 */
final class WallClock {
  private WallClock() {
  }

  /** Whether this getter, with this second argument, is one this class answers. */
  static boolean handles(String getter, Object argument) {
    return (getter.equals("getTimestamp") || getter.equals("getDate")) && argument instanceof Calendar
        || getter.equals("getObject") && (argument == LocalDateTime.class || argument == LocalDate.class);
  }

  /** The value, or {@link JdbcGuard#FORWARD} when the column is neither a TIMESTAMP nor a DATE. */
  static Object get(ResultSet rows, Object column, String getter, Object argument) throws SQLException {
    int index = column instanceof Integer i ? i : rows.findColumn((String) column);
    int type = rows.getMetaData().getColumnType(index);
    LocalDateTime time;
    if (type == Types.TIMESTAMP) {
      long millis = rows.getLong(index);
      time = rows.wasNull() ? null : ZoneFreeTime.localDateTime(millis);
    } else if (type == Types.DATE) {
      int epochDay = rows.getInt(index);
      time = rows.wasNull() ? null : LocalDate.ofEpochDay(epochDay).atStartOfDay();
    } else {
      return JdbcGuard.FORWARD;
    }
    if (time == null) {
      return null;
    }
    if (argument == LocalDateTime.class) {
      return time;
    }
    if (argument == LocalDate.class) {
      return time.toLocalDate();
    }
    // the instant at which a clock of the calendar's zone shows this time, in the Julian calendar before 1582 as
    // java.sql types count (and as Avatica and the Python client count)
    GregorianCalendar clock = new GregorianCalendar(((Calendar) argument).getTimeZone(), Locale.ROOT);
    clock.clear();
    clock.set(time.getYear(), time.getMonthValue() - 1, time.getDayOfMonth(), time.getHour(), time.getMinute(),
        time.getSecond());
    clock.set(Calendar.MILLISECOND, time.getNano() / 1_000_000);
    long instant = clock.getTimeInMillis();
    return getter.equals("getDate") ? new java.sql.Date(instant) : new Timestamp(instant);
  }
}
