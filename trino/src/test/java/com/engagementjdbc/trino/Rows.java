package com.engagementjdbc.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trino.testing.MaterializedResult;
import io.trino.testing.MaterializedRow;
import java.util.ArrayList;
import java.util.List;

/** Rows of the driver and of Trino compared value by value: numbers as numbers, doubles within 1e-9 relative. */
final class Rows {
  private Rows() {
  }

  static List<List<Object>> of(MaterializedResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (MaterializedRow row : result.getMaterializedRows()) {
      rows.add(new ArrayList<>(row.getFields()));
    }
    return rows;
  }

  static void assertSameRows(List<List<Object>> expected, List<List<Object>> actual) {
    assertEquals(expected.size(), actual.size(), "rows");
    for (int i = 0; i < expected.size(); i++) {
      List<Object> expectedRow = expected.get(i);
      List<Object> actualRow = actual.get(i);
      assertEquals(expectedRow.size(), actualRow.size(), "columns of row " + i);
      for (int column = 0; column < expectedRow.size(); column++) {
        assertSameValue(expectedRow.get(column), actualRow.get(column), "row " + i + " column " + column
            + ": driver " + expectedRow + ", Trino " + actualRow);
      }
    }
  }

  private static void assertSameValue(Object expected, Object actual, String where) {
    if (expected instanceof Double || expected instanceof Float || actual instanceof Double) {
      assertTrue(expected instanceof Number && actual instanceof Number, where);
      double e = ((Number) expected).doubleValue();
      double a = ((Number) actual).doubleValue();
      assertTrue(e == a || Math.abs(e - a) <= 1e-9 * Math.max(Math.abs(e), Math.abs(a)), where);
    } else if (expected instanceof Number number && actual instanceof Number other) {
      assertEquals(number.longValue(), other.longValue(), where);
    } else {
      assertEquals(expected, actual, where);
    }
  }
}
