package com.engagementjdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.engagementjdbc.source.DateTimeText.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values a profile keeps while it parses are used as a column's values only when they are exactly what
 * reading each cell with the column's format gives; otherwise the profile declines and the cells are read again.
 */
class ColumnProfileTest {
  private static final List<ColumnFormat> FORMATS = new ArrayList<>();

  static {
    for (ColumnType type : List.of(ColumnType.INTEGER, ColumnType.BIGINT, ColumnType.DOUBLE, ColumnType.DATE,
        ColumnType.TIMESTAMP)) {
      for (char separator : new char[] {'.', ','}) {
        for (Shape shape : Shape.values()) {
          FORMATS.add(new ColumnFormat(type, separator, shape, "test"));
        }
      }
    }
  }

  /** Profiles the cells (null is an empty cell) from row {@code from} on. */
  private static ColumnProfile profile(int from, String... cells) {
    ColumnProfile profile = new ColumnProfile(cells.length);
    for (int row = from; row < cells.length; row++) {
      if (cells[row] != null) {
        profile.accept(cells[row], row + 1, row);
      }
    }
    return profile;
  }

  /**
   * Every vector the profile offers, for every format, equals reading the cells one by one: with the first cell a
   * header, not profiled, as when a file is read, and with the first cell a value (a file without a header, whose
   * first row the profile keeps apart). Returns how many formats it was offered for with the header.
   */
  private static int assertKeptValuesReadAsTheCells(String... cells) {
    int offeredWithHeader = 0;
    for (int from = 1; from >= 0; from--) {
      ColumnProfile profile = profile(from, cells);
      for (ColumnFormat format : FORMATS) {
        ColumnVector vector = profile.vector(format, from);
        if (vector == null) {
          continue;
        }
        offeredWithHeader += from;
        assertEquals(cells.length - from, vector.size());
        for (int row = from; row < cells.length; row++) {
          Object expected = cells[row] == null ? null : format.read(cells[row]);
          assertEquals(expected, vector.get(row - from),
              format + " at row " + row + " of " + Arrays.toString(cells) + " from " + from);
        }
      }
    }
    return offeredWithHeader;
  }

  @Test void numbersAreKeptUnderTheDotAndDeclinedWhereTheCommaReadsThemOtherwise() {
    // whole numbers: INTEGER, BIGINT and DOUBLE under either separator (no cell has one): 3 types x 2 x 4 shapes
    assertEquals(24, assertKeptValuesReadAsTheCells("likes", "12", null, "-7", "2147483647"));
    // beyond INTEGER: BIGINT and DOUBLE only
    assertEquals(16, assertKeptValuesReadAsTheCells("0", "12", "3000000000"));
    // a fraction after whole numbers: DOUBLE under '.' only, the earlier values carried over
    assertEquals(4, assertKeptValuesReadAsTheCells("0", "1", "2", "2.5", null, "-0.125"));
    // the first row, kept apart, wider than the rest (a BIGINT, a fraction) or a NULL among them
    assertEquals(24, assertKeptValuesReadAsTheCells("3000000000", "1", "-2"));
    assertEquals(24, assertKeptValuesReadAsTheCells("2.5", "1", null, "7"));
    assertEquals(16, assertKeptValuesReadAsTheCells("1", "2", "3000000000", "-4"));
    // a thousands separator: '.' reads 1,234 as 1234, ',' as 1.234: only the '.' formats are offered
    assertEquals(12, assertKeptValuesReadAsTheCells("0", "1,234", "5"));
    ColumnProfile decimalComma = profile(0, "0", "2,5", "3,75");
    assertNull(decimalComma.vector(new ColumnFormat(ColumnType.DOUBLE, ',', Shape.ISO, "test"), 0));
    assertEquals(0, assertKeptValuesReadAsTheCells("0", "007", "12"));
  }

