package com.engagementjdbc.source;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * One column of a cached file, held compactly: numbers, dates and booleans in primitive arrays with a NULL bitmap,
 * text dictionary-encoded while few values repeat (platforms, channels) and as UTF-8 bytes otherwise (ids,
 * captions). Values come out boxed, in Calcite's run-time representation, only for the rows and columns a query
 * reads.
 */
public abstract class ColumnVector {
  final BitSet nulls;
  final int size;
  /** {@link #distinctCount()} once counted, else -1. */
  private volatile long distinct = -1;

  ColumnVector(BitSet nulls, int size) {
    this.nulls = nulls;
    this.size = size;
  }

  public final int size() {
    return size;
  }

  public final Object get(int row) {
    return nulls.get(row) ? null : value(row);
  }

  abstract Object value(int row);

  public final boolean isNull(int row) {
    return nulls.get(row);
  }

  /** The stored number of a BOOLEAN (0/1), INTEGER, DATE (days), BIGINT or TIMESTAMP (milliseconds) column. */
  public long longAt(int row) {
    throw new UnsupportedOperationException("not a column of whole numbers");
  }

  /** The stored number of a DOUBLE column. */
  public double doubleAt(int row) {
    throw new UnsupportedOperationException("not a DOUBLE column");
  }

  /**
   * The non-null rows of a text column whose value passes {@code test}. A dictionary column asks the test once per
   * distinct value and then only compares codes, so a filter on a platform or a channel reads no text per row.
   */
  public IntPredicate textMatching(Predicate<String> test) {
    throw new UnsupportedOperationException("not a text column");
  }

  /** True for a text column held as a dictionary: each row a code, each distinct value a String once. */
  public boolean hasDictionary() {
    return false;
  }

  /** The dictionary code of a row of a {@linkplain #hasDictionary() dictionary} column. */
  public int codeAt(int row) {
    throw new UnsupportedOperationException("not a dictionary column");
  }

  /** The value a dictionary code stands for. */
  public String decode(int code) {
    throw new UnsupportedOperationException("not a dictionary column");
  }

  public final int nullCount() {
    return nulls.cardinality();
  }

  /**
   * How many distinct non-NULL values the column holds, for the planner's statistics: counted exactly in one pass
   * when first asked for (most columns never are), then kept with the column.
   */
  public final long distinctCount() {
    long known = distinct;
    if (known < 0) {
      known = countDistinct();
      distinct = known;
    }
    return known;
  }

  abstract long countDistinct();

  /** Heap bytes held, roughly: for the cache's accounting and the benchmark report. */
  public abstract long bytes();

  /** INTEGER or DATE (days) values; a row in {@code nulls} is NULL whatever its value. */
  static ColumnVector ofInts(int[] values, BitSet nulls) {
    return new ColumnVector(nulls, values.length) {
      @Override Object value(int row) {
        return values[row];
      }

      @Override public long longAt(int row) {
        return values[row];
      }

      @Override long countDistinct() {
        return DistinctCount.ofLongs(size, nulls, row -> values[row]);
      }

      @Override public long bytes() {
        return 4L * size + size / 8;
      }
    };
  }

  /** BIGINT, TIMESTAMP (milliseconds) or, with {@code bool}, BOOLEAN (0 or 1) values. */
  static ColumnVector ofLongs(long[] values, BitSet nulls, boolean bool) {
    return new ColumnVector(nulls, values.length) {
      @Override Object value(int row) {
        return bool ? (Object) (values[row] != 0) : (Object) values[row];
      }

      @Override public long longAt(int row) {
        return values[row];
      }

      @Override long countDistinct() {
        return DistinctCount.ofLongs(size, nulls, row -> values[row]);
      }

      @Override public long bytes() {
        return 8L * size + size / 8;
      }
    };
  }

  static ColumnVector ofDoubles(double[] values, BitSet nulls) {
    return new ColumnVector(nulls, values.length) {
      @Override Object value(int row) {
        return values[row];
      }

      @Override public double doubleAt(int row) {
        return values[row];
      }

      /** -0.0 and 0.0 are one value in SQL, so one bit pattern here. */
      @Override long countDistinct() {
        return DistinctCount.ofLongs(size, nulls, row -> Double.doubleToLongBits(values[row] + 0.0));
      }

      @Override public long bytes() {
        return 8L * size + size / 8;
      }
    };
  }

  /**
   * DECIMAL values as whole numbers of their smallest unit ({@code 12.50} at scale 2 is 1250), all at one scale:
   * exact, and as compact as BIGINT.
   */
  static ColumnVector ofDecimals(long[] unscaled, int scale, BitSet nulls) {
    return new ColumnVector(nulls, unscaled.length) {
      @Override Object value(int row) {
        return BigDecimal.valueOf(unscaled[row], scale);
      }

      @Override long countDistinct() {
        return DistinctCount.ofLongs(size, nulls, row -> unscaled[row]);
      }

      @Override public long bytes() {
        return 8L * size + size / 8;
      }
    };
  }

