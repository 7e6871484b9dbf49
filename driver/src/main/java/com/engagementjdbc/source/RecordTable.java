package com.engagementjdbc.source;

import com.engagementjdbc.error.SqlState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records of text cells (from a CSV file or a spreadsheet) made into a {@link Dataset}: the header decided, each
 * column's type inferred over every record, then every cell converted. Shared by the formats whose cells are text.
 */
public final class RecordTable {
  /** One record: its physical line (1-based) and its fields, all records of a table having the same width. */
  public record Record(long line, String[] fields) {
  }

  private final String fileName;
  private final ReadOptions options;
  private final List<Reject> rejects;
  /** The null markers as an array: {@link #isNull} runs for every cell, twice. */
  private final String[] nullMarkers;

  /** @param rejects the rejects found so far (splitting the file); this adds the unreadable values */
  public RecordTable(String fileName, ReadOptions options, List<Reject> rejects) {
    this.fileName = fileName;
    this.options = options;
    this.rejects = new ArrayList<>(rejects);
    this.nullMarkers = options.nullValues().toArray(new String[0]);
  }

  /** Empty cells and the null markers are NULL; comparing with each marker is mostly a length check. */
  private boolean isNull(String cell) {
    if (cell.isEmpty()) {
      return true;
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
   * @param delimiter the field delimiter, for the file conventions a type decision may fall back on
   * @param dialect how the file was read, header aside (decided here)
   */
  public Dataset build(List<Record> records, char delimiter, Dialect dialect) {
    if (records.isEmpty()) {
      Column only = new Column("column_1", ColumnFormat.varchar("VARCHAR: the file is empty"));
      return dataset(dialect, false, List.of(only), List.of(ColumnVector.builder(ColumnType.VARCHAR).build()));
    }
    int width = records.get(0).fields.length;
    options.checkWidth(width, fileName);
    List<ColumnProfile> profiles = profile(records, 1, width);
    boolean header = options.header() != null
        ? options.header() : looksLikeHeader(records, profiles, delimiter);
    if (!header) {
      addToProfiles(profiles, records.get(0));
    }
    List<String> names = header
        ? ColumnNames.unique(Arrays.asList(records.get(0).fields)) : ColumnNames.positional(width);
    Map<Integer, ColumnType> declared = new HashMap<>();
    for (int i = 0; i < width; i++) {
      ColumnType type = options.declaredType(names.get(i), i + 1);
      if (type != null) {
        declared.put(i, type);
      }
    }
    List<ColumnFormat> formats = TypeDecision.decide(profiles, options, declared, delimiter);
    List<Column> columns = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      columns.add(new Column(names.get(i), formats.get(i)));
    }
    return dataset(dialect, header, columns, convert(records.subList(header ? 1 : 0, records.size()), formats));
  }

  private Dataset dataset(Dialect dialect, boolean header, List<Column> columns, List<ColumnVector> vectors) {
    rejects.sort((a, b) -> Long.compare(a.line(), b.line()));
    Dialect withHeader = new Dialect(dialect.format(), dialect.encoding(), dialect.delimiter(), dialect.quote(),
        header);
    return new Dataset(fileName, withHeader, List.copyOf(columns), vectors, vectors.get(0).size(),
        List.copyOf(rejects), options.onError());
  }

  /** A row that cannot be mended: with {@code onError=null} too, it is left out. */
  private String skipOrFail() {
    return options.onError() == OnError.FAIL ? Reject.FAILED : Reject.SKIPPED;
  }

  private List<ColumnProfile> profile(List<Record> records, int from, int width) {
    List<ColumnProfile> profiles = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      profiles.add(new ColumnProfile());
    }
    for (Record record : records.subList(from, records.size())) {
      addToProfiles(profiles, record);
    }
    return profiles;
  }

  private void addToProfiles(List<ColumnProfile> profiles, Record record) {
    for (int i = 0; i < profiles.size(); i++) {
      String cell = record.fields[i];
      if (!isNull(cell)) {
        profiles.get(i).accept(cell, record.line);
      }
    }
  }

  /**
   * The first record is a header when one of its cells does not fit the type the rest of its column has, or
   * when every column is text (nothing can tell, and exports nearly always have a header).
   */
  private boolean looksLikeHeader(List<Record> records, List<ColumnProfile> profiles, char delimiter) {
    if (records.size() == 1) {
      return true;
    }
    List<ColumnFormat> formats = TypeDecision.decide(profiles, options, Map.of(), delimiter);
    boolean allText = true;
    String[] first = records.get(0).fields;
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

  /** Each record's cells as values of its column's type; a record with an unreadable value is handled once. */
  private List<ColumnVector> convert(List<Record> records, List<ColumnFormat> formats) {
    int width = formats.size();
    List<ColumnVector.Builder> builders = new ArrayList<>(width);
    for (ColumnFormat format : formats) {
      builders.add(ColumnVector.builder(format.type()));
    }
    Object[] row = new Object[width];
    for (Record record : records) {
      boolean keep = true;
      for (int i = 0; i < width && keep; i++) {
        String cell = record.fields[i];
        Object value = isNull(cell) ? null : formats.get(i).read(cell);
        if (value == ColumnFormat.UNREADABLE) {
          keep = options.onError() == OnError.NULL;
          rejects.add(new Reject(record.line, i + 1, SqlState.INVALID_CHARACTER_VALUE, "'" + cell
              + "' is not a valid " + formats.get(i).type(), keep ? Reject.NULLED : skipOrFail(),
              String.join(",", record.fields)));
          value = null;
        }
        row[i] = value;
      }
      if (keep) {
        for (int i = 0; i < width; i++) {
          builders.get(i).add(row[i]);
        }
      }
    }
    List<ColumnVector> vectors = new ArrayList<>(width);
    for (ColumnVector.Builder builder : builders) {
      vectors.add(builder.build());
    }
    return vectors;
  }
}