  /**
   * A plain whole number or a plain ISO date or timestamp read from the cell bytes without a String
   * ({@link ColumnProfile#acceptWhole}, {@link ColumnProfile#acceptPlainMoment}), and a cell of a column already
   * settled as text not read at all ({@link ColumnProfile#acceptText}), as RecordTable profiles them, leave the
   * profile exactly as reading the cell as text does: the type decided and every kept vector are the same, over
   * 2 000 generated columns of number-like cells and 2 000 of date-like ones, each with a few other cells anywhere.
   */
  @Test void cellsReadWithoutStringsProfileAsText() {
    String[] pieces = {"0", "7", "-3", "12", "007", "-0", "2147483648", "123456789012345678", "1234567890123456789",
        "-", "1.5", "1,234", "2026-01-15", "true", "x", "00", "-12", "9", "1e3", "2026-02-29", "2024-02-29",
        "2026-13-01", "2026-01-15T10:00:00", "2026-01-15 24:00:00", "2026-01-15 10:00:00Z", "1899-12-31",
        "2200-01-01 00:00:00", "2026-01-15 9:05:00", "15/01/2026", "2026-01-15 10:00:00.5", "2026-1-15"};
    java.util.Random random = new java.util.Random(20261123);
    for (int column = 0; column < 4000; column++) {
      boolean dates = column % 2 == 1;
      int rows = 1 + random.nextInt(12);
      TextCells cells = new TextCells(1);
      List<String> values = new ArrayList<>();
      for (int row = 0; row < rows; row++) {
        String value = random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)]
            : dates ? plainMoment(random) : Integer.toString(random.nextInt(2001) - 1000);
        values.add(value);
        cells.add(row + 1, List.of(value));
      }
      ColumnProfile asText = new ColumnProfile(rows);
      ColumnProfile fast = new ColumnProfile(rows);
      for (int row = 0; row < rows; row++) {
        asText.accept(values.get(row), row + 1, row);
        long whole = fast.takesWholeNumbers() ? cells.plainWhole(row, 0) : TextCells.NOT_WHOLE;
        long millis = fast.takesPlainMoments() ? cells.plainIsoMillis(row, 0) : DateTimeText.NOT_PLAIN;
        if (fast.isText()) {
          fast.acceptText(row);
        } else if (whole != TextCells.NOT_WHOLE) {
          fast.acceptWhole(whole, row);
        } else if (millis != DateTimeText.NOT_PLAIN) {
          fast.acceptPlainMoment(millis, cells.plainIsoHasTime(row, 0), row);
        } else {
          fast.accept(values.get(row), row + 1, row);
        }
      }
      assertEquals(decided(asText), decided(fast), values.toString());
      for (ColumnFormat format : FORMATS) {
        ColumnVector expected = asText.vector(format, 0);
        ColumnVector actual = fast.vector(format, 0);
        assertEquals(expected == null, actual == null, format + " " + values);
        for (int row = 0; expected != null && row < rows; row++) {
          assertEquals(expected.get(row), actual.get(row), format + " " + values);
        }
      }
    }
  }

  /** A valid ISO date or timestamp of the shapes exports write most, in the years the fast path reads. */
  private static String plainMoment(java.util.Random random) {
    String date = java.time.LocalDate.of(1900, 1, 1).plusDays(random.nextInt(300 * 365)).toString();
    if (random.nextBoolean()) {
      return date;
    }
    return date + (random.nextBoolean() ? ' ' : 'T') + java.time.LocalTime.ofSecondOfDay(random.nextInt(86_400));
  }

  /** Plain ISO text read from bytes gives what parsing it as text gives, on the edges of the years it reads. */
  @Test void plainIsoMillisEqualsParsing() {
    for (String text : List.of("1900-01-01", "2199-12-31 23:59:59", "2000-02-29T00:00:00", "1970-01-01 00:00:01",
        "2026-11-23")) {
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertEquals(DateTimeText.parse(text, Shape.ISO).epochMillis(), DateTimeText.plainIsoMillis(bytes, 0,
          bytes.length), text);
    }
    // 2026-11-23 is day 20 780 after 1970-01-01 (56 years of 365 days, 14 leap days, 326 days into 2026)
    byte[] day = "2026-11-23".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(20_780L * 86_400_000L, DateTimeText.plainIsoMillis(day, 0, day.length));
    for (String text : List.of("1899-12-31", "2200-01-01", "2026-02-29", "2026-04-31", "2026-01-01 24:00:00",
        "2026-01-01 10:60:00", "2026-01-01x10:00:00", "2026/01/01", "2026-01-01 10:00:0a")) {
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertEquals(DateTimeText.NOT_PLAIN, DateTimeText.plainIsoMillis(bytes, 0, bytes.length), text);
    }
  }

  private static ColumnFormat decided(ColumnProfile profile) {
    return TypeDecision.decide(List.of(profile), ReadOptions.DEFAULTS, java.util.Map.of(), java.util.Set.of(), ',').get(0);
  }

  @Test void isoDatesAndTimestampsAreKept() {
    // dates fit DATE and TIMESTAMP under every separator and shape: 2 x 2 x 4
    assertEquals(16, assertKeptValuesReadAsTheCells("x", "2026-02-28", null, "1969-12-31", "1582-10-15"));
    ColumnProfile withTimes = profile(0, "2026-02-28", "2026-03-01 10:15:00", "2026-03-01T23:59:59.999+02:00");
    assertNull(withTimes.vector(new ColumnFormat(ColumnType.DATE, '.', Shape.ISO, "test"), 0));
    ColumnVector timestamps = withTimes.vector(new ColumnFormat(ColumnType.TIMESTAMP, '.', Shape.ISO, "test"), 0);
    assertNotNull(timestamps);
    // 2026-02-28 is day 20 512 after 1970-01-01; 2026-03-01 23:59:59.999 at +02:00 is 21:59:59.999 UTC
    assertEquals(20_512L * 86_400_000L, timestamps.get(0));
    assertEquals(20_513L * 86_400_000L + 21 * 3_600_000L + 59 * 60_000L + 59_999L, timestamps.get(2));
    assertEquals(8, assertKeptValuesReadAsTheCells("x", "2026-02-28", "2026-03-01 10:15:00"));
    // a day-first date among ISO ones: nothing is kept, the cells are read by the format
    assertEquals(0, assertKeptValuesReadAsTheCells("x", "2026-02-28", "28/02/2026"));
  }

  @Test void aProfileWithoutRowsKeepsNothing() {
    ColumnProfile profile = new ColumnProfile();
    profile.accept("12", 1);
    assertNull(profile.vector(new ColumnFormat(ColumnType.INTEGER, '.', Shape.ISO, "test"), 0));
  }
}
