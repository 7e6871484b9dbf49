package com.engagementjdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact distinct counts of each kind of column vector; NULL is not a value. */
class DistinctCountTest {
  private static ColumnVector vector(ColumnType type, List<?> values) {
    ColumnVector.Builder builder = ColumnVector.builder(type);
    values.forEach(builder::add);
    return builder.build();
  }

  @Test void integersInANarrowRangeAndSpreadOut() {
    // 1, 2, 3 and NULL: 3 values
    assertEquals(3, vector(ColumnType.INTEGER, Arrays.asList(1, 2, 2, null, 3, 1, null)).distinctCount());
    // far apart, so hashed rather than marked in a bitmap: 4 values
    assertEquals(4, vector(ColumnType.BIGINT,
        List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, Long.MAX_VALUE, 1L << 40)).distinctCount());
  }

  @Test void aMillionDistinctIdsAndAThousandRepeatedOnes() {
    ColumnVector.Builder unique = ColumnVector.builder(ColumnType.BIGINT);
    ColumnVector.Builder repeated = ColumnVector.builder(ColumnType.BIGINT);
    for (long i = 0; i < 1_000_000; i++) {
      unique.add(i * 7_919_000_000L);
      repeated.add(i % 1000 * 7_919_000_000L);
    }
    assertEquals(1_000_000, unique.build().distinctCount());
    assertEquals(1000, repeated.build().distinctCount());
  }

  @Test void minusZeroIsZero() {
    // 0.0 = -0.0 in SQL; 1.5 and 0.0: 2 values
    assertEquals(2, vector(ColumnType.DOUBLE, Arrays.asList(0.0, -0.0, 1.5, null, 1.5)).distinctCount());
  }

  @Test void textAsADictionaryAndAsBytes() {
    assertEquals(2, vector(ColumnType.VARCHAR, Arrays.asList("email", "social", null, "email")).distinctCount());
    ColumnVector.Builder ids = ColumnVector.builder(ColumnType.VARCHAR);
    for (int i = 0; i < 10_000; i++) {
      ids.add("P" + i % 5000);
    }
    ids.add(null);
    ColumnVector bytes = ids.build();
    assertEquals(false, bytes.hasDictionary());
    // P0..P4999, each twice
    assertEquals(5000, bytes.distinctCount());
  }

  @Test void noValues() {
    assertEquals(0, vector(ColumnType.TIMESTAMP, Arrays.asList(null, null)).distinctCount());
  }
}
