package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;

/**
 * Numbers the keys of a cached file's rows so that arrays can be indexed by key: a single key whose values lie in a
 * range not much wider than the rows (ids, mostly) is numbered by its value minus the lowest, one array index per
 * lookup; other keys through a {@link GroupIndex}, 0, 1, 2... in the order first seen. Equal keys get one number;
 * a NULL key none.
 */
public final class KeyNumbers {
  private final VectorExpression[] keys;
  private final GroupIndex index;
  private final long lowest;
  private final long highest;

  private KeyNumbers(VectorExpression[] keys, int rows) {
    this.keys = keys;
    long[] range = keys.length == 1 ? range(keys[0], rows) : null;
    index = range == null ? new GroupIndex(keys) : null;
    lowest = range == null ? 0 : range[0];
    highest = range == null ? -1 : range[1];
  }

  /** The numbering of keys of the first {@code rows} rows of the given expressions. */
  static KeyNumbers of(VectorExpression[] keys, int rows) {
    return new KeyNumbers(keys, rows);
  }

  /** The numbering of a whole-number, date or timestamp column of a cached file. */
  public static KeyNumbers of(ColumnVector column, ColumnType type) {
    if (type == ColumnType.VARCHAR || type == ColumnType.DOUBLE) {
      throw new IllegalArgumentException("keys are numbered from whole numbers, not " + type);
    }
    return of(new VectorExpression[] {VectorExpression.column(column, type)}, column.size());
  }

  /** The number of a row's keys, a new one if need be; -1 when one of them is NULL. */
  public int numberOf(int row) {
    if (index == null) {
      return keys[0].isNull(row) ? -1 : (int) (keys[0].keyAt(row) - lowest);
    }
    return index.hasNullKey(row) ? -1 : index.groupOf(row);
  }

  /** A bound on the numbers given so far: each is below it. */
  public int size() {
    return index == null ? (int) (highest - lowest + 1) : index.size();
  }

  /** The number of the keys of a row of another file read by {@code probeKeys}, or -1 when none has them. */
  int find(VectorExpression[] probeKeys, int row) {
    if (index != null) {
      return index.find(probeKeys, row);
    }
    return probeKeys[0].isNull(row) ? -1 : find(probeKeys[0].keyAt(row));
  }

  /** The number of a single key's value, or -1 when no row has it; safe to call from several threads. */
  public int find(long key) {
    if (index != null) {
      return index.find(key);
    }
    return key < lowest || key > highest ? -1 : (int) (key - lowest);
  }

  /** Heap bytes held, roughly: nothing for keys numbered by value. */
  public long bytes() {
    return index == null ? 0 : index.bytes();
  }

  /** The lowest and highest values of a key, when they are close enough to index an array; else null. */
  private static long[] range(VectorExpression key, int rows) {
    long lowest = Long.MAX_VALUE;
    long highest = Long.MIN_VALUE;
    for (int row = 0; row < rows; row++) {
      if (!key.isNull(row)) {
        long value = key.keyAt(row);
        lowest = Math.min(lowest, value);
        highest = Math.max(highest, value);
      }
    }
    long width = highest - lowest;
    // a negative width is ids more than 2^63 apart: far from dense, and never to be cast to an index
    boolean dense = lowest <= highest && width >= 0 && width < 4L * rows + 1024 && width < (1 << 28);
    return dense ? new long[] {lowest, highest} : null;
  }
}
