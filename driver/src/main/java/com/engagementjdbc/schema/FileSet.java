package com.engagementjdbc.schema;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.Column;
import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.Reject;
import com.engagementjdbc.source.RowCursor;
import com.engagementjdbc.source.ValueUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several files read as one table: columns matched by name (a column missing from a file is NULL there), types
 * widened across files (INTEGER and BIGINT to BIGINT, numbers to DOUBLE, DATE and TIMESTAMP to TIMESTAMP, anything
 * else mixed to VARCHAR), and a last column {@value #FILE_COLUMN} naming the file each row came from.
 */
final class FileSet {
  static final String FILE_COLUMN = "source_file";

  /**
   * {@code posts_2026-01}, {@code posts 2026}, {@code posts-12}, {@code report7}: a name, then a date or a number.
   * The suffix alone decides: a name that ends in a digit itself ({@code ads_v2_2026-01}) is separated from it by
   * {@code _}, {@code -} or a space; one that ends in another character may touch it ({@code report7}).
   */
  private static final Pattern NUMBERED = Pattern.compile(
      "^(.*?)(?:[ _-]+|(?<=[^\\d _-]))(\\d{4}[-_]?\\d{2}(?:[-_]?\\d{2})?|\\d+)$");
  /** A set's name holds a character that is not a digit or a separator: {@code 12_3.csv} is no set {@code 12}. */
  private static final Pattern NAMED = Pattern.compile(".*[^\\d _-].*");
  private static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private FileSet() {
  }

  /** The name a file shares with the other files of its set: its base name without a date or number suffix. */
  static String setName(String baseName) {
    Matcher matcher = NUMBERED.matcher(baseName);
    return matcher.matches() && NAMED.matcher(matcher.group(1)).matches() ? matcher.group(1) : null;
  }

  /** The files as one dataset; {@link SourceCache#set} keeps it. */
  static Dataset merge(String displayName, List<String> partNames, List<Dataset> parts) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    Map<String, Integer> scales = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, StringBuilder> reasons = new LinkedHashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      for (Column column : parts.get(p).columns()) {
        String key = column.name().toLowerCase(Locale.ROOT);
        names.putIfAbsent(key, column.name());
        types.merge(key, column.type(), FileSet::widen);
        scales.merge(key, column.format().scale(), Math::max);
        reasons.computeIfAbsent(key, k -> new StringBuilder()).append(reasons.get(key).length() == 0 ? "" : ", ")
            .append(column.type()).append(" in ").append(partNames.get(p));
      }
    }
    List<Column> columns = new ArrayList<>();
    for (Map.Entry<String, ColumnType> entry : types.entrySet()) {
      ColumnType type = entry.getValue();
      columns.add(new Column(names.get(entry.getKey()), new ColumnFormat(type, '.',
          com.engagementjdbc.source.DateTimeText.Shape.ISO, ValueUnit.NONE, scales.get(entry.getKey()), 0,
          type + " across files: " + reasons.get(entry.getKey()))));
    }
    columns.add(new Column(FILE_COLUMN, ColumnFormat.varchar("VARCHAR: the file each row came from")));
    Rows rows = new Rows(List.copyOf(columns), partNames, parts);
    List<Reject> rejects = new ArrayList<>();
    long rowCount = 0;
    boolean streamed = false;
    for (int p = 0; p < parts.size(); p++) {
      rowCount += parts.get(p).rowCount();
      streamed |= parts.get(p).isStreamed();
      for (Reject reject : parts.get(p).rejects()) {
        rejects.add(new Reject(reject.line(), reject.column(), reject.state(), "in " + partNames.get(p) + ": "
            + reject.reason(), reject.action(), reject.content()));
      }
    }
    Dialect first = parts.get(0).dialect();
    Dialect dialect = new Dialect(first.format() + ", " + parts.size() + " files", first.encoding(),
        first.delimiter(), first.quote(), first.header());
    if (streamed) {
      return Dataset.streamed(displayName, dialect, List.copyOf(columns), rowCount, List.copyOf(rejects),
          parts.get(0).onError(), rows);
    }
    return new Dataset(displayName, dialect, List.copyOf(columns), rows.vectors(), (int) rowCount,
        List.copyOf(rejects), parts.get(0).onError());
  }

  /**
   * The rows of the set: each file's rows in turn, its columns placed and widened to the set's. A set with a
   * streamed file is streamed too, file after file; else its rows are gathered into vectors once.
   */
  private record Rows(List<Column> columns, List<String> partNames, List<Dataset> parts) implements Dataset.Streamed {
    /** Where a set column is in a file: its index there, -1 when the file lacks it, -2 for the file column. */
    private int indexIn(Dataset part, int column) {
      return column == columns.size() - 1 ? -2 : indexOf(part, columns.get(column).name().toLowerCase(Locale.ROOT));
    }

    List<ColumnVector> vectors() {
      int width = columns.size();
      int[] all = new int[width];
      List<ColumnVector.Builder> builders = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        all[i] = i;
        builders.add(ColumnVector.builder(columns.get(i).type()));
      }
      try (RowCursor cursor = open(all)) {
        while (cursor.next()) {
          for (int i = 0; i < width; i++) {
            builders.get(i).add(cursor.value(i));
          }
        }
      }
      List<ColumnVector> vectors = new ArrayList<>(width);
      for (ColumnVector.Builder builder : builders) {
        vectors.add(builder.build());
      }
      return vectors;
    }

    @Override public RowCursor open(int[] wanted) {
      return new RowCursor() {
        private int part = -1;
        private int[] indexes;
        private RowCursor rows;

        @Override public boolean next() {
          while (rows == null || !rows.next()) {
            close();
            if (++part == parts.size()) {
              return false;
            }
            Dataset data = parts.get(part);
            indexes = new int[wanted.length];
            for (int i = 0; i < wanted.length; i++) {
              indexes[i] = indexIn(data, wanted[i]);
            }
            rows = data.cursor(java.util.Arrays.stream(indexes).map(index -> Math.max(index, 0)).toArray());
          }
          return true;
        }

        @Override public Object value(int i) {
          if (indexes[i] == -2) {
            return partNames.get(part);
          }
          if (indexes[i] == -1) {
            return null;
          }
          Dataset data = parts.get(part);
          return convert(rows.value(i), data.columns().get(indexes[i]).type(), columns.get(wanted[i]).type());
        }

        @Override public void close() {
          if (rows != null) {
            rows.close();
            rows = null;
          }
        }
      };
    }

    @Override public long nullCount(int column) {
      long nulls = 0;
      for (Dataset part : parts) {
        int index = indexIn(part, column);
        nulls += index == -1 ? part.rowCount() : index == -2 ? 0 : part.nullCount(index);
      }
      return nulls;
    }
  }

  private static int indexOf(Dataset part, String lowerName) {
    for (int i = 0; i < part.columns().size(); i++) {
      if (part.columns().get(i).name().toLowerCase(Locale.ROOT).equals(lowerName)) {
        return i;
      }
    }
    return -1;
  }

  static ColumnType widen(ColumnType a, ColumnType b) {
    if (a == b) {
      return a;
    }
    if (isNumber(a) && isNumber(b)) {
      if (a == ColumnType.DOUBLE || b == ColumnType.DOUBLE) {
        return ColumnType.DOUBLE;
      }
      return a == ColumnType.DECIMAL || b == ColumnType.DECIMAL ? ColumnType.DECIMAL : ColumnType.BIGINT;
    }
    if (isTime(a) && isTime(b)) {
      return ColumnType.TIMESTAMP;
    }
    return ColumnType.VARCHAR;
  }

  private static boolean isNumber(ColumnType type) {
    return type == ColumnType.INTEGER || type == ColumnType.BIGINT || type == ColumnType.DECIMAL
        || type == ColumnType.DOUBLE;
  }

  private static boolean isTime(ColumnType type) {
    return type == ColumnType.DATE || type == ColumnType.TIMESTAMP;
  }

  /** A value of one file's column as a value of the set's wider type. */
  private static Object convert(Object value, ColumnType from, ColumnType to) {
    if (value == null || from == to) {
      return value;
    }
    switch (to) {
      case BIGINT: return ((Number) value).longValue();
      case DECIMAL: return java.math.BigDecimal.valueOf(((Number) value).longValue());
      case DOUBLE: return ((Number) value).doubleValue();
      case TIMESTAMP: return ((Integer) value) * 86_400_000L;
      case VARCHAR:
        switch (from) {
          case DATE: return LocalDate.ofEpochDay((Integer) value).toString();
          case TIMESTAMP: return TIMESTAMP_TEXT.format(Instant.ofEpochMilli((Long) value).atOffset(ZoneOffset.UTC));
          default: return value.toString();
        }
      default:
        throw new com.engagementjdbc.error.EngagementException(SqlState.INTERNAL_ERROR,
            "cannot widen " + from + " to " + to);
    }
  }
}
