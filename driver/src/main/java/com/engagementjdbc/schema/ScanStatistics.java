package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import java.util.List;
import org.apache.calcite.interpreter.Bindables;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.RelMdUtil;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.ImmutableBitSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the planner may know of a cached file's columns: how many distinct values each holds and which are unique,
 * counted exactly on the column vectors the first time a plan asks ({@link ColumnVector#distinctCount()}). Calcite
 * reaches these through the table ({@link FileTable#unwrap}) for a scan of it; a streamed file has no vectors and
 * leaves Calcite to its own guesses.
 */
final class ScanStatistics {
  private final FileTable table;

  ScanStatistics(FileTable table) {
    this.table = table;
  }

  /**
   * The distinct rows of the scan's {@code groupKey} columns among the rows passing {@code predicate}: the row count
   * when one of the columns is unique, else Calcite's expected number of distinct values when that many rows are
   * drawn from the columns' combinations (the product of their distinct counts, NULL counted as a value).
   */
  @Nullable Double distinctRowCount(RelNode scan, RelMetadataQuery mq, ImmutableBitSet groupKey,
      @Nullable RexNode predicate) {
    List<ColumnVector> vectors = vectors();
    if (vectors == null) {
      return null;
    }
    if (groupKey.isEmpty()) {
      return 1.0;
    }
    Double selectivity = mq.getSelectivity(scan, predicate);
    Double rows = mq.getRowCount(scan);
    if (selectivity == null || rows == null) {
      return null;
    }
    double selected = Math.max(1.0, rows * selectivity);
    double combinations = 1;
    for (int column : groupKey) {
      ColumnVector vector = vectors.get(tableColumn(scan, column));
      if (isUnique(vector, false)) {
        return selected;
      }
      combinations *= vector.distinctCount() + (vector.nullCount() > 0 ? 1 : 0);
    }
    return RelMdUtil.numDistinctVals(Math.min(combinations, vectors.get(0).size()), selected);
  }

  /**
   * True when one of the columns holds no value twice: any set of columns containing it is then a key. Sets of
   * columns that are only unique together are not looked for (false: not known to be unique).
   */
  @Nullable Boolean areColumnsUnique(RelNode scan, RelMetadataQuery mq, ImmutableBitSet columns,
      boolean ignoreNulls) {
    List<ColumnVector> vectors = vectors();
    if (vectors == null) {
      return null;
    }
    for (int column : columns) {
      if (isUnique(vectors.get(tableColumn(scan, column)), ignoreNulls)) {
        return true;
      }
    }
    return false;
  }

  /** No non-NULL value twice, and at most one NULL unless NULLs are ignored (GROUP BY makes them one group). */
  private static boolean isUnique(ColumnVector vector, boolean ignoreNulls) {
    int nulls = vector.nullCount();
    return (ignoreNulls || nulls <= 1) && vector.distinctCount() == vector.size() - nulls;
  }

  /** The vectors of a cached table, null for a streamed or unreadable one. */
  private @Nullable List<ColumnVector> vectors() {
    Dataset data;
    try {
      data = table.dataset();
    } catch (EngagementException unreadable) {
      return null;
    }
    return data.isStreamed() || data.vectors().isEmpty() ? null : data.vectors();
  }

  /** A scan with pushed-down projections numbers its columns in its own order. */
  private static int tableColumn(RelNode scan, int column) {
    return scan instanceof Bindables.BindableTableScan bindable ? bindable.projects.get(column) : column;
  }
}
