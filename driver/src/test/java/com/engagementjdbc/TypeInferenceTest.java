package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeInferenceTest {
  @TempDir Path dir;

  @Test void infersEachTypeFromTheWholeFile() throws Exception {
    Db.write(dir, "t.csv", "flag,small,big,ratio,day,moment,text\n"
        + "true,1,3000000000,0.5,2026-01-02,2026-01-02T10:00:00Z,a\n"
        + "FALSE,-7,1,2,2026-12-31,2026-01-02 10:00:00,\"b\"\n");
    assertEquals(List.of("flag BOOLEAN", "small INTEGER", "big BIGINT", "ratio DOUBLE", "day DATE",
        "moment TIMESTAMP", "text VARCHAR"), Db.columns(dir, "t"));
    assertEquals(List.of(List.of(true, 1, 3_000_000_000L, 0.5, Date.valueOf("2026-01-02"),
        Timestamp.valueOf("2026-01-02 10:00:00"), "a")), Db.rows(dir, "select * from t where small = 1"));
  }

  @Test void aValueLateInTheFileDecidesTheType() throws Exception {
    StringBuilder csv = new StringBuilder("id,score\n");
    for (int i = 1; i <= 5000; i++) {
      csv.append(i).append(',').append(i).append('\n');
    }
    csv.append("5001,n.a.\n");
    Db.write(dir, "late.csv", csv.toString());
    assertEquals(List.of("id INTEGER", "score VARCHAR"), Db.columns(dir, "late"));
    assertEquals(List.of(List.of("n.a.")), Db.rows(dir, "select score from late where id = 5001"));
  }

  @Test void quotedNumbersAndDatesAreStillNumbersAndDates() throws Exception {
    Db.write(dir, "q.csv", "\"n\",\"d\"\n\"12\",\"2026-02-03\"\n\"13\",\"2026-02-04\"\n");
    assertEquals(List.of("n INTEGER", "d DATE"), Db.columns(dir, "q"));
  }

  @Test void emptyCellsAndNullMarkersAreNull() throws Exception {
    Db.write(dir, "n.csv", "a,b\n1,x\n,NULL\nN/A,-\n4,y\n");
    assertEquals(List.of("a INTEGER", "b VARCHAR"), Db.columns(dir, "n"));
    // a: the empty cell and N/A (no value in a number column); b: NULL only, '-' is text in a text column
    assertEquals(List.of(List.of(2L, 1L)),
        Db.rows(dir, "select count(*) - count(a), count(*) - count(b) from n"));
  }

  @Test void nullMarkersAreConfigurable() throws Exception {
    Db.write(dir, "n.csv", "a,b\n1,-\nmissing,y\n");
    assertEquals(List.of("a INTEGER", "b VARCHAR"), Db.columns(dir, "n", "nullValues=missing"));
    // with the markers replaced, "-" is a text again
    assertEquals(List.of(List.of("-")), Db.rows(dir, "select b from n where a = 1", "nullValues=missing"));
  }

  @Test void leadingZerosAndHugeIntegersStayText() throws Exception {
    Db.write(dir, "ids.csv", "zip,huge\n01234,123456789012345678901234\n75001,1\n");
    assertEquals(List.of("zip VARCHAR", "huge VARCHAR"), Db.columns(dir, "ids"));
    assertEquals(List.of(List.of("01234", "123456789012345678901234")),
        Db.rows(dir, "select * from ids where zip = '01234'"));
  }

  @Test void frenchExportWithDecimalCommaAndSpacesAsThousands() throws Exception {
    // no-break space (U+00A0) and narrow no-break space (U+202F) group thousands, as spreadsheets write them
    Db.write(dir, "fr.csv", "\uFEFFdate;j'aime;abonnés;dépenses (€);heure\r\n"
        + "14/03/2026;1\u00A0234;12\u202F345;1 234,50;14/03/2026 18:05\r\n"
        + "01/02/2026;12;5;12,5;01/02/2026 09:00\r\n");
    assertEquals(List.of("date DATE", "j'aime INTEGER", "abonnés INTEGER", "dépenses (€) DOUBLE",
        "heure TIMESTAMP"), Db.columns(dir, "fr"));
    // 1 234,50 -> 1234.5; 14/03/2026 is day first (14 cannot be a month), so 01/02/2026 is 1 February
    assertEquals(List.of(
            List.of(Date.valueOf("2026-03-14"), 1234, 12345, 1234.5, Timestamp.valueOf("2026-03-14 18:05:00")),
            List.of(Date.valueOf("2026-02-01"), 12, 5, 12.5, Timestamp.valueOf("2026-02-01 09:00:00"))),
        Db.rows(dir, "select * from fr order by \"date\" desc"));
  }

  @Test void dayOrMonthFirstIsDecidedByTheData() throws Exception {
    Db.write(dir, "us.csv", "d\n03/14/2026\n04/01/2026\n");
    assertEquals(List.of(List.of(Date.valueOf("2026-03-14")), List.of(Date.valueOf("2026-04-01"))),
        Db.rows(dir, "select d from us order by d"));
  }

  @Test void ambiguousDatesStayTextUnlessAnOrderIsGiven() throws Exception {
    Db.write(dir, "amb.csv", "d,n\n03/04/2026,1\n05/06/2026,2\n");
    assertEquals(List.of("d VARCHAR", "n INTEGER"), Db.columns(dir, "amb"));
    assertEquals(List.of(List.of(Date.valueOf("2026-04-03"))),
        Db.rows(dir, "select d from amb where n = 1", "dateOrder=dmy"));
    assertEquals(List.of(List.of(Date.valueOf("2026-03-04"))),
        Db.rows(dir, "select d from amb where n = 1", "dateOrder=mdy"));
  }

  @Test void timestampsWithOffsetsAreConvertedToUtc() throws Exception {
    Db.write(dir, "ts.csv", "t\n2026-03-14T18:05:00+0100\n2026-03-14T18:05:00+01:00\n2026-03-14T18:05:00.250Z\n"
        + "2026-03-14T18:05:00-05\n");
    assertEquals(List.of(List.of(Timestamp.valueOf("2026-03-14 17:05:00")),
            List.of(Timestamp.valueOf("2026-03-14 17:05:00")),
            List.of(Timestamp.valueOf("2026-03-14 18:05:00.25")),
            List.of(Timestamp.valueOf("2026-03-14 23:05:00"))),
        Db.rows(dir, "select t from ts"));
  }

  @Test void usTimestampsWithAmPm() throws Exception {
    Db.write(dir, "am.csv", "t\n3/14/2026 6:05 PM\n3/15/2026 12:30 AM\n");
    assertEquals(List.of(List.of(Timestamp.valueOf(LocalDateTime.of(2026, 3, 14, 18, 5))),
        List.of(Timestamp.valueOf(LocalDateTime.of(2026, 3, 15, 0, 30)))), Db.rows(dir, "select t from am"));
  }

  @Test void datesAndTimestampsMixedGiveTimestamp() throws Exception {
    Db.write(dir, "mix.csv", "t\n2026-03-14\n2026-03-15 08:00:00\n");
    assertEquals(List.of("t TIMESTAMP"), Db.columns(dir, "mix"));
  }

  @Test void usThousandsSeparatorInQuotedNumbers() throws Exception {
    Db.write(dir, "us.csv", "impressions,spend\n\"1,234,567\",\"1,234.50\"\n\"12\",\"0.5\"\n");
    assertEquals(List.of(List.of(1234567, 1234.5), List.of(12, 0.5)), Db.rows(dir, "select * from us"));
  }

  @Test void sidecarDeclaresATypeAndTheDateOrder() throws Exception {
    Db.write(dir, "s.csv", "code,d\n12,03/04/2026\n13,05/06/2026\n");
    Db.write(dir, "s.csv.properties", "column.code=VARCHAR\ndateOrder=dmy\n");
    assertEquals(List.of("code VARCHAR", "d DATE"), Db.columns(dir, "s"));
    assertEquals(List.of(List.of("12", Date.valueOf(LocalDate.of(2026, 4, 3)))),
        Db.rows(dir, "select * from s where code = '12'"));
  }
}
