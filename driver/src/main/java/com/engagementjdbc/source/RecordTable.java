package com.engagementjdbc.source;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.work.Workers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records of text cells (from a CSV file or a spreadsheet) made into a {@link Dataset}: the header decided, each
 * column's type inferred over every record, then every cell converted. Shared by the formats whose cells are text.
 */
public final class RecordTable {
  private final String fileName;
  private final ReadOptions options;
  private final List<Reject> rejects;
  /** The null markers as an array: {@link #isNull} runs for every cell, twice. */
  private final String[] nullMarkers;
  /** The first characters of the null markers: most cells start with none of them and are ruled out at once. */
  private final boolean[] markerStarts = new boolean[Character.MAX_VALUE + 1];

  /** @param rejects the rejects found so far (splitting the file); this adds the unreadable values */
  public RecordTable(String fileName, ReadOptions options, List<Reject> rejects) {
    this.fileName = fileName;
    this.options = options;
    this.rejects = new ArrayList<>(rejects);
    this.nullMarkers = options.nullValues().toArray(new String[0]);
    for (String marker : nullMarkers) {
      if (!marker.isEmpty()) {
        markerStarts[marker.charAt(0)] = true;
      }
    }
  }

  /** Empty cells and the null markers are NULL. */
  public boolean isNull(String cell) {
    if (cell.isEmpty()) {
      return true;
    }
    if (!markerStarts[cell.charAt(0)]) {
      return false;
    }
    for (String marker : nullMarkers) {
      if (marker.equals(cell)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dataset of the records.
   *
   * @param cells every record, the header (if any) among them
   * @param delimiter the field delimiter, for the file conventions a type decision may fall back on
   * @param dialect how the file was read, header aside (decided here)
   */
  public Dataset build(TextCells cells, char delimiter, Dialect dialect) {
    if (cells.rows() == 0) {
      Column only = new Column("column_1", ColumnFormat.varchar("VARCHAR: the file is empty"));
      return dataset(dialect.with(false, List.of()), List.of(only),
          List.of(ColumnVector.builder(ColumnType.VARCHAR).build()));
    }
    options.checkWidth(cells.width(), fileName);
    List<SkippedLine> summaries = removeSummaryRows(cells, delimiter);
    List<ColumnProfile> profiles = profile(cells, 1);
    Layout layout = layout(cells.row(0), cells.line(0), profiles, cells.rows() - 1, delimiter);
    return dataset(dialect.with(layout.header(), summaries), layout.columns(),
        convert(cells, layout.header() ? 1 : 0, layout.formats(), profiles));
  }

  /**
   * Takes out the rows that total the others ({@link SummaryRows}) where exports put them: last, and first under
   * the first record (the header); with {@code summaryRows=keep} none.
   */
  private List<SkippedLine> removeSummaryRows(TextCells cells, char delimiter) {
    List<SkippedLine> summaries = new ArrayList<>();
    if (options.keepSummaryRows()) {
      return summaries;
    }
    for (int row = cells.rows() - 1; row >= 1 && isSummary(cells.row(row)); row--) {
      summaries.add(summary(cells, row, delimiter));
      cells.remove(row);
    }
    if (cells.rows() > 1 && isSummary(cells.row(1))) {
      summaries.add(summary(cells, 1, delimiter));
      cells.remove(1);
    }
    return summaries;
  }

  /** A summary row as a skipped line, its cells joined by the file's delimiter. */
  private static SkippedLine summary(TextCells cells, int row, char delimiter) {
    return new SkippedLine(cells.line(row), SkippedLine.Kind.SUMMARY,
        String.join(String.valueOf(delimiter), cells.row(row)));
  }

  /** True for a summary row, unless {@code summaryRows=keep}. */
  public boolean isSummary(String[] cells) {
    return !options.keepSummaryRows() && SummaryRows.isSummary(cells);
  }

  /** Whether the first record is a header, and the columns with the formats their cells are read with. */
  public record Layout(boolean header, List<Column> columns, List<ColumnFormat> formats) {
  }

  /**
   * Decides the header and the columns.
   *
   * @param first the first record, header or not
   * @param rest the profiles of the records after the first, completed here with the first when it is data
   * @param restRecords how many records follow the first
   */
  public Layout layout(String[] first, long firstLine, List<ColumnProfile> rest, long restRecords, char delimiter) {
    int width = first.length;
    boolean header = options.header() != null
        ? options.header() : looksLikeHeader(first, rest, restRecords, delimiter);
    if (!header) {
      for (int i = 0; i < width; i++) {
        profile(rest.get(i), first[i], firstLine, 0);
      }
    }
    List<String> names = header ? ColumnNames.unique(Arrays.asList(first)) : ColumnNames.positional(width);
    Map<Integer, ColumnType> declared = new HashMap<>();
    Set<Integer> durations = new HashSet<>();
    for (int i = 0; i < width; i++) {
      ColumnType type = options.declaredType(names.get(i), i + 1);
      if (type != null) {
        declared.put(i, type);
      }
      if (options.declaredDuration(names.get(i), i + 1)) {
        durations.add(i);
      }
    }
    List<ColumnFormat> formats = TypeDecision.decide(rest, options, declared, durations, delimiter);
    List<Column> columns = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      columns.add(new Column(names.get(i), formats.get(i)));
    }
    return new Layout(header, List.copyOf(columns), List.copyOf(formats));
  }

  /** True when some column has a type the user declared: only then can a cell fail to read as its column's type. */
  public boolean hasDeclaredTypes(Layout layout) {
    for (int i = 0; i < layout.columns().size(); i++) {
      if (options.declaredType(layout.columns().get(i).name(), i + 1) != null) {
        return true;
      }
    }
    return false;
  }

  private Dataset dataset(Dialect dialect, List<Column> columns, List<ColumnVector> vectors) {
    return new Dataset(fileName, dialect, List.copyOf(columns), vectors, vectors.get(0).size(), sortedRejects(),
        options.onError());
  }

  /**
   * The dataset of a file read anew for every query, in the layout its first reading decided.
   *
   * @param summaries the summary rows its first reading left out
   */
  public Dataset streamed(Dialect dialect, Layout layout, long rows, List<SkippedLine> summaries,
      Dataset.Streamed streamed) {
    return Dataset.streamed(fileName, dialect.with(layout.header(), summaries), layout.columns(), rows,
        sortedRejects(), options.onError(), streamed);
  }

  private List<Reject> sortedRejects() {
    rejects.sort((a, b) -> Long.compare(a.line(), b.line()));
    return List.copyOf(rejects);
  }

  /** Adds rejects found outside this class (reading a stream). */
  public void addRejects(List<Reject> found) {
    rejects.addAll(found);
  }

  /** A row that cannot be mended: with {@code onError=null} too, it is left out. */
  private String skipOrFail() {
    return options.onError() == OnError.FAIL ? Reject.FAILED : Reject.SKIPPED;
  }

  /**
   * Each column's profile, keeping the values it parses so that conversion need not parse them again; columns are
   * independent, so they are profiled on all cores.
   */
  private List<ColumnProfile> profile(TextCells cells, int from) {
    return new ArrayList<>(Workers.map(cells.width(), column -> {
      ColumnProfile profile = new ColumnProfile(cells.rows());
      for (int row = from; row < cells.rows(); row++) {
        addToProfile(profile, cells, row, column);
      }
      return profile;
    }));
  }

  private void addToProfile(ColumnProfile profile, TextCells cells, int row, int column) {
    if (cells.isEmpty(row, column)) {
      return;
    }
    // text, counts and dates need no String per cell once the column's type is settled (a cell that could be a NULL
    // marker is read as text to check)
    if (!markerStarts[cells.firstChar(row, column)]) {
      if (profile.isText()) {
        profile.acceptText(row);
        return;
      }
      long value = profile.takesWholeNumbers() ? cells.plainWhole(row, column) : TextCells.NOT_WHOLE;
      if (value != TextCells.NOT_WHOLE) {
        profile.acceptWhole(value, row);
        return;
      }
      long millis = profile.takesPlainMoments() ? cells.plainIsoMillis(row, column) : DateTimeText.NOT_PLAIN;
      if (millis != DateTimeText.NOT_PLAIN) {
        profile.acceptPlainMoment(millis, cells.plainIsoHasTime(row, column), row);
        return;
      }
    }
    profile(profile, cells.cell(row, column), cells.line(row), row);
  }

  /** Adds the cell of a record to its column's profile; false, and nothing added, when the cell is NULL. */
  public boolean profile(ColumnProfile profile, String cell, long line, int record) {
    if (isNull(cell)) {
      return false;
    }
    profile.accept(cell, line, record);
    return true;
  }

  /**
   * Whether a record looks like a header over the rows under it ({@link #looksLikeHeader}); rows of another
   * number of fields are not counted.
   */
  public boolean headerFits(String[] candidate, List<String[]> rows, char delimiter) {
    List<ColumnProfile> profiles = new ArrayList<>(candidate.length);
    for (int i = 0; i < candidate.length; i++) {
      profiles.add(new ColumnProfile());
    }
    long counted = 0;
    for (String[] row : rows) {
      if (row.length == candidate.length) {
        for (int i = 0; i < row.length; i++) {
          profile(profiles.get(i), row[i], 0, -1);
        }
        counted++;
      }
    }
    return looksLikeHeader(candidate, profiles, counted, delimiter);
  }

  /**
   * The first record is a header when one of its cells does not fit the type the rest of its column has, or
   * when every column is text (nothing can tell, and exports nearly always have a header); never when it holds
   * nothing but numbers and dates (a name is not a number), even as the only record.
   */
  private boolean looksLikeHeader(String[] first, List<ColumnProfile> profiles, long restRecords, char delimiter) {
    if (onlyNumbersAndDates(first, delimiter)) {
      return false;
    }
    if (restRecords == 0) {
      return true;
    }
    List<ColumnFormat> formats = TypeDecision.decide(profiles, options, Map.of(), Set.of(), delimiter);
    boolean allText = true;
    for (int i = 0; i < formats.size(); i++) {
      ColumnFormat format = formats.get(i);
      if (format.type() == ColumnType.VARCHAR) {
        continue;
      }
      allText = false;
      if (!isNull(first[i]) && format.read(first[i]) == ColumnFormat.UNREADABLE) {
        return true;
      }
    }
    return allText;
  }

  private boolean onlyNumbersAndDates(String[] record, char delimiter) {
    List<ColumnProfile> cells = new ArrayList<>(record.length);
    for (String cell : record) {
      ColumnProfile profile = new ColumnProfile();
      if (!profile(profile, cell, 0, -1)) {
        continue;
      }
      cells.add(profile);
    }
    if (cells.isEmpty()) {
      return false;
    }
    for (ColumnFormat format : TypeDecision.decide(cells, options, Map.of(), Set.of(), delimiter)) {
      ColumnType type = format.type();
      if (type == ColumnType.VARCHAR || type == ColumnType.BOOLEAN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each column's cells as values of its type. A number or ISO date column takes the values its profile parsed
   * when they are what its format reads, so its cells are parsed once. The types were inferred from these very
   * cells, so a value that does not read is rare (a declared type, a file-wide convention): columns are converted
   * on all cores, and only when one meets an unreadable value is the table converted again record by record, where
   * a bad value rejects its whole record.
   */
  private List<ColumnVector> convert(TextCells cells, int from, List<ColumnFormat> formats,
      List<ColumnProfile> profiles) {
    List<ColumnVector> vectors = new ArrayList<>(Workers.map(formats.size(), column -> {
      ColumnVector parsed = profiles.get(column).vector(formats.get(column), from);
      return parsed != null ? parsed : convertColumn(cells, from, column, formats.get(column));
    }));
    return vectors.contains(null) ? convertByRecord(cells, from, formats) : vectors;
  }

  /** The column's vector, or null at the first value that does not read. */
  private ColumnVector convertColumn(TextCells cells, int from, int column, ColumnFormat format) {
    ColumnVector.Builder builder = ColumnVector.builder(format.type());
    boolean text = format.type() == ColumnType.VARCHAR;
    for (int row = from; row < cells.rows(); row++) {
      Object value = null;
      if (text && !cells.isEmpty(row, column) && !markerStarts[cells.firstChar(row, column)]) {
        // text that cannot be a NULL marker is its own value: its bytes are kept without a String
        cells.addTo(builder, row, column);
        continue;
      }
      if (!cells.isEmpty(row, column)) {
        String cell = cells.cell(row, column);
        value = isNull(cell) ? null : format.read(cell);
        if (value == ColumnFormat.UNREADABLE) {
          return null;
        }
      }
      builder.add(value);
    }
    return builder.build();
  }

  /** Each record's cells as values of its column's type; a record with an unreadable value is handled once. */
  private List<ColumnVector> convertByRecord(TextCells cells, int from, List<ColumnFormat> formats) {
    int width = formats.size();
    List<ColumnVector.Builder> builders = new ArrayList<>(width);
    for (ColumnFormat format : formats) {
      builders.add(ColumnVector.builder(format.type()));
    }
    Object[] values = new Object[width];
    for (int row = from; row < cells.rows(); row++) {
      if (convertRecord(cells.row(row), cells.line(row), formats, values)) {
        for (int i = 0; i < width; i++) {
          builders.get(i).add(values[i]);
        }
      }
    }
    List<ColumnVector> vectors = new ArrayList<>(width);
    for (ColumnVector.Builder builder : builders) {
      vectors.add(builder.build());
    }
    return vectors;
  }

  /**
   * A record's cells as values of their columns' types, into {@code values}. A value that does not read is a
   * reject: NULL with {@code onError=null}, else the whole record is left out (false).
   */
  public boolean convertRecord(String[] cells, long line, List<ColumnFormat> formats, Object[] values) {
    for (int i = 0; i < formats.size(); i++) {
      String cell = cells[i];
      Object value = isNull(cell) ? null : formats.get(i).read(cell);
      if (value == ColumnFormat.UNREADABLE) {
        boolean keep = options.onError() == OnError.NULL;
        rejects.add(new Reject(line, i + 1, SqlState.INVALID_CHARACTER_VALUE, "'" + cell + "' is not a valid "
            + formats.get(i).type(), keep ? Reject.NULLED : skipOrFail(), String.join(",", cells)));
        if (!keep) {
          return false;
        }
        value = null;
      }
      values[i] = value;
    }
    return true;
  }
}
