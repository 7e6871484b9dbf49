package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters checked on the column vectors before rows are built must never change an answer. */
class FilterPushdownTest {
  @TempDir Path dir;

  @BeforeEach void writeFile() throws Exception {
    Db.write(dir, "t.csv", "id,n,big,x,txt,d,ts\n"
        + "1,5,3000000000,0.1,a,2026-01-01,2026-01-01 10:00:00\n"
        + "2,-5,-3000000000,-0.0,\"a \",2026-01-02,2026-01-01 10:00:00.001\n"
        + "3,,,,,,\n"
        + "4,0,0,0.0,b,2025-12-31,2025-12-31 23:59:59.999\n");
  }

  private List<List<Object>> ids(String where) throws Exception {
    return Db.rows(dir, "select id from t where " + where + " order by id");
  }

  private static List<List<Object>> expect(Integer... ids) {
    return java.util.Arrays.stream(ids).map(id -> Db.row(id)).toList();
  }

  @Test void numbers() throws Exception {
    assertEquals(expect(1), ids("n > 0"));
    assertEquals(expect(2, 4), ids("n <= 0"));
    assertEquals(expect(1, 2, 4), ids("n <> 7"));
    assertEquals(expect(1), ids("5 = n"));
    assertEquals(expect(1), ids("big >= 3000000000"));
    assertEquals(expect(2), ids("big < 0"));
    // 0.1 as a double, and -0.0 equal to 0.0, as SQL compares them
    assertEquals(expect(1), ids("x = 0.1"));
    assertEquals(expect(2, 4), ids("x = 0"));
    assertEquals(expect(1), ids("x > 0.05"));
  }

  @Test void fractionsAndBoundsBeyondWholeNumbers() throws Exception {
    // n is 5, -5, NULL, 0: against fractions the floor decides, a whole number at the floor is below the fraction
    assertEquals(expect(1), ids("n > 2.5"));
    assertEquals(expect(1, 4), ids("n > -0.5"));
    assertEquals(expect(2), ids("n <= -4.9"));
    assertEquals(expect(1), ids("n = 5.0"));
    assertEquals(expect(), ids("n = 4.5"));
    assertEquals(expect(1, 2, 4), ids("big < 9999999999999999999"));
    assertEquals(expect(1, 2, 4), ids("big > -9999999999999999999"));
  }

  @Test void conditionsJoinedByAnd() throws Exception {
    assertEquals(expect(1), ids("n > 0 and txt = 'a'"));
    assertEquals(expect(4), ids("n >= 0 and x = 0 and \"d\" < DATE '2026-01-01'"));
    assertEquals(expect(2, 4), ids("n <= 0 and n is not null and (txt = 'b' or big < 0)"));
  }

  @Test void inListsRangesAndOr() throws Exception {
    // n is 5, -5, NULL, 0; txt a, "a ", NULL, b; Calcite hands IN lists and ranges to the scan as SEARCH
    assertEquals(expect(1, 4), ids("n in (0, 5, 7)"));
    assertEquals(expect(2), ids("n not in (0, 5)"));
    assertEquals(expect(2, 4), ids("n between -5 and 0"));
    assertEquals(expect(1, 4), ids("txt in ('a', 'b')"));
    assertEquals(expect(1, 2), ids("ts >= TIMESTAMP '2026-01-01 00:00:00' and ts < TIMESTAMP '2026-01-02 00:00:00'"));
    assertEquals(expect(2, 3, 4), ids("n < 1 or n is null"));
    assertEquals(expect(1, 2), ids("n > 4 or txt = 'a '"));
  }

  @Test void nullsTextAndTime() throws Exception {
    assertEquals(expect(3), ids("n is null"));
    assertEquals(expect(1, 2, 4), ids("txt is not null"));
    assertEquals(expect(1), ids("txt = 'a'"));
    assertEquals(expect(2, 4), ids("txt <> 'a'"));
    assertEquals(expect(1, 2), ids("\"d\" >= DATE '2026-01-01'"));
    assertEquals(expect(4), ids("ts < TIMESTAMP '2026-01-01 00:00:00'"));
    assertEquals(expect(2), ids("ts > TIMESTAMP '2026-01-01 10:00:00'"));
  }
}
