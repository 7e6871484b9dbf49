package com.engagementjdbc;

import static com.engagementjdbc.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words exports name their columns with are column names unquoted, as in DuckDB and PostgreSQL, through Calcite's
 * Babel parser; the functions of the same names still work.
 */
class KeywordColumnsTest {
  /** Each accepted unquoted, as a column and as an alias. */
  private static final List<String> WORDS = List.of("Day", "Month", "Year", "Hour", "Minute", "Second", "Quarter",
      "Week", "Value", "Position", "Rank", "Language", "Result", "User", "Level", "Type", "Name", "Source", "Status",
      "Format", "Count", "Sum", "Min", "Max", "Avg", "Key", "First", "Last", "Percent", "Lower", "Upper", "Period",
      "Method", "Content", "Action", "Domain", "Country", "Currency");

  @TempDir Path dir;

  @BeforeEach void writeExport() throws Exception {
    Db.write(dir, "keywords.csv", String.join(",", WORDS) + ",ts\n"
        + String.join(",", WORDS.stream().map(w -> w.toLowerCase() + "1").toList()) + ",2026-03-14 18:05:00\n"
        + String.join(",", WORDS.stream().map(w -> w.toLowerCase() + "2").toList()) + ",2025-11-02 07:30:00\n");
    Db.write(dir, "search_console_queries.csv", "Query,Clicks,Impressions,CTR,Position\n"
        + "running shoes,120,4000,0.03,3.2\n"
        + "trail shoes,45,3000,0.015,7.8\n");
    Db.write(dir, "youtube_totals.csv", "Date,Views,Day,Month,Year,Hour,Week,Value\n"
        + "2026-03-14,1500,14,3,2026,18,11,2.5\n"
        + "2026-03-15,900,15,3,2026,9,11,1.5\n");
  }

  @Test void everyWordIsAColumnUnquoted() throws Exception {
    for (String word : WORDS) {
      assertEquals(List.of(row(word.toLowerCase() + "2")), Db.rows(dir, "SELECT " + word + " FROM keywords WHERE "
          + word + " = '" + word.toLowerCase() + "2' ORDER BY " + word), word);
      assertEquals(List.of(row(word.toLowerCase() + "1"), row(word.toLowerCase() + "2")), Db.rows(dir,
          "SELECT k." + word + " AS " + word + " FROM keywords k GROUP BY k." + word + " ORDER BY 1"), word);
    }
  }

  @Test void exportsQueriedAsAnalystsWriteThem() throws Exception {
    // positions 3.2 and 7.8: mean 5.5
    assertEquals(List.of(row("running shoes", 3.2), row("trail shoes", 7.8)),
        Db.rows(dir, "SELECT Query, Position FROM search_console_queries ORDER BY Position"));
    assertEquals(List.of(row(5.5)), Db.rows(dir, "SELECT AVG(Position) FROM search_console_queries"));
    // 1500 + 900 = 2400 views in week 11 of March 2026; value 2.5 + 1.5 = 4.0
    assertEquals(List.of(row(2026, 3, 11, 2400L, 4.0)), Db.rows(dir,
        "SELECT Year, Month, Week, SUM(Views), SUM(Value) FROM youtube_totals GROUP BY Year, Month, Week"));
    assertEquals(List.of(row(14, 18)), Db.rows(dir,
        "SELECT Day, Hour FROM youtube_totals WHERE Day = 14"));
  }

  @Test void functionsOfTheSameNamesStillWork() throws Exception {
    // ts of row 1: 2026-03-14 18:05:00
    assertEquals(List.of(row(2026L, 3L, 14L, 18L, 5L, 0L, 1L, 11L)), Db.rows(dir,
        "SELECT YEAR(ts), MONTH(ts), DAYOFMONTH(ts), HOUR(ts), MINUTE(ts), SECOND(ts), QUARTER(ts), WEEK(ts) "
            + "FROM keywords WHERE Day = 'day1'"));
    assertEquals(List.of(row(2026L, 18L)), Db.rows(dir,
        "SELECT EXTRACT(YEAR FROM ts), EXTRACT(HOUR FROM ts) FROM keywords WHERE Day = 'day1'"));
    // a column named Year beside the function YEAR: each where it belongs
    assertEquals(List.of(row(2026, 2026L)), Db.rows(dir,
        "SELECT Year, YEAR(CAST(Date AS DATE)) FROM youtube_totals WHERE Day = 14".replace("Date", "\"Date\"")));
    assertEquals(List.of(row(2L, "count2", "sum2")), Db.rows(dir,
        "SELECT COUNT(*), MAX(Count), MAX(Sum) FROM keywords"));
  }

  @Test void quotedNamesStillWork() throws Exception {
    assertEquals(List.of(row("value1", "position1", "user1")), Db.rows(dir,
        "SELECT \"Value\", \"position\", \"USER\" FROM keywords WHERE \"Day\" = 'day1'"));
  }

  @Test void niladicFunctionsWithoutAColumnOfTheirName() throws Exception {
    // no column named user or current_date in this table: the SQL standard's niladic functions
    assertEquals(List.of(row("sa", true)), Db.rows(dir,
        "SELECT USER, CURRENT_DATE = CAST(CURRENT_TIMESTAMP AS DATE) FROM search_console_queries WHERE Clicks = 45"));
    // a column named User wins over the function
    assertEquals(List.of(row("user1")), Db.rows(dir, "SELECT User FROM keywords WHERE Day = 'day1'"));
  }

  @Test void dateTimeAndTimestampStayReservedAndSaySo() throws Exception {
    SqlAssert.fails(() -> Db.rows(dir, "SELECT Date, Views FROM youtube_totals"), "42000", "Date",
        "\"Date\"");
    assertEquals(List.of(row(java.sql.Date.valueOf("2026-03-14"), 1500)), Db.rows(dir,
        "SELECT \"Date\", Views FROM youtube_totals WHERE \"date\" = DATE '2026-03-14'"));
  }
}
