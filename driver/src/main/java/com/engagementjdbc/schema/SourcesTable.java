package com.engagementjdbc.schema;

import com.engagementjdbc.source.Column;
import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.DateTimeText.Shape;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.SkippedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code sys.sources} (one row per file of every table of every schema: how it was read, what was skipped) and
 * {@code sys.source_columns} (one row per column: its type and why), so that a column that came out VARCHAR can be
 * explained without reading Java.
 * Reading them reads every file of the folder (from the cache when it is fresh).
 */
final class SourcesTable extends AbstractTable implements ScannableTable {
  private final List<FolderSchema> schemas;
  private final boolean perColumn;

  private SourcesTable(List<FolderSchema> schemas, boolean perColumn) {
    this.schemas = schemas;
    this.perColumn = perColumn;
  }

  static SourcesTable sources(List<FolderSchema> schemas) {
    return new SourcesTable(schemas, false);
  }

  static SourcesTable columns(List<FolderSchema> schemas) {
    return new SourcesTable(schemas, true);
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder builder = typeFactory.builder()
        .add("table_name", SqlTypeName.VARCHAR);
    builder.add("schema_name", SqlTypeName.VARCHAR);
    if (perColumn) {
      return builder
          .add("column_name", SqlTypeName.VARCHAR)
          .add("ordinal_position", SqlTypeName.INTEGER)
          .add("type", SqlTypeName.VARCHAR)
          .add("null_count", SqlTypeName.BIGINT)
          .add("decimal_separator", SqlTypeName.VARCHAR).nullable(true)
          .add("date_order", SqlTypeName.VARCHAR).nullable(true)
          .add("unit", SqlTypeName.VARCHAR).nullable(true)
          .add("no_value_markers", SqlTypeName.BIGINT)
          .add("reason", SqlTypeName.VARCHAR)
          .build();
    }
    return builder
        .add("file", SqlTypeName.VARCHAR)
        .add("format", SqlTypeName.VARCHAR)
        .add("size_bytes", SqlTypeName.BIGINT)
        .add("encoding", SqlTypeName.VARCHAR)
        .add("delimiter", SqlTypeName.VARCHAR).nullable(true)
        .add("quote", SqlTypeName.VARCHAR).nullable(true)
        .add("header", SqlTypeName.BOOLEAN)
        .add("decimal_separators", SqlTypeName.VARCHAR).nullable(true)
        .add("date_orders", SqlTypeName.VARCHAR).nullable(true)
        .add("row_count", SqlTypeName.BIGINT)
        .add("rejected_rows", SqlTypeName.INTEGER)
        .add("error", SqlTypeName.VARCHAR).nullable(true)
        .add("read_at", SqlTypeName.TIMESTAMP).nullable(true)
        .add("note", SqlTypeName.VARCHAR).nullable(true)
        .add("escape_char", SqlTypeName.VARCHAR).nullable(true)
        .add("preamble_lines", SqlTypeName.BIGINT)
        .add("preamble", SqlTypeName.VARCHAR).nullable(true)
        .add("comment_lines", SqlTypeName.BIGINT)
        .add("summary_rows", SqlTypeName.BIGINT)
        .add("footer_lines", SqlTypeName.BIGINT)
        .build();
  }

  @Override public Enumerable<Object[]> scan(DataContext root) {
    List<Object[]> rows = new ArrayList<>();
    for (FolderSchema files : schemas) {
      addRows(rows, files, root);
    }
    return Linq4j.asEnumerable(rows);
  }

  private void addRows(List<Object[]> rows, FolderSchema files, DataContext root) {
    for (Map.Entry<String, FileTable> entry : files.fileTables().entrySet()) {
      FileTable table = entry.getValue();
      Dataset dataset;
      String error = null;
      try {
        dataset = table.dataset();
      } catch (RuntimeException unreadable) {
        dataset = null;
        error = unreadable.getMessage();
      }
      if (perColumn) {
        if (dataset != null) {
          addColumns(rows, files.name(), entry.getKey(), dataset);
        }
      } else if (dataset == null) {
        rows.add(source(files.name(), entry.getKey(), table.displayName(), table.sizeBytes(), null, error,
            table.note(), root));
      } else {
        for (Map.Entry<String, Dataset> part : table.parts()) {
          rows.add(source(files.name(), entry.getKey(), part.getKey(), table.sizeBytes(part.getKey()),
              part.getValue(), null, table.note(), root));
        }
      }
    }
  }

  private static void addColumns(List<Object[]> rows, String schema, String table, Dataset dataset) {
    List<Column> columns = dataset.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnFormat format = columns.get(i).format();
      rows.add(new Object[] {table, schema, columns.get(i).name(), i + 1, format.type().name(),
          dataset.nullCount(i), decimal(format), dateOrder(format), format.unit().label(), format.noValues(),
          format.reason()});
    }
  }

  private static Object[] source(String schema, String name, String file, long size, Dataset dataset, String error,
      String note, DataContext root) {
    if (dataset == null) {
      return new Object[] {name, schema, file, null, size, null, null, null, false, null, null,
          0L, 0, error, null, note, null, 0L, null, 0L, 0L, 0L};
    }
    Dialect dialect = dataset.dialect();
    TreeSet<String> decimals = new TreeSet<>();
    TreeSet<String> dateOrders = new TreeSet<>();
    for (Column column : dataset.columns()) {
      add(decimals, decimal(column.format()));
      add(dateOrders, dateOrder(column.format()));
    }
    String preamble = dialect.skipped().stream().filter(line -> line.kind() == SkippedLine.Kind.PREAMBLE)
        .map(SkippedLine::content).findFirst().orElse(null);
    return new Object[] {name, schema, file, dialect.format(), size, dialect.encoding(),
        text(dialect.delimiter()), text(dialect.quote()), dialect.header(), join(decimals), join(dateOrders),
        dataset.rowCount(), dataset.rejects().size(), null, dataset.readAt() + offset(root, dataset.readAt()),
        note, text(dialect.escape()), dialect.preambleLines(), preamble, dialect.count(SkippedLine.Kind.COMMENT),
        dialect.count(SkippedLine.Kind.SUMMARY), dialect.count(SkippedLine.Kind.FOOTER)};
  }

  /** Wall-clock milliseconds of the connection's time zone: TIMESTAMP values are shown as stored. */
  private static long offset(DataContext root, long instant) {
    java.util.TimeZone zone = DataContext.Variable.TIME_ZONE.get(root);
    return zone == null ? 0 : zone.getOffset(instant);
  }

  private static String decimal(ColumnFormat format) {
    ColumnType type = format.type();
    boolean number = type == ColumnType.INTEGER || type == ColumnType.BIGINT || type == ColumnType.DECIMAL
        || type == ColumnType.DOUBLE;
    return number ? String.valueOf(format.decimalSeparator()) : null;
  }

  private static String dateOrder(ColumnFormat format) {
    if (format.type() != ColumnType.DATE && format.type() != ColumnType.TIMESTAMP) {
      return null;
    }
    switch (format.dateShape()) {
      case ISO: return "iso";
      case DAY_MONTH_YEAR: return "dmy";
      case MONTH_DAY_YEAR: return "mdy";
      default: return "month name";
    }
  }

  private static void add(TreeSet<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }

  private static String join(TreeSet<String> values) {
    return values.isEmpty() ? null : String.join(" ", values);
  }

  private static String text(Character c) {
    if (c == null) {
      return null;
    }
    return c == '\t' ? "tab" : c.toString();
  }
}
