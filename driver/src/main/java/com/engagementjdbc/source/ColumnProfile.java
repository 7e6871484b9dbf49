package com.engagementjdbc.source;

import com.engagementjdbc.source.DateTimeText.Shape;
import java.util.BitSet;

/**
 * What every non-null value of one column could be, narrowed cell by cell over the whole file: a column is
 * only given a type that every one of its values has, so reading never fails half-way through a file.
 *
 * <p>Numbers are followed under both decimal separators and day/month dates under both orders, because one
 * cell rarely settles them ({@code 1.234}, {@code 03/04/2026}); {@link TypeDecision} settles what the column
 * alone leaves open with the evidence of the whole file. A number's unit ({@link ValueUnit}: percent, a currency)
 * must be the same in every cell, and durations ({@code 0:02:53}) are followed beside numbers and dates. The
 * markers of no value ({@link NoValue}: {@code --}, {@code N/A}...) are counted apart: they are NULL if the column
 * turns out to be of numbers, dates or durations, and text otherwise.
 */
public final class ColumnProfile {
  private static final int ISO_DATE = 1;
  private static final int ISO_TIMESTAMP = 2;
  private static final int DMY_DATE = 4;
  private static final int DMY_TIMESTAMP = 8;
  private static final int MDY_DATE = 16;
  private static final int MDY_TIMESTAMP = 32;
  private static final int NAMED_DATE = 64;
  private static final int NAMED_TIMESTAMP = 128;
  private static final int ALL_DATES = 255;

  private boolean allBoolean = true;
  private final NumberProfile dot = new NumberProfile();
  private final NumberProfile comma = new NumberProfile();
  /** Seconds of the {@code h:mm:ss} durations. */
  private final NumberProfile durations = new NumberProfile();
  private int dateKinds = ALL_DATES;
  /** The unit of the first number, null before it; {@link #mixedUnit} is the first cell with another. */
  private ValueUnit unit;
  private String unitValue;
  private long unitLine;
  private String mixedUnitValue;
  private long mixedUnitLine;
  private long noValues;
  private String firstNoValue;
  private long values;
  private boolean hasSeparators;
  private String firstVarcharValue;
  private long firstVarcharLine;
  /** The values parsed on the way, when kept; null once they cannot be the column's. */
  private ParsedValues parsed;

  /** A profile that only profiles. */
  public ColumnProfile() {
  }

  /**
   * A profile that also keeps the values it parses (numbers under {@code .}, ISO dates) for cells at rows
   * {@code 0 .. rows-1}, so that a column whose type turns out to be theirs is converted without parsing again.
   */
  public ColumnProfile(int rows) {
    parsed = new ParsedValues(rows);
  }

  /** Records one non-null cell, found on the given physical line of the file. */
  public void accept(String cell, long line) {
    accept(cell, line, -1);
  }

  /** Records one non-null cell at row {@code row} of the profiled records, found on the given physical line. */
  public void accept(String cell, long line, int row) {
    if (NoValue.isMarker(cell)) {
      // NULL, or text: nothing to keep either way (a row not present is NULL)
      if (noValues++ == 0) {
        firstNoValue = cell;
      }
      return;
    }
    values++;
    if (parsed != null && row >= 0) {
      parsed.present.set(row);
    }
    if (allBoolean && !isBoolean(cell)) {
      allBoolean = false;
    }
    if (dot.possible || comma.possible) {
      Number plain = plainInteger(cell);
      if (plain != null) {
        // no separator: both decimal conventions read it the same, so it is parsed once
        sameUnit(ValueUnit.NONE, cell, line);
        dot.accept(plain, cell, '.');
        comma.accept(plain, cell, ',');
        keepNumber(row, plain);
      } else {
        acceptNumber(cell, line, row);
      }
    } else {
      keepNumber(row, null);
    }
    if (dateKinds != 0) {
      dateKinds &= dateKindsOf(cell, row);
    } else {
      keepMoment(row, null);
    }
    if (durations.possible) {
      durations.accept(DurationText.parse(cell, false), null, '.');
    }
    if (firstVarcharValue == null && onlyText()) {
      firstVarcharValue = cell;
      firstVarcharLine = line;
    }
  }

