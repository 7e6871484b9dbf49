package com.engagementjdbc.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The text cells of a table between splitting and conversion, stored column by column as ranges of bytes: a CSV
 * file's cells are ranges of the file's own bytes, so splitting copies nothing and makes no String; a String is
 * made only for a cell that conversion must read as text, and lives only as long as that. Holding a String per
 * cell instead would cost some 40 bytes of headers per cell and, for a file of millions of cells, seconds of
 * garbage collection copying them.
 *
 * <p>The bytes are in an encoding where every ASCII character is its own single byte (UTF-8, or a single-byte
 * encoding such as windows-1252), so digits, signs and the first characters of NULL markers can be read byte by
 * byte; {@link #cell} decodes the rest.
 */
public final class TextCells {
  private static final int INITIAL_ROWS = 1024;

  private final int width;
  private final Charset charset;
  /** The bytes cells are ranges of; grown only by cells added as Strings. */
  private byte[] data;
  private int dataLength;
  private final int[][] starts;
  private final int[][] ends;
  private long[] lines;
  private int rows;
  /** Cells ({@code row * width + column}) whose bytes hold each quote doubled; see {@link #collapseDoubled}. */
  private long[] doubled = new long[0];
  private int doubledCount;

  /** Cells added as Strings ({@link #add(long, List)}), kept as UTF-8. */
  public TextCells(int width) {
    this(width, new byte[0], StandardCharsets.UTF_8, INITIAL_ROWS);
  }

  /**
   * Cells that are ranges of {@code data}, text in {@code charset} (ASCII-compatible, see the class comment), with
   * room for {@code expectedRows} records before the arrays must grow.
   */
  public TextCells(int width, byte[] data, Charset charset, int expectedRows) {
    this.width = width;
    this.charset = charset;
    this.data = data;
    this.dataLength = data.length;
    this.starts = new int[width][];
    this.ends = new int[width][];
    int capacity = Math.max(16, expectedRows);
    this.lines = new long[capacity];
    for (int i = 0; i < width; i++) {
      starts[i] = new int[capacity];
      ends[i] = new int[capacity];
    }
  }

  /** A record's fields as ranges of the bytes the cells were made with. */
  public interface Fields {
    int size();

    int start(int index);

    int end(int index);

    /** True when field {@code index} is quoted text whose quotes are doubled in its bytes. */
    boolean doubledQuotes(int index);
  }

  /** Adds a record of exactly {@link #width()} fields, ranges of this table's bytes, found on the given line. */
  public void add(long line, Fields fields) {
    if (rows == lines.length) {
      grow();
    }
    lines[rows] = line;
    for (int i = 0; i < width; i++) {
      starts[i][rows] = fields.start(i);
      ends[i][rows] = fields.end(i);
      if (fields.doubledQuotes(i)) {
        markDoubled((long) rows * width + i);
      }
    }
    rows++;
  }

  /** Adds a record of exactly {@link #width()} fields given as text. */
  public void add(long line, List<String> fields) {
    if (rows == lines.length) {
      grow();
    }
    lines[rows] = line;
    for (int i = 0; i < width; i++) {
      byte[] bytes = fields.get(i).getBytes(charset);
      if (dataLength + bytes.length > data.length) {
        data = Arrays.copyOf(data, Math.max(dataLength + bytes.length, data.length * 2 + 64));
      }
      System.arraycopy(bytes, 0, data, dataLength, bytes.length);
      starts[i][rows] = dataLength;
      dataLength += bytes.length;
      ends[i][rows] = dataLength;
    }
    rows++;
  }

  private void markDoubled(long cell) {
    if (doubledCount == doubled.length) {
      doubled = Arrays.copyOf(doubled, Math.max(16, doubledCount * 2));
    }
    doubled[doubledCount++] = cell;
  }

  /**
   * Appends the records of {@code other}, of the same width and ranges of the same bytes, their lines moved by
   * {@code lineOffset}.
   */
  public void append(TextCells other, long lineOffset) {
    if (other.data != data) {
      throw new IllegalArgumentException("cells of other bytes");
    }
    while (rows + other.rows > lines.length) {
      grow();
    }
    for (int row = 0; row < other.rows; row++) {
      lines[rows + row] = other.lines[row] + lineOffset;
    }
    for (int i = 0; i < width; i++) {
      System.arraycopy(other.starts[i], 0, starts[i], rows, other.rows);
      System.arraycopy(other.ends[i], 0, ends[i], rows, other.rows);
    }
    for (int i = 0; i < other.doubledCount; i++) {
      markDoubled(other.doubled[i] + (long) rows * width);
    }
    rows += other.rows;
  }

  /**
   * Makes each cell added with doubled quotes read as its value, each pair of {@code quote} bytes one: done in the
   * bytes themselves, once no other reading of them is to come (the cells are final), so that the common cell
   * costs no check.
   */
  public void collapseDoubled(byte quote, byte escape) {
    for (int i = 0; i < doubledCount; i++) {
      int row = (int) (doubled[i] / width);
      int column = (int) (doubled[i] % width);
      ends[column][row] = starts[column][row] + unescape(data, starts[column][row], ends[column][row], quote, escape);
    }
    doubledCount = 0;
  }

  /**
   * Rewrites the bytes of a quoted field in place as its value: each doubled {@code quote} one and, when
   * {@code escape} is another byte, each {@code escape} before a quote or itself dropped. Returns the value's length.
   */
  public static int unescape(byte[] bytes, int start, int end, byte quote, byte escape) {
    int to = start;
    for (int from = start; from < end; from++) {
      if (escape != quote && bytes[from] == escape && from + 1 < end
          && (bytes[from + 1] == quote || bytes[from + 1] == escape)) {
        bytes[to++] = bytes[++from];
      } else {
        // a quote inside a quoted field is always doubled there (the tokenizer ends the field at a lone one)
        bytes[to++] = bytes[from];
        if (bytes[from] == quote) {
          from++;
        }
      }
    }
    return to - start;
  }

  /** Takes a record out, the records after it moving up; only once quotes are collapsed ({@link #collapseDoubled}). */
  public void remove(int row) {
    if (doubledCount > 0) {
      throw new IllegalStateException("cells with doubled quotes");
    }
    int after = rows - row - 1;
    System.arraycopy(lines, row + 1, lines, row, after);
    for (int i = 0; i < width; i++) {
      System.arraycopy(starts[i], row + 1, starts[i], row, after);
      System.arraycopy(ends[i], row + 1, ends[i], row, after);
    }
    rows--;
  }

  private void grow() {
    int capacity = lines.length + Math.max(16, lines.length / 2);
    lines = Arrays.copyOf(lines, capacity);
    for (int i = 0; i < width; i++) {
      starts[i] = Arrays.copyOf(starts[i], capacity);
      ends[i] = Arrays.copyOf(ends[i], capacity);
    }
  }

  public int width() {
    return width;
  }

  public int rows() {
    return rows;
  }

  public long line(int row) {
    return lines[row];
  }

  public boolean isEmpty(int row, int column) {
    return starts[column][row] == ends[column][row];
  }

  /** What {@link #plainWhole} gives for a cell that is not a plain whole number. */
  public static final long NOT_WHOLE = Long.MIN_VALUE;

  /**
   * The value of a cell that is a plain whole number (an optional minus, 1 to 18 digits, no leading zero), read
   * without making a String of it; else {@link #NOT_WHOLE}.
   */
  public long plainWhole(int row, int column) {
    byte[] bytes = data;
    int end = ends[column][row];
    int first = starts[column][row];
    boolean negative = first < end && bytes[first] == '-';
    if (negative) {
      first++;
    }
    int digits = end - first;
    if (digits < 1 || digits > 18 || (digits > 1 && bytes[first] == '0')) {
      return NOT_WHOLE;
    }
    long value = 0;
    for (int i = first; i < end; i++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        return NOT_WHOLE;
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  /**
   * The epoch milliseconds of a cell that is a plain ISO date or timestamp, read without making a String of it;
   * else {@link DateTimeText#NOT_PLAIN}. See {@link DateTimeText#plainIsoMillis}.
   */
  public long plainIsoMillis(int row, int column) {
    return DateTimeText.plainIsoMillis(data, starts[column][row], ends[column][row]);
  }

  /** Whether a plain ISO cell ({@link #plainIsoMillis}) has a time: it is longer than a date. */
  public boolean plainIsoHasTime(int row, int column) {
    return ends[column][row] - starts[column][row] > 10;
  }

  /** The first character of a cell that is not empty. */
  public char firstChar(int row, int column) {
    byte first = data[starts[column][row]];
    return first >= 0 ? (char) first : cell(row, column).charAt(0);
  }

  /** Adds a non-NULL cell to a vector being built, as its bytes when they are UTF-8 (text storage keeps them). */
  public void addTo(ColumnVector.Builder builder, int row, int column) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      builder.addUtf8(data, starts[column][row], ends[column][row]);
    } else {
      builder.add(cell(row, column));
    }
  }

  public String cell(int row, int column) {
    int start = starts[column][row];
    return new String(data, start, ends[column][row] - start, charset);
  }

  public String[] row(int row) {
    String[] cells = new String[width];
    for (int i = 0; i < width; i++) {
      cells[i] = cell(row, i);
    }
    return cells;
  }
}
