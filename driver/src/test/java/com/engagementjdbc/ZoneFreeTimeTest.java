package com.engagementjdbc;

import static com.engagementjdbc.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates and times are wall-clock values without a time zone: every function gives the same answer whatever the JVM's
 * zone. The build runs this class under UTC, Europe/Paris and America/New_York (see driver/pom.xml); its values sit
 * on both daylight-saving changes of both zones in 2026: Paris skips 02:00-03:00 on 29 March and repeats 02:00-03:00
 * on 25 October, New York skips 02:00-03:00 on 8 March and repeats 01:00-02:00 on 1 November.
 */
class ZoneFreeTimeTest {
  /** Wall-clock times that Paris or New York skip or repeat. */
  private static final List<String> CHANGES = List.of("2026-03-08 02:15:30", "2026-03-29 02:30:00",
      "2026-10-25 02:30:00", "2026-11-01 01:45:00");

  @TempDir Path dir;

  @BeforeEach void writeSends() throws Exception {
    Db.write(dir, "sends.csv", "id,sent_at\n"
        + "1,2026-03-08 02:15:30\n"
        + "2,2026-03-29 02:30:00\n"
        + "3,2026-10-25 02:30:00\n"
        + "4,2026-11-01 01:45:00\n"
        + "5,2026-03-10 03:10:00\n"
        + "6,2026-03-11 03:40:00\n");
  }

  @Test void dateTruncAndFloorToTheHourKeepTheWrittenHour() throws Exception {
    for (String time : CHANGES) {
      String hour = time.substring(0, 13) + ":00:00";
      assertEquals(List.of(row(hour, hour)), Db.rows(dir, "SELECT CAST(DATE_TRUNC('hour', TIMESTAMP '" + time
          + "') AS VARCHAR), CAST(FLOOR(TIMESTAMP '" + time + "' TO HOUR) AS VARCHAR)"), time);
    }
    assertEquals(List.of(row("2026-03-08 02:00:00"), row("2026-03-29 02:00:00"), row("2026-10-25 02:00:00"),
        row("2026-11-01 01:00:00")), Db.rows(dir,
        "SELECT CAST(DATE_TRUNC('hour', sent_at) AS VARCHAR) FROM sends WHERE id <= 4 ORDER BY id"));
  }

  @Test void dateTruncToEveryUnitAtTheParisSpringChange() throws Exception {
    // Sunday 29 March 2026 02:30:45 (skipped in Paris); its week starts on Monday 23 March
    List<String> units = List.of("second", "minute", "hour", "day", "week", "month", "quarter", "year");
    List<Object> expected = row("2026-03-29 02:30:45", "2026-03-29 02:30:00", "2026-03-29 02:00:00",
        "2026-03-29 00:00:00", "2026-03-23 00:00:00", "2026-03-01 00:00:00", "2026-01-01 00:00:00",
        "2026-01-01 00:00:00");
    List<Object> actual = new ArrayList<>();
    for (String unit : units) {
      actual.add(Db.rows(dir, "SELECT CAST(DATE_TRUNC('" + unit + "', TIMESTAMP '2026-03-29 02:30:45') AS VARCHAR)")
          .get(0).get(0));
    }
    assertEquals(expected, actual);
  }

  @Test void bestSendHourCountsTheWrittenHours() throws Exception {
    // hour 2: rows 1, 2, 3; hour 3: rows 5, 6; hour 1: row 4 -> 2 (read in Paris or New York, rows 1 or 2 move to 3)
    assertEquals(List.of(row(2)), Db.rows(dir, "SELECT BEST_SEND_HOUR(sent_at) FROM sends"));
  }

  @Test void calciteTimeFunctionsKeepTheWrittenTime() throws Exception {
    // Paris skipped 02:00-03:00 that night, but wall-clock arithmetic counts it: 01:30 to 03:30 is 2 hours
    assertEquals(List.of(row(2L, 2L, "2026-03-29", "2026-03-29 03:30:00", 2)), Db.rows(dir,
        "SELECT EXTRACT(HOUR FROM sent_at), HOUR(sent_at), CAST(CAST(sent_at AS DATE) AS VARCHAR), "
            + "CAST(sent_at + INTERVAL '1' HOUR AS VARCHAR), "
            + "TIMESTAMPDIFF(HOUR, TIMESTAMP '2026-03-29 01:30:00', TIMESTAMP '2026-03-29 03:30:00') "
            + "FROM sends WHERE id = 2"));
  }

  @Test void readingAWallClockTimeTheJvmZoneSkips() throws Exception {
    try (Connection connection = Db.connect(dir); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("SELECT sent_at FROM sends WHERE id <= 4 ORDER BY id")) {
      Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
      for (String time : CHANGES) {
        rs.next();
        LocalDateTime written = LocalDateTime.parse(time.replace(' ', 'T'));
        assertEquals(time + ".000", rs.getString(1));
        assertEquals(written, rs.getObject(1, LocalDateTime.class));
        // with a UTC calendar the Timestamp's instant is the wall-clock time read as UTC, in every zone
        assertEquals(written.toInstant(java.time.ZoneOffset.UTC), rs.getTimestamp(1, utc).toInstant());
        // without a calendar, the JVM's zone: a skipped time moves forward by the gap, a repeated one is the second
        assertEquals(written.atZone(java.time.ZoneId.systemDefault()).withLaterOffsetAtOverlap().toInstant(),
            rs.getTimestamp(1).toInstant());
      }
    }
  }

  @Test void parametersOfAWallClockTimeTheJvmZoneSkips() throws Exception {
    try (Connection connection = Db.connect(dir);
         PreparedStatement statement = connection.prepareStatement("SELECT id FROM sends WHERE sent_at = ?")) {
      statement.setObject(1, LocalDateTime.of(2026, 3, 29, 2, 30));
      assertEquals(List.of(2), ids(statement));
      statement.setObject(1, LocalDateTime.of(2026, 11, 1, 1, 45));
      assertEquals(List.of(4), ids(statement));
      statement.setString(1, "2026-03-08 02:15:30");
      assertEquals(List.of(1), ids(statement));
    }
  }

  @Test void dateParametersAsLocalDate() throws Exception {
    try (Connection connection = Db.connect(dir);
         PreparedStatement statement = connection.prepareStatement(
             "SELECT id FROM sends WHERE CAST(sent_at AS DATE) = ? ORDER BY id")) {
      statement.setObject(1, java.time.LocalDate.of(2026, 3, 29));
      assertEquals(List.of(2), ids(statement));
    }
  }

  private static List<Integer> ids(PreparedStatement statement) throws Exception {
    List<Integer> ids = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getInt(1));
      }
    }
    return ids;
  }
}
