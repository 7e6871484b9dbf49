package com.engagementjdbc.source;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntToLongFunction;

/**
 * Exact counts of the distinct non-NULL values of a column, for the planner's statistics. Exact, because a column
 * reported unique lets Calcite drop a GROUP BY or a join: an estimate would be a wrong answer, not a slow plan.
 * Values are not copied: a table of row numbers is probed with each row's value.
 */
final class DistinctCount {
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
  /** A value range up to this many times the row count is counted in a bitmap, not hashed. */
  private static final int DENSE_RANGE_FACTOR = 16;

  private DistinctCount() {
  }

  /** Distinct values among the non-NULL rows of a column of whole numbers (or of bit patterns of doubles). */
  static long ofLongs(int size, BitSet nulls, IntToLongFunction value) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int present = 0;
    for (int row = nulls.nextClearBit(0); row < size; row = nulls.nextClearBit(row + 1)) {
      long v = value.applyAsLong(row);
      min = Math.min(min, v);
      max = Math.max(max, v);
      present++;
    }
    if (present == 0) {
      return 0;
    }
    long range = max - min;
    if (range >= 0 && range < Math.min((long) DENSE_RANGE_FACTOR * present + 64, Integer.MAX_VALUE)) {
      return inBitmap(size, nulls, value, min, (int) range + 1);
    }
    int[] slots = new int[capacity(present)];
    int mask = slots.length - 1;
    long distinct = 0;
    for (int row = nulls.nextClearBit(0); row < size; row = nulls.nextClearBit(row + 1)) {
      long v = value.applyAsLong(row);
      int slot = hash(v) & mask;
      while (slots[slot] != 0 && value.applyAsLong(slots[slot] - 1) != v) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot] == 0) {
        slots[slot] = row + 1;
        distinct++;
      }
    }
    return distinct;
  }

  private static long inBitmap(int size, BitSet nulls, IntToLongFunction value, long min, int range) {
    BitSet seen = new BitSet(range);
    for (int row = nulls.nextClearBit(0); row < size; row = nulls.nextClearBit(row + 1)) {
      seen.set((int) (value.applyAsLong(row) - min));
    }
    return seen.cardinality();
  }

  /** Distinct values among the non-NULL rows of a text column of UTF-8 bytes, row r's in [ends[r], ends[r + 1]). */
  static long ofBytes(int size, BitSet nulls, byte[] data, int[] ends) {
    int present = size - nulls.cardinality();
    if (present == 0) {
      return 0;
    }
    int[] slots = new int[capacity(present)];
    int mask = slots.length - 1;
    long distinct = 0;
    for (int row = nulls.nextClearBit(0); row < size; row = nulls.nextClearBit(row + 1)) {
      int start = ends[row];
      int end = ends[row + 1];
      int slot = hash(bytesHash(data, start, end)) & mask;
      while (slots[slot] != 0) {
        int other = slots[slot] - 1;
        if (Arrays.equals(data, start, end, data, ends[other], ends[other + 1])) {
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (slots[slot] == 0) {
        slots[slot] = row + 1;
        distinct++;
      }
    }
    return distinct;
  }

  private static long bytesHash(byte[] data, int start, int end) {
    long h = 1;
    for (int i = start; i < end; i++) {
      h = 31 * h + data[i];
    }
    return h;
  }

  /** A power of two at least 1.5 times the values, so probes stay short. */
  private static int capacity(int values) {
    long wanted = Math.max(16, values + (long) values / 2);
    return (int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1);
  }

  private static int hash(long value) {
    long h = value * MULTIPLIER;
    return (int) (h ^ (h >>> 32));
  }
}
