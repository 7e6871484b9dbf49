package com.engagementjdbc.source;

import java.util.Arrays;
import java.util.List;

/**
 * The text cells of a table between splitting and conversion, stored column by column: each column's characters
 * in one buffer and where each cell ends. Holding a String per cell instead would cost some 40 bytes of headers
 * per cell and, for a file of millions of cells, seconds of garbage collection copying them; here a cell costs
 * its characters (one byte each while they are Latin-1) and four bytes, and the Strings made to read a cell live
 * only as long as its conversion.
 */
public final class TextCells {
  private static final int INITIAL_ROWS = 1024;

  private final int width;
  private final StringBuilder[] characters;
  private final int[][] ends;
  private long[] lines = new long[INITIAL_ROWS];
  private int rows;

  public TextCells(int width) {
    this.width = width;
    this.characters = new StringBuilder[width];
    this.ends = new int[width][];
    for (int i = 0; i < width; i++) {
      characters[i] = new StringBuilder();
      ends[i] = new int[INITIAL_ROWS];
    }
  }

  /** A record's fields as a reader holds them, copied into the columns without a String per field. */
  public interface Fields {
    int size();

    /** Appends field {@code index} to {@code target}. */
    void appendTo(int index, StringBuilder target);
  }

  /** Adds a record of exactly {@link #width()} fields found on the given physical line. */
  public void add(long line, Fields fields) {
    if (rows == lines.length) {
      grow();
    }
    lines[rows] = line;
    for (int i = 0; i < width; i++) {
      fields.appendTo(i, characters[i]);
      ends[i][rows] = characters[i].length();
    }
    rows++;
  }

  public void add(long line, List<String> fields) {
    add(line, new Fields() {
      @Override public int size() {
        return fields.size();
      }

      @Override public void appendTo(int index, StringBuilder target) {
        target.append(fields.get(index));
      }
    });
  }

  /** Appends the records of {@code other}, of the same width, their lines moved by {@code lineOffset}. */
  public void append(TextCells other, long lineOffset) {
    while (rows + other.rows > lines.length) {
      grow();
    }
    for (int row = 0; row < other.rows; row++) {
      lines[rows + row] = other.lines[row] + lineOffset;
    }
    for (int i = 0; i < width; i++) {
      int base = characters[i].length();
      characters[i].append(other.characters[i]);
      for (int row = 0; row < other.rows; row++) {
        ends[i][rows + row] = other.ends[i][row] + base;
      }
    }
    rows += other.rows;
  }

  private void grow() {
    int capacity = lines.length * 2;
    lines = Arrays.copyOf(lines, capacity);
    for (int i = 0; i < width; i++) {
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

  private int start(int row, int column) {
    return row == 0 ? 0 : ends[column][row - 1];
  }

  public boolean isEmpty(int row, int column) {
    return start(row, column) == ends[column][row];
  }

  /** What {@link #plainWhole} gives for a cell that is not a plain whole number. */
  public static final long NOT_WHOLE = Long.MIN_VALUE;

  /**
   * The value of a cell that is a plain whole number (an optional minus, 1 to 18 digits, no leading zero), read
   * without making a String of it; else {@link #NOT_WHOLE}.
   */
  public long plainWhole(int row, int column) {
    StringBuilder text = characters[column];
    int end = ends[column][row];
    int first = start(row, column);
    boolean negative = first < end && text.charAt(first) == '-';
    if (negative) {
      first++;
    }
    int digits = end - first;
    if (digits < 1 || digits > 18 || (digits > 1 && text.charAt(first) == '0')) {
      return NOT_WHOLE;
    }
    long value = 0;
    for (int i = first; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return NOT_WHOLE;
      }
      value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
  }

  /** The first character of a cell that is not empty. */
  public char firstChar(int row, int column) {
    return characters[column].charAt(start(row, column));
  }

  public String cell(int row, int column) {
    return characters[column].substring(start(row, column), ends[column][row]);
  }

  public String[] row(int row) {
    String[] cells = new String[width];
    for (int i = 0; i < width; i++) {
      cells[i] = cell(row, i);
    }
    return cells;
  }
}
