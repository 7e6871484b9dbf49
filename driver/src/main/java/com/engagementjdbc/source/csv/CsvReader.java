package com.engagementjdbc.source.csv;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.Column;
import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnNames;
import com.engagementjdbc.source.ColumnProfile;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.OnError;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.Reject;
import com.engagementjdbc.source.SourceText;
import com.engagementjdbc.source.TypeDecision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file into a {@link Dataset}, in phases that each use the previous one's result: decode the bytes,
 * pick the delimiter, split every record, decide the header, infer each column's type over the whole file, then
 * convert. Rows that do not fit become {@link Reject}s handled as {@link OnError} says.
 */
public final class CsvReader {
  private final String fileName;
  private final ReadOptions options;
  private final List<Reject> rejects = new ArrayList<>();
  /** The null markers as an array: {@link #isNull} runs for every cell, twice. */
  private final String[] nullMarkers;

  private CsvReader(String fileName, ReadOptions options) {
    this.fileName = fileName;
    this.options = options;
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

  /** Reads a file; {@code fileName} is how messages name it (its path relative to the connection's folder). */
  public static Dataset read(Path file, String fileName, ReadOptions options) {
    SourceText source = SourceText.decode(SourceText.readBytes(file), options.encoding(), fileName);
    return new CsvReader(fileName, options).read(source);
  }

  private Dataset read(SourceText source) {
    char quote = options.quote() != null ? options.quote() : DialectSniffer.quote(source.text());
    char delimiter = options.delimiter() != null
        ? options.delimiter() : DialectSniffer.delimiter(source.text(), quote);
    List<Record> records = split(source.text(), delimiter, quote);
    if (records.isEmpty()) {
      Column only = new Column("column_1", ColumnFormat.varchar("VARCHAR: the file is empty"));
      return dataset(source, delimiter, quote, false, List.of(only),
          List.of(ColumnVector.builder(ColumnType.VARCHAR).build()));
    }
    int width = records.get(0).fields.length;
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
    return dataset(source, delimiter, quote, header, columns, convert(records.subList(header ? 1 : 0, records.size()),
        formats));
  }

  private Dataset dataset(SourceText source, char delimiter, char quote, boolean header, List<Column> columns,
      List<ColumnVector> vectors) {
    rejects.sort((a, b) -> Long.compare(a.line(), b.line()));
    Dialect dialect = new Dialect("csv", source.encoding(), delimiter, quote, header);
    return new Dataset(fileName, dialect, List.copyOf(columns), vectors, vectors.get(0).size(),
        List.copyOf(rejects), options.onError());
  }

  /** One record: its physical line and its fields, cut or padded to the file's width. */
  private record Record(long line, String[] fields) {
  }

  /** Every record, each with as many fields as the first; the others become rejects. */
  private List<Record> split(String text, char delimiter, char quote) {
    CsvTokenizer tokenizer = new CsvTokenizer(text, delimiter, quote);
    List<Record> records = new ArrayList<>();
    int width = -1;
    while (true) {
      try {
        if (!tokenizer.next()) {
          break;
        }
      } catch (CsvSyntaxException e) {
        rejects.add(new Reject(e.line, e.column, SqlState.BAD_FILE_FORMAT, e.getMessage(), skipOrFail(), e.content));
        if (e.recoverable) {
          continue;
        }
        break;
      }
      List<String> fields = tokenizer.fields();
      if (width < 0) {
        width = fields.size();
      }
      if (fields.size() == width) {
        records.add(new Record(tokenizer.line(), fields.toArray(new String[0])));
        continue;
      }
      String reason = "expected " + width + " fields, found " + fields.size();
      if (options.onError() == OnError.NULL) {
        String action = fields.size() < width ? Reject.PADDED : Reject.TRUNCATED;
        rejects.add(new Reject(tokenizer.line(), 0, SqlState.BAD_FILE_FORMAT, reason, action, tokenizer.content()));
        String[] fitted = new String[width];
        for (int i = 0; i < width; i++) {
          fitted[i] = i < fields.size() ? fields.get(i) : "";
        }
        records.add(new Record(tokenizer.line(), fitted));
      } else {
        rejects.add(new Reject(tokenizer.line(), 0, SqlState.BAD_FILE_FORMAT, reason, skipOrFail(),
            tokenizer.content()));
      }
    }
    return records;
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
