package com.engagementjdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.engagementjdbc.source.DateTimeText.Shape;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The readers of formatted numbers, durations and month-name dates, cell by cell. */
class ValueTextTest {
  @Test void formattedNumbers() {
    assertEquals(0.0353, FormattedNumber.parse("3.53%", '.'));
    assertEquals(-0.05, FormattedNumber.parse("-5%", '.'));
    assertEquals(0.025, FormattedNumber.parse("2,5 %", ','));
    assertEquals(1234.56, FormattedNumber.parse("$1,234.56", '.'));
    assertEquals(-3.2, FormattedNumber.parse("-$3.20", '.'));
    assertEquals(-3.2, FormattedNumber.parse("$-3.20", '.'));
    assertEquals(-12.5, FormattedNumber.parse("($12.50)", '.'));
    assertEquals(-12.5, FormattedNumber.parse("(12.50)", '.'));
    assertEquals(1234.56, FormattedNumber.parse("1\u202F234,56\u00A0€", ','));
    assertEquals(12.5, FormattedNumber.parse("EUR 12.50", '.'));
    assertEquals(12.5, FormattedNumber.parse("12.50EUR", '.'));
    assertEquals(3.2, FormattedNumber.parse("US$3.20", '.'));
    assertEquals(1200L, FormattedNumber.parse("¥1,200", '.'));
    assertEquals(ValueUnit.currency("US$"), FormattedNumber.unitOf("US$3.20"));
    assertEquals(ValueUnit.NONE, FormattedNumber.unitOf("(12.50)"));
    assertEquals(ValueUnit.PERCENT, FormattedNumber.unitOf("3%"));
  }

  @Test void whatIsNoFormattedNumber() {
    for (String text : new String[] {"Total", "%", "$", "5%%", "$5%", "(12.50", "12.50)", "(-12)", "ABC 12", "12 ABC",
        "--", "-", "$ ", "1,5 $", "12-34", "(none)", "EUR", "5 %%"}) {
      assertNull(FormattedNumber.parse(text, '.'), text);
    }
    // plain numbers are left to NumberText: no parts
    assertNull(FormattedNumber.split("-12.5"));
    assertNull(FormattedNumber.split("1234"));
  }

  @Test void durations() {
    assertEquals(173L, DurationText.parse("0:02:53", false));
    assertEquals(83L, DurationText.parse("00:01:23", false));
    assertEquals(3723.5, DurationText.parse("1:02:03.5", false));
    assertEquals(93600L, DurationText.parse("26:00:00", false));
    assertEquals(750L, DurationText.parse("12:30", true));
    for (String text : new String[] {"12:30", "1:60:00", "1:00:60", "1:2:03", "1:02:03.", "a:02:03", ":02:03",
        "1:02:03 PM", "2026-01-02"}) {
      assertNull(DurationText.parse(text, false), text);
    }
  }

  @Test void monthNames() {
    assertEquals(LocalDate.of(2026, 11, 27).toEpochDay(), DateTimeText.parse("Nov 27, 2026", Shape.MONTH_NAME).epochDay());
    assertEquals(LocalDate.of(2026, 8, 15).toEpochDay(), DateTimeText.parse("15 août 2026", Shape.MONTH_NAME).epochDay());
    assertEquals(LocalDate.of(2026, 12, 1).toEpochDay(), DateTimeText.parse("1-DEC-2026", Shape.MONTH_NAME).epochDay());
    // 7:30 PM is 19:30: 70 200 000 ms into the day
    assertEquals(70_200_000L, DateTimeText.parse("Nov 27, 2026 7:30 PM", Shape.MONTH_NAME).millisOfDay());
    for (String text : new String[] {"May", "Nov 27", "Nov 31, 2026", "27 Nov 26", "27 Nov-2026", "Novx 27, 2026",
        "27 Foo 2026", "Total: Nov", "Nov 27, 2026 25:00", "Nov 27, 2026 13:00 PM"}) {
      assertNull(DateTimeText.parse(text, Shape.MONTH_NAME), text);
    }
  }

  @Test void noValueMarkers() {
    for (String text : new String[] {"--", "-", "\u2014", "N/A", "n/a", "NA", "null", "(none)"}) {
      assertEquals(true, NoValue.isMarker(text), text);
    }
    for (String text : new String[] {"", "---", "none", "Null", "n.a.", "NaN", "0"}) {
      assertEquals(false, NoValue.isMarker(text), text);
    }
  }
}
