package com.engagementjdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text columns built from Strings and from UTF-8 bytes (as CSV cells are added) hold the same values. */
class ColumnVectorTest {
  /** A VARCHAR vector of the values (null is NULL), every other non-NULL one given as bytes in a larger array. */
  private static ColumnVector text(List<String> values) {
    ColumnVector.Builder builder = ColumnVector.builder(ColumnType.VARCHAR);
    for (int row = 0; row < values.size(); row++) {
      String value = values.get(row);
      if (value != null && row % 2 == 0) {
        byte[] padded = ("<<" + value + ">>").getBytes(StandardCharsets.UTF_8);
        builder.addUtf8(padded, 2, padded.length - 2);
      } else {
        builder.add(value);
      }
    }
    return builder.build();
  }

  private static void assertHolds(List<String> values, ColumnVector vector) {
    assertEquals(values.size(), vector.size());
    for (int row = 0; row < values.size(); row++) {
      assertEquals(values.get(row), vector.get(row), "row " + row);
    }
  }

  @Test void aFewDistinctValuesAreADictionary() {
    List<String> values = new ArrayList<>();
    String[] channels = {"email", "été", "😀 social", "", "paid_search"};
    for (int row = 0; row < 10_000; row++) {
      values.add(row % 7 == 3 ? null : channels[row % channels.length]);
    }
    ColumnVector vector = text(values);
    assertTrue(vector.hasDictionary());
    assertHolds(values, vector);
    // 5 channels, none of them lost to a NULL row: "" is a value, as the bytes and the String of it are the same
    assertEquals(5, vector.distinctCount());
  }

  @Test void manyDistinctValuesSwitchToBytesWithEveryRowKept() {
    List<String> values = new ArrayList<>();
    for (int row = 0; row < 10_000; row++) {
      values.add(row % 11 == 5 ? null : "caption " + (row % 5_000) + (row % 3 == 0 ? " café" : ""));
    }
    ColumnVector vector = text(values);
    assertFalse(vector.hasDictionary());
    assertHolds(values, vector);
  }
}
