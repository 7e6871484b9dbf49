package com.engagementjdbc.source;

import com.engagementjdbc.source.DateTimeText.Shape;

/**
 * What every non-null value of one column could be, narrowed cell by cell over the whole file: a column is
 * only given a type that every one of its values has, so reading never fails half-way through a file.
 *
 * <p>Numbers are followed under both decimal separators and day/month dates under both orders, because one
 * cell rarely settles them ({@code 1.234}, {@code 03/04/2026}); {@link TypeDecision} settles what the column
 * alone leaves open with the evidence of the whole file.
 */
public final class ColumnProfile {
  private static final int ISO_DATE = 1;
  private static final int ISO_TIMESTAMP = 2;
  private static final int DMY_DATE = 4;
  private static final int DMY_TIMESTAMP = 8;
  private static final int MDY_DATE = 16;
  private static final int MDY_TIMESTAMP = 32;
  private static final int ALL_DATES = 63;

  private boolean allBoolean = true;
  private final NumberProfile dot = new NumberProfile();
  private final NumberProfile comma = new NumberProfile();
  private int dateKinds = ALL_DATES;
  private long values;
  private boolean hasSeparators;
  private String firstVarcharValue;
  private long firstVarcharLine;

  /** Records one non-null cell, found on the given physical line of the file. */
  public void accept(String cell, long line) {
    values++;
    if (allBoolean && !isBoolean(cell)) {
      allBoolean = false;
    }
    if (dot.possible || comma.possible) {
      Number plain = plainInteger(cell);
      if (plain != null) {
        // no separator: both decimal conventions read it the same, so it is parsed once
        dot.accept(plain);
        comma.accept(plain);
      } else {
        dot.accept(NumberText.parse(cell, '.'));
        comma.accept(NumberText.parse(cell, ','));
        if (!hasSeparators && (cell.indexOf('.') >= 0 || cell.indexOf(',') >= 0)) {
          hasSeparators = true;
        }
      }
    }
    if (dateKinds != 0) {
      dateKinds &= dateKindsOf(cell);
    }
    if (firstVarcharValue == null && !allBoolean && !dot.possible && !comma.possible && dateKinds == 0) {
      firstVarcharValue = cell;
      firstVarcharLine = line;
    }
  }

  /** The value of a cell of ASCII digits with an optional minus sign, as NumberText reads it; else null. */
  private static Number plainInteger(String cell) {
    int length = cell.length();
    int start = length > 0 && cell.charAt(0) == '-' ? 1 : 0;
    if (length - start < 1 || length - start > 18) {
      return null;
    }
    for (int i = start; i < length; i++) {
      char c = cell.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return NumberText.parse(cell, '.');
  }

  static boolean isBoolean(String cell) {
    return cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false");
  }

  private static int dateKindsOf(String cell) {
    if (cell.isEmpty() || cell.charAt(0) < '0' || cell.charAt(0) > '9') {
      return 0;
    }
    if (DateTimeText.looksIso(cell)) {
      return kindOf(DateTimeText.parse(cell, Shape.ISO), ISO_DATE, ISO_TIMESTAMP);
    }
    return kindOf(DateTimeText.parse(cell, Shape.DAY_MONTH_YEAR), DMY_DATE, DMY_TIMESTAMP)
        | kindOf(DateTimeText.parse(cell, Shape.MONTH_DAY_YEAR), MDY_DATE, MDY_TIMESTAMP);
  }

  /** A date fits a DATE or a TIMESTAMP column (at midnight); a timestamp only a TIMESTAMP one. */
  private static int kindOf(DateTimeText.Moment moment, int dateKind, int timestampKind) {
    if (moment == null) {
      return 0;
    }
    return moment.hasTime() ? timestampKind : dateKind | timestampKind;
  }

  public long values() {
    return values;
  }

  public boolean allBoolean() {
    return values > 0 && allBoolean;
  }

  /** The column's numbers read the same whichever decimal separator is chosen. */
  boolean numberNeedsNoSeparatorChoice() {
    return !hasSeparators;
  }

  NumberProfile numbers(char decimalSeparator) {
    return decimalSeparator == '.' ? dot : comma;
  }

  boolean fits(Shape shape, boolean timestamp) {
    int kind;
    switch (shape) {
      case ISO: kind = timestamp ? ISO_TIMESTAMP : ISO_DATE; break;
      case DAY_MONTH_YEAR: kind = timestamp ? DMY_TIMESTAMP : DMY_DATE; break;
      default: kind = timestamp ? MDY_TIMESTAMP : MDY_DATE; break;
    }
    return values > 0 && (dateKinds & kind) != 0;
  }

  /** The first value that ruled out every type but VARCHAR, with its line: the reason a column is text. */
  public String firstVarcharValue() {
    return firstVarcharValue;
  }

  public long firstVarcharLine() {
    return firstVarcharLine;
  }

  /** How the column's values read as numbers under one decimal separator. */
  static final class NumberProfile {
    boolean possible = true;
    boolean integral = true;
    boolean fitsInteger = true;

    /** Records a cell's value under this separator: null when the cell is not a number under it. */
    void accept(Number number) {
      if (!possible) {
        return;
      }
      if (number == null) {
        possible = false;
      } else if (number instanceof Long) {
        long value = number.longValue();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
          fitsInteger = false;
        }
      } else {
        integral = false;
      }
    }

    boolean possible(long values) {
      return values > 0 && possible;
    }
  }
}
