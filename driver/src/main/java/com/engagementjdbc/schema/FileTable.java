package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.source.Column;
import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.SourceFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A file as a table. One instance serves one query (the schema makes a new one per lookup) and holds the
 * version of the file it first saw, so the row type it planned with is the one it scans.
 */
public final class FileTable extends AbstractTable implements ProjectableFilterableTable {
  private final SourceFormat format;
  private final List<Path> files;
  private final Path root;
  private final String displayName;
  private final ReadOptions options;
  private final EngagementException failure;
  private String note;
  private Dataset dataset;
  /** Each file's own reading, by its name: a set's files, or the one file. */
  private List<Map.Entry<String, Dataset>> parts;

  FileTable(SourceFormat format, Path file, String displayName, ReadOptions options) {
    this(format, List.of(file), null, displayName, options, null);
  }

  /** Several files as one table ({@link FileSet}); each is read with its own sidecar, if it has one. */
  static FileTable set(SourceFormat format, List<Path> files, Path root, String displayName, ReadOptions options) {
    return new FileTable(format, List.copyOf(files), root, displayName, options, null);
  }

  private FileTable(SourceFormat format, List<Path> files, Path root, String displayName, ReadOptions options,
      EngagementException failure) {
    this.format = format;
    this.files = files;
    this.root = root;
    this.displayName = displayName;
    this.options = options;
    this.failure = failure;
  }

  /** A table whose file cannot be read as configured: every use reports why. */
  static FileTable failing(String displayName, EngagementException failure) {
    return new FileTable(null, List.of(), null, displayName, null, failure);
  }

  public synchronized Dataset dataset() {
    if (failure != null) {
      throw failure;
    }
    if (dataset == null) {
      if (root == null) {
        dataset = SourceCache.SHARED.get(format, files.get(0), displayName, options);
        parts = List.of(Map.entry(displayName, dataset));
      } else {
        dataset = readSet();
      }
    }
    return dataset;
  }

  /** Each file of the table with its own reading (its dialect, preamble, rejects...), in name order. */
  public synchronized List<Map.Entry<String, Dataset>> parts() {
    dataset();
    return parts;
  }