  /** A cell that is not a plain integer: a number under either separator, maybe with a unit, or none. */
  private void acceptNumber(String cell, long line, int row) {
    FormattedNumber.Parts parts = FormattedNumber.split(cell);
    String digits = parts == null ? cell : parts.digits();
    Number number = parts == null ? NumberText.parse(cell, '.') : FormattedNumber.value(parts, '.');
    Number commaNumber = parts == null ? NumberText.parse(cell, ',') : FormattedNumber.value(parts, ',');
    if ((number != null || commaNumber != null)
        && !sameUnit(parts == null ? ValueUnit.NONE : parts.unit(), cell, line)) {
      number = null;
      commaNumber = null;
    }
    dot.accept(number, digits, '.');
    comma.accept(commaNumber, digits, ',');
    keepNumber(row, number);
    if (!hasSeparators && (digits.indexOf('.') >= 0 || digits.indexOf(',') >= 0)) {
      hasSeparators = true;
    }
  }

  /**
   * Whether a number's unit is the column's (the first number's): a column mixing percentages and plain numbers, or
   * two currencies, is not a column of numbers, whose sum would add unlike things.
   */
  private boolean sameUnit(ValueUnit found, String cell, long line) {
    if (unit == null) {
      unit = found;
      unitValue = cell;
      unitLine = line;
      return true;
    }
    if (unit.equals(found)) {
      return true;
    }
    if (mixedUnitValue == null) {
      mixedUnitValue = cell;
      mixedUnitLine = line;
    }
    dot.possible = false;
    comma.possible = false;
    return false;
  }

  /** True when no type but VARCHAR is left. */
  private boolean onlyText() {
    return !allBoolean && !dot.possible && !comma.possible && dateKinds == 0 && !durations.possible;
  }

  /**
   * True while a cell that is a plain whole number can be added by {@link #acceptWhole}: the column can no longer
   * be a date, and can still be a number (counts, ids: the common case of an export).
   */
  public boolean takesWholeNumbers() {
    return dateKinds == 0 && (dot.possible || comma.possible) && (unit == null || unit == ValueUnit.NONE);
  }

  /**
   * What {@link #accept(String, long, int)} does for a cell that is a plain whole number (an optional minus, up to
   * 18 digits, no leading zero), without the cell as a String; only while {@link #takesWholeNumbers}.
   */
  public void acceptWhole(long value, int row) {
    values++;
    if (parsed != null && row >= 0) {
      parsed.present.set(row);
    }
    allBoolean = false;
    unit = ValueUnit.NONE;
    durations.possible = false;
    dot.acceptWhole(value);
    comma.acceptWhole(value);
    if (parsed != null && !parsed.whole(row, value) && !parsed.keepsAny()) {
      parsed = null;
    }
    keepMoment(row, null);
  }

  /**
   * True while a cell that is a plain ISO date or timestamp can be added by {@link #acceptPlainMoment}: the column
   * can be nothing but an ISO date or timestamp (a column of dates once its first value is read).
   */
  public boolean takesPlainMoments() {
    return !allBoolean && !dot.possible && !comma.possible && dateKinds != 0
        && (dateKinds & ~(ISO_DATE | ISO_TIMESTAMP)) == 0;
  }

  /**
   * What {@link #accept(String, long, int)} does for a cell that is a plain ISO date or timestamp
   * ({@link DateTimeText#plainIsoMillis}), without the cell as a String; only while {@link #takesPlainMoments}.
   */
  public void acceptPlainMoment(long epochMillis, boolean hasTime, int row) {
    values++;
    if (parsed != null && row >= 0) {
      parsed.present.set(row);
    }
    keepNumber(row, null);
    durations.possible = false;
    dateKinds &= hasTime ? ISO_TIMESTAMP : ISO_DATE | ISO_TIMESTAMP;
    if (parsed != null && !parsed.moment(row, epochMillis, hasTime) && !parsed.keepsAny()) {
      parsed = null;
    }
  }

