package com.engagementjdbc.function;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Functions BI tools emit that Calcite lacks, with the semantics of the database they come from. */
public final class SqlCompatibility {
  private SqlCompatibility() {
  }

  /**
   * PostgreSQL's {@code DATE_TRUNC('month', ts)}: the timestamp truncated to the start of its second, minute,
   * hour, day, week (Monday), month, quarter or year, as stored (no time zone shift).
   */
  public static LocalDateTime dateTrunc(String unit, LocalDateTime t) {
    if (unit == null || t == null) {
      return null;
    }
    LocalDateTime truncated = switch (unit.trim().toLowerCase(Locale.ROOT)) {
      case "second" -> t.truncatedTo(ChronoUnit.SECONDS);
      case "minute" -> t.truncatedTo(ChronoUnit.MINUTES);
      case "hour" -> t.truncatedTo(ChronoUnit.HOURS);
      case "day" -> t.truncatedTo(ChronoUnit.DAYS);
      case "week" -> t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
      case "quarter" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
          .withMonth((t.getMonthValue() - 1) / 3 * 3 + 1);
      case "year" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
      default -> throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, "DATE_TRUNC: unknown unit '"
          + unit + "'; valid units: second, minute, hour, day, week, month, quarter, year");
    };
    return truncated;
  }
}