  private Dataset readSet() {
    List<String> names = new ArrayList<>();
    List<ReadOptions> partOptions = new ArrayList<>();
    for (Path file : files) {
      names.add(root.relativize(file).toString());
      partOptions.add(Sidecar.apply(file, options));
    }
    Dataset merged = SourceCache.SHARED.set(format, files, names, partOptions, displayName);
    List<Map.Entry<String, Dataset>> named = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      // each part was just read into the cache by the set: its own reading, for sys.sources
      named.add(Map.entry(names.get(i), SourceCache.SHARED.get(format, files.get(i), names.get(i), partOptions.get(i))));
    }
    parts = List.copyOf(named);
    return merged;
  }

  /** True once the table's data (or, what is the same, its columns) has been read. */
  synchronized boolean wasRead() {
    return dataset != null;
  }

  /** True while the data this table read is still the cache's: a plan holding it keeps no stale data alive. */
  synchronized boolean readsCachedData() {
    return dataset != null && SourceCache.SHARED.holds(dataset);
  }

  /** True for a table of one file that could be set up. */
  boolean isSingleFile() {
    return root == null && failure == null;
  }

  /** True when both read the same file the same way and find the same version of it in the cache. */
  boolean readsSameAs(FileTable other) {
    if (!files.equals(other.files) || format != other.format || !options.equals(other.options)
        || failure != null || other.failure != null) {
      return false;
    }
    try {
      return dataset() == other.dataset();
    } catch (EngagementException unreadable) {
      return false;
    }
  }

  /** Why the table's name is not its file's, when another table had that name first; else null. */
  String note() {
    return note;
  }

  void note(String note) {
    this.note = note;
  }

  public String displayName() {
    return displayName;
  }

  /** The files' total size in bytes (0 for a table that could not be set up, or files gone). */
  long sizeBytes() {
    long size = 0;
    for (Path file : files) {
      size += file.toFile().length();
    }
    return size;
  }

  /** The size in bytes of the file a part of {@link #parts} names (0 when it is gone). */
  long sizeBytes(String partName) {
    for (Path file : files) {
      if (root == null || root.relativize(file).toString().equals(partName)) {
        return file.toFile().length();
      }
    }
    return 0;
  }

  /** The one column of a table whose file cannot be read at all; reading it raises the file's error. */
  static final String UNREADABLE_COLUMN = "unreadable_file";

  /**
   * The file's columns; for a file that cannot be read at all, one VARCHAR column {@value #UNREADABLE_COLUMN}, so
   * that tools listing the columns of every table (DBeaver) still work, while a query on the table fails with
   * the file's own error when it reads the rows.
   */
  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    List<Column> columns;
    try {
      columns = dataset().columns();
    } catch (EngagementException unreadable) {
      return typeFactory.builder().add(UNREADABLE_COLUMN, SqlTypeName.VARCHAR).nullable(true).build();
    }
    List<RelDataType> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Column column : columns) {
      names.add(column.name());
      types.add(typeFactory.createTypeWithNullability(sqlType(typeFactory, column), true));
    }
    return typeFactory.createStructType(types, names);
  }

  private static RelDataType sqlType(RelDataTypeFactory typeFactory, Column column) {
    switch (column.type()) {
      case BOOLEAN: return typeFactory.createSqlType(SqlTypeName.BOOLEAN);
      case INTEGER: return typeFactory.createSqlType(SqlTypeName.INTEGER);
      case BIGINT: return typeFactory.createSqlType(SqlTypeName.BIGINT);
      case DECIMAL:
        return typeFactory.createSqlType(SqlTypeName.DECIMAL, ColumnFormat.DECIMAL_PRECISION, column.format().scale());
      case DOUBLE: return typeFactory.createSqlType(SqlTypeName.DOUBLE);
      case DATE: return typeFactory.createSqlType(SqlTypeName.DATE);
      // Milliseconds are kept, so the type says so.
      case TIMESTAMP: return typeFactory.createSqlType(SqlTypeName.TIMESTAMP, 3);
      case VARCHAR: return typeFactory.createSqlType(SqlTypeName.VARCHAR);
      default: throw new AssertionError(column.type());
    }
  }

  /** Calcite asks the table for these when it plans a scan of it ({@link ScanStatistics}). */
  @Override public <C> @Nullable C unwrap(Class<C> type) {
    if (type == BuiltInMetadata.DistinctRowCount.Handler.class) {
      return type.cast((BuiltInMetadata.DistinctRowCount.Handler) new ScanStatistics(this)::distinctRowCount);
    }
    if (type == BuiltInMetadata.ColumnUniqueness.Handler.class) {
      return type.cast((BuiltInMetadata.ColumnUniqueness.Handler) new ScanStatistics(this)::areColumnsUnique);
    }
    return super.unwrap(type);
  }

  @Override public Statistic getStatistic() {
    try {
      return Statistics.of(dataset().rowCount(), List.of());
    } catch (EngagementException unreadable) {
      return Statistics.UNKNOWN;
    }
  }

  /**
   * Only the projected columns of the rows that pass the simple filters ({@link RowFilter}) are boxed into rows;
   * Calcite still evaluates every filter on them. A streamed file is read from its start, filters left to Calcite.
   */
  @Override public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
    Dataset data = dataset();
    data.checkReadable();
    int[] columns = projects != null ? projects : allColumns(data.columns().size());
    RowFilter filter = data.isStreamed() ? RowFilter.NONE : RowFilter.of(filters, data);
    return Cancellable.rows(() -> data.cursor(columns, filter::keeps), columns.length, root);
  }

  private static int[] allColumns(int count) {
    int[] columns = new int[count];
    for (int i = 0; i < count; i++) {
      columns[i] = i;
    }
    return columns;
  }
}