  /** True once only VARCHAR is left for the column: a further cell changes nothing but how many values it has. */
  public boolean isText() {
    return onlyText() && firstVarcharValue != null;
  }

  /** What {@link #accept(String, long, int)} does for a cell of a column that {@link #isText}, without the cell. */
  public void acceptText(int row) {
    values++;
    if (parsed != null && row >= 0) {
      parsed.present.set(row);
    }
    keepNumber(row, null);
    keepMoment(row, null);
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

  private int dateKindsOf(String cell, int row) {
    if (DateTimeText.mayNameMonth(cell)) {
      keepMoment(row, null);
      return kindOf(DateTimeText.parse(cell, Shape.MONTH_NAME), NAMED_DATE, NAMED_TIMESTAMP);
    }
    if (cell.isEmpty() || cell.charAt(0) < '0' || cell.charAt(0) > '9') {
      keepMoment(row, null);
      return 0;
    }
    if (DateTimeText.looksIso(cell)) {
      DateTimeText.Moment moment = DateTimeText.parse(cell, Shape.ISO);
      keepMoment(row, moment);
      return kindOf(moment, ISO_DATE, ISO_TIMESTAMP);
    }
    keepMoment(row, null);
    return kindOf(DateTimeText.parse(cell, Shape.DAY_MONTH_YEAR), DMY_DATE, DMY_TIMESTAMP)
        | kindOf(DateTimeText.parse(cell, Shape.MONTH_DAY_YEAR), MDY_DATE, MDY_TIMESTAMP);
  }

  private void keepNumber(int row, Number number) {
    if (parsed != null && !parsed.number(row, number) && !parsed.keepsAny()) {
      parsed = null;
    }
  }

  private void keepMoment(int row, DateTimeText.Moment moment) {
    if (parsed != null && !parsed.moment(row, moment) && !parsed.keepsAny()) {
      parsed = null;
    }
  }

  /**
   * The cells of rows {@code from} (0, or 1 after a header) to the last as a vector of {@code format}'s type, from
   * the values kept while profiling, when those are exactly what {@link ColumnFormat#read} gives for every cell; else
   * null (the column is then converted cell by cell). Rows whose cell was not profiled are NULL. Called once: the
   * vector may own the profile's arrays.
   */
  public ColumnVector vector(ColumnFormat format, int from) {
    if (parsed == null || values == 0) {
      return null;
    }
    switch (format.unit().kind() == ValueUnit.Kind.DURATION ? ColumnType.VARCHAR : format.type()) {
      case INTEGER:
      case BIGINT:
      case DOUBLE:
        // a cell with a separator reads differently under ','
        boolean sameNumbers = format.decimalSeparator() == '.' || !hasSeparators;
        if (!sameNumbers || (format.type() == ColumnType.INTEGER && !dot.fitsInteger)) {
          return null;
        }
        return parsed.numbers(format.type(), from);
      case DATE:
      case TIMESTAMP:
        return parsed.moments(format.type(), from);
      default:
        return null;
    }
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

  /** How many cells were a marker of no value ({@link NoValue}), and the first of them. */
  public long noValues() {
    return noValues;
  }

  String firstNoValue() {
    return firstNoValue;
  }

  /** The unit every number of the column has; null when it has no number, or numbers of different units. */
  ValueUnit unit() {
    return mixedUnitValue == null ? unit : null;
  }

  /** Why the column's numbers are not numbers of one unit; null when they are. */
  String mixedUnits() {
    if (mixedUnitValue == null) {
      return null;
    }
    ValueUnit other = FormattedNumber.unitOf(mixedUnitValue);
    return "line " + unitLine + " has " + unit.describe() + " ('" + unitValue + "'), line " + mixedUnitLine
        + " " + other.describe() + " ('" + mixedUnitValue + "')";
  }

  NumberProfile durations() {
    return durations;
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
      case MONTH_NAME: kind = timestamp ? NAMED_TIMESTAMP : NAMED_DATE; break;
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
    /** The most digits after the decimal separator, -1 once a value has an exponent. */
    int scale;
    /** The largest absolute value with a fraction. */
    double largestFraction;

    /**
     * Records a cell's value under this separator, null when the cell is not a number under it, with its digits
     * (null when they need not be kept) for its scale.
     */
    void accept(Number number, String digits, char decimalSeparator) {
      if (!possible) {
        return;
      }
      if (number == null) {
        possible = false;
      } else if (number instanceof Long whole) {
        acceptWhole(whole);
      } else {
        integral = false;
        largestFraction = Math.max(largestFraction, Math.abs(number.doubleValue()));
        int digitsAfter = digits == null ? -1 : NumberText.fractionDigits(digits, decimalSeparator);
        scale = digitsAfter < 0 || scale < 0 ? -1 : Math.max(scale, digitsAfter);
      }
    }

    void acceptWhole(long value) {
      if (possible && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
        fitsInteger = false;
      }
    }

    boolean possible(long values) {
      return values > 0 && possible;
    }
  }

  /**
   * Values parsed while profiling, by row: whole numbers (as ints while they fit, else longs), all numbers as doubles
   * once a fraction appears, ISO moments. Rows 1 and on are at index {@code row - 1} and row 0 (a header, or the
   * first record of a file without one) is kept apart, so that a table with a header takes the arrays as its
   * vectors: no copy, and no array twice the size of the column's.
   */
  private static final class ParsedValues {
    private static final int INTS = 0;
    private static final int LONGS = 1;
    private static final int DOUBLES = 2;

    final BitSet present;
    private final int rows;
    private int numberKind = INTS;
    private int[] ints;
    private long[] longs;
    private double[] doubles;
    private long firstWhole;
    private double firstNumber;
    private boolean numbersDropped;
    private long[] millis;
    private long firstMillis;
    private boolean anyTime;
    private boolean momentsDropped;

    ParsedValues(int rows) {
      this.rows = rows;
      this.present = new BitSet(rows);
    }

    boolean keepsAny() {
      return !numbersDropped || !momentsDropped;
    }

    /** Keeps a cell's number; false, and no number kept from then on, when the cell is none. */
    boolean number(int row, Number number) {
      if (numbersDropped || number == null || row < 0) {
        return dropNumbers();
      }
      if (number instanceof Long whole) {
        return whole(row, whole);
      }
      widenTo(DOUBLES);
      if (row == 0) {
        firstNumber = number.doubleValue();
      } else {
        doubles[row - 1] = number.doubleValue();
      }
      return true;
    }

    /** Keeps a cell's whole number; false, and no number kept from then on, when the row is none of the table's. */
    boolean whole(int row, long value) {
      if (numbersDropped || row < 0) {
        return dropNumbers();
      }
      if (numberKind == INTS && value != (int) value) {
        widenTo(LONGS);
      }
      if (row == 0) {
        firstWhole = value;
        firstNumber = value;
      } else if (numberKind == INTS) {
        if (ints == null) {
          ints = new int[rows - 1];
        }
        ints[row - 1] = (int) value;
      } else if (numberKind == LONGS) {
        longs[row - 1] = value;
      } else {
        doubles[row - 1] = value;
      }
      return true;
    }

    /** Moves the numbers kept so far to the arrays of a wider kind. */
    private void widenTo(int kind) {
      if (kind <= numberKind) {
        return;
      }
      if (kind == LONGS) {
        longs = new long[rows - 1];
        for (int i = 0; ints != null && i < ints.length; i++) {
          longs[i] = ints[i];
        }
      } else {
        doubles = new double[rows - 1];
        for (int i = 0; i < doubles.length; i++) {
          doubles[i] = wholeAt(i + 1);
        }
        longs = null;
      }
      ints = null;
      numberKind = kind;
    }

    /** Keeps a cell's ISO moment; false, and no moment kept from then on, when the cell is none. */
    boolean moment(int row, DateTimeText.Moment moment) {
      if (momentsDropped || moment == null || row < 0) {
        return dropMoments();
      }
      return moment(row, moment.epochMillis(), moment.hasTime());
    }

    /** Keeps a cell's ISO moment; false, and no moment kept from then on, when the row is none of the table's. */
    boolean moment(int row, long epochMillis, boolean hasTime) {
      if (momentsDropped || row < 0) {
        return dropMoments();
      }
      if (row == 0) {
        firstMillis = epochMillis;
      } else {
        if (millis == null) {
          millis = new long[rows - 1];
        }
        millis[row - 1] = epochMillis;
      }
      anyTime |= hasTime;
      return true;
    }

    /** Keeps no number from now on (the fields written once: this runs for every cell of a column of others). */
    private boolean dropNumbers() {
      if (!numbersDropped) {
        numbersDropped = true;
        ints = null;
        longs = null;
        doubles = null;
      }
      return false;
    }

    /** Keeps no moment from now on. */
    private boolean dropMoments() {
      if (!momentsDropped) {
        momentsDropped = true;
        millis = null;
      }
      return false;
    }

    private long wholeAt(int row) {
      return row == 0 ? firstWhole : ints != null ? ints[row - 1] : longs != null ? longs[row - 1] : 0;
    }

    private double numberAt(int row) {
      return row == 0 ? firstNumber : doubles != null ? doubles[row - 1] : wholeAt(row);
    }

    private long millisAt(int row) {
      return row == 0 ? firstMillis : millis[row - 1];
    }

    /** Rows {@code from} (0 or 1) to the last as a vector of {@code type}; the arrays themselves from row 1. */
    ColumnVector numbers(ColumnType type, int from) {
      if (numbersDropped) {
        return null;
      }
      int size = rows - from;
      if (type == ColumnType.INTEGER) {
        if (numberKind != INTS) {
          return null;
        }
        int[] values = from == 1 && ints != null ? ints : new int[size];
        for (int i = 0; values != ints && i < size; i++) {
          values[i] = (int) wholeAt(from + i);
        }
        return ColumnVector.ofInts(values, nulls(from));
      }
      if (type == ColumnType.BIGINT) {
        if (numberKind == DOUBLES) {
          return null;
        }
        long[] values = from == 1 && longs != null ? longs : new long[size];
        for (int i = 0; values != longs && i < size; i++) {
          values[i] = wholeAt(from + i);
        }
        return ColumnVector.ofLongs(values, nulls(from), false);
      }
      double[] values = from == 1 && doubles != null ? doubles : new double[size];
      for (int i = 0; values != doubles && i < size; i++) {
        values[i] = numberAt(from + i);
      }
      return ColumnVector.ofDoubles(values, nulls(from));
    }

    ColumnVector moments(ColumnType type, int from) {
      if (millis == null || (type == ColumnType.DATE && anyTime)) {
        return null;
      }
      int size = rows - from;
      if (type == ColumnType.TIMESTAMP) {
        long[] values = from == 1 ? millis : new long[size];
        for (int i = 0; values != millis && i < size; i++) {
          values[i] = millisAt(from + i);
        }
        return ColumnVector.ofLongs(values, nulls(from), false);
      }
      int[] days = new int[size];
      for (int i = 0; i < size; i++) {
        days[i] = (int) Math.floorDiv(millisAt(from + i), DateTimeText.MILLIS_PER_DAY);
      }
      return ColumnVector.ofInts(days, nulls(from));
    }

    /** The rows from {@code from} to the last with no value, numbered from 0. */
    private BitSet nulls(int from) {
      BitSet nulls = present.get(from, rows);
      nulls.flip(0, rows - from);
      return nulls;
    }
  }
}