  /** A builder for a column of the given type. */
  public static Builder builder(ColumnType type) {
    return switch (type) {
      case BOOLEAN -> new LongBuilder(true, false);
      case INTEGER, DATE -> new LongBuilder(false, true);
      case BIGINT, TIMESTAMP -> new LongBuilder(false, false);
      case DECIMAL -> new DecimalBuilder();
      case DOUBLE -> new DoubleBuilder();
      case VARCHAR -> new TextBuilder();
    };
  }

  /** Collects the values of one column, row by row; {@code null} is SQL NULL. */
  public abstract static class Builder {
    final BitSet nulls = new BitSet();
    int size;

    public final void add(Object value) {
      if (value == null) {
        nulls.set(size);
        setNull();
      } else {
        set(value);
      }
      size++;
    }

    /** Adds a non-NULL text value given as UTF-8 bytes; text storage may take them without making a String. */
    public void addUtf8(byte[] bytes, int start, int end) {
      add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
    }

    abstract void set(Object value);

    /** Keeps row-aligned storage aligned across a NULL; most storages need nothing. */
    void setNull() {
    }

    static int grown(int length, int index) {
      return Math.max(index + 1, length * 2);
    }

    public abstract ColumnVector build();
  }

  /** BOOLEAN, INTEGER, DATE (int days), BIGINT and TIMESTAMP (long milliseconds) share one growable array. */
  private static final class LongBuilder extends Builder {
    private final boolean bool;
    private final boolean narrow;
    private long[] longs = new long[1024];
    private int[] ints = new int[1024];

    LongBuilder(boolean bool, boolean narrow) {
      this.bool = bool;
      this.narrow = narrow;
    }

    @Override void set(Object value) {
      if (narrow) {
        if (size >= ints.length) {
          ints = Arrays.copyOf(ints, grown(ints.length, size));
        }
        ints[size] = (Integer) value;
      } else {
        if (size >= longs.length) {
          longs = Arrays.copyOf(longs, grown(longs.length, size));
        }
        longs[size] = bool ? ((Boolean) value ? 1 : 0) : (Long) value;
      }
    }

    @Override public ColumnVector build() {
      return narrow ? ofInts(Arrays.copyOf(ints, size), nulls) : ofLongs(Arrays.copyOf(longs, size), nulls, bool);
    }
  }

  /** DECIMAL values ({@code BigDecimal}), kept at the largest scale among them. */
  private static final class DecimalBuilder extends Builder {
    private long[] unscaled = new long[1024];
    private int scale;

    @Override void set(Object value) {
      BigDecimal decimal = (BigDecimal) value;
      if (decimal.scale() > scale) {
        long factor = BigDecimal.TEN.pow(decimal.scale() - scale).longValueExact();
        for (int i = 0; i < size; i++) {
          unscaled[i] = Math.multiplyExact(unscaled[i], factor);
        }
        scale = decimal.scale();
      }
      if (size >= unscaled.length) {
        unscaled = Arrays.copyOf(unscaled, grown(unscaled.length, size));
      }
      unscaled[size] = decimal.setScale(scale).unscaledValue().longValueExact();
    }

    @Override public ColumnVector build() {
      return ofDecimals(Arrays.copyOf(unscaled, size), scale, nulls);
    }
  }

  private static final class DoubleBuilder extends Builder {
    private double[] values = new double[1024];

    @Override void set(Object value) {
      if (size >= values.length) {
        values = Arrays.copyOf(values, grown(values.length, size));
      }
      values[size] = (Double) value;
    }

    @Override public ColumnVector build() {
      return ofDoubles(Arrays.copyOf(values, size), nulls);
    }
  }

  /**
   * Text: a dictionary while distinct values stay under {@link #MAX_DICTIONARY} (one String each, codes per row);
   * past that, every value's UTF-8 bytes in one array with offsets, a String made only when a row is read. Values
   * are looked up by their UTF-8 bytes, so cells given as bytes ({@link #addUtf8}) need no String but for a new
   * value.
   */
  private static final class TextBuilder extends Builder {
    private static final int MAX_DICTIONARY = 4096;
    private static final byte[] NO_BYTES = new byte[0];
    /** Open addressing: code + 1 of the value hashed to each slot, 0 for none; at most half full. */
    private int[] slots = new int[2 * MAX_DICTIONARY];
    private byte[] keys = new byte[1024];
    private int[] keyEnds = new int[MAX_DICTIONARY + 1];
    private int distinct;
    private String[] dictionary = new String[16];
    private int[] rowCodes = new int[1024];
    private byte[] bytes;
    private int[] offsets;
    private int used;

    @Override void set(Object value) {
      String text = (String) value;
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      put(utf8, 0, utf8.length, text);
    }

    @Override public void addUtf8(byte[] text, int start, int end) {
      put(text, start, end, null);
      size++;
    }

    /** Adds the value at row {@code size}; {@code known} is its String, when there is one already. */
    private void put(byte[] utf8, int start, int end, String known) {
      if (slots != null) {
        int code = codeOf(utf8, start, end, known);
        if (code >= 0) {
          if (size >= rowCodes.length) {
            rowCodes = Arrays.copyOf(rowCodes, grown(rowCodes.length, size));
          }
          rowCodes[size] = code;
          return;
        }
        switchToBytes();
      }
      append(utf8, start, end);
    }

    /** The value's code, a new one for a new value; -1 when the dictionary is full. */
    private int codeOf(byte[] utf8, int start, int end, String known) {
      int hash = 0;
      for (int i = start; i < end; i++) {
        hash = 31 * hash + utf8[i];
      }
      int mask = slots.length - 1;
      for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
        int code = slots[slot] - 1;
        if (code < 0) {
          if (distinct == MAX_DICTIONARY) {
            return -1;
          }
          slots[slot] = distinct + 1;
          return newCode(utf8, start, end, known);
        }
        int keyStart = keyEnds[code];
        if (Arrays.equals(keys, keyStart, keyEnds[code + 1], utf8, start, end)) {
          return code;
        }
      }
    }

    private int newCode(byte[] utf8, int start, int end, String known) {
      int code = distinct++;
      int keyStart = keyEnds[code];
      int keyEnd = keyStart + end - start;
      if (keyEnd > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keyEnd));
      }
      System.arraycopy(utf8, start, keys, keyStart, end - start);
      keyEnds[code + 1] = keyEnd;
      if (code == dictionary.length) {
        dictionary = Arrays.copyOf(dictionary, code * 2);
      }
      dictionary[code] = known != null ? known : new String(utf8, start, end - start, StandardCharsets.UTF_8);
      return code;
    }

    @Override void setNull() {
      if (slots == null) {
        append(NO_BYTES, 0, 0);
      }
    }

    /** Re-encodes the rows so far as bytes: a column with this many distinct values is not categorical. */
    private void switchToBytes() {
      bytes = new byte[Math.max(1 << 16, size * 16)];
      offsets = new int[Math.max(1024, size * 2) + 1];
      int rows = size;
      size = 0;
      for (int row = 0; row < rows; row++) {
        int code = nulls.get(row) || row >= rowCodes.length ? -1 : rowCodes[row];
        append(keys, code < 0 ? 0 : keyEnds[code], code < 0 ? 0 : keyEnds[code + 1]);
        size++;
      }
      slots = null;
      keys = null;
      keyEnds = null;
      dictionary = null;
      rowCodes = null;
    }

    private void append(byte[] utf8, int start, int end) {
      int length = end - start;
      if (used + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
      }
      if (size + 1 >= offsets.length) {
        offsets = Arrays.copyOf(offsets, grown(offsets.length, size + 1));
      }
      System.arraycopy(utf8, start, bytes, used, length);
      used += length;
      offsets[size + 1] = used;
    }

    @Override public ColumnVector build() {
      if (slots != null) {
        String[] values = Arrays.copyOf(dictionary, distinct);
        int[] built = Arrays.copyOf(rowCodes, size);
        return new ColumnVector(nulls, size) {
          @Override Object value(int row) {
            return values[built[row]];
          }

          @Override public IntPredicate textMatching(Predicate<String> test) {
            boolean[] passes = new boolean[values.length];
            for (int code = 0; code < values.length; code++) {
              passes[code] = test.test(values[code]);
            }
            return row -> !nulls.get(row) && passes[built[row]];
          }

          @Override public boolean hasDictionary() {
            return true;
          }

          @Override public int codeAt(int row) {
            return built[row];
          }

          @Override public String decode(int code) {
            return values[code];
          }

          /** Every dictionary entry was added by a non-NULL row. */
          @Override long countDistinct() {
            return values.length;
          }

          @Override public long bytes() {
            long strings = 0;
            for (String value : values) {
              strings += 48 + value.length();
            }
            return 4L * size + strings;
          }
        };
      }
      byte[] data = Arrays.copyOf(bytes, used);
      int[] ends = Arrays.copyOf(offsets, size + 1);
      return new ColumnVector(nulls, size) {
        @Override Object value(int row) {
          return new String(data, ends[row], ends[row + 1] - ends[row], StandardCharsets.UTF_8);
        }

        @Override public IntPredicate textMatching(Predicate<String> test) {
          return row -> !nulls.get(row) && test.test((String) value(row));
        }

        @Override long countDistinct() {
          return DistinctCount.ofBytes(size, nulls, data, ends);
        }

        @Override public long bytes() {
          return data.length + 4L * ends.length;
        }
      };
    }
  }
}
