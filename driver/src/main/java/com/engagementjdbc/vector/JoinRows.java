package com.engagementjdbc.vector;

import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.calcite.rex.RexNode;

/**
 * The pairs of rows of two cached files an inner equi-join gives: a hash table of the smaller file's keys (whole
 * numbers, dates or timestamps, compared as numbers; a NULL key joins nothing), probed by the larger file's rows in
 * their order, each pair checked against the join's other conditions. The pairs are never built as rows: the columns
 * read the left or right file at the current pair. Pairs come in the order of Calcite's hash join building from the
 * smaller input: the larger file's rows in order, each with its matches in the smaller file's order.
 */
final class JoinRows implements RowSource {
  private static final int CHECK_EVERY = 1 << 16;
  /** Probe rows whose build-side lookups are done together. */
  private static final int BATCH = 256;

  private final Input left;
  private final Input right;
  private final RexNode condition;

  /**
   * One side of the join: a file, the columns of it the side's rows have, and the side's key fields.
   *
   * @param columns the file's columns, in the order of the side's fields
   * @param keys the key fields, indexes into {@code columns}; the other side's keys in the same order
   */
  record Input(FileTable table, int[] columns, int[] keys) {
    /** The file's column of a key. */
    int keyColumn(int key) {
      return columns[keys[key]];
    }
  }

  /** @param condition what else a pair must satisfy, over the left side's fields then the right's; null for none */
  JoinRows(Input left, Input right, RexNode condition) {
    this.left = new Input(left.table, left.columns.clone(), left.keys.clone());
    this.right = new Input(right.table, right.columns.clone(), right.keys.clone());
    this.condition = condition;
  }

  @Override public Rows open() {
    Dataset leftData = ScanRows.inMemory(left.table);
    Dataset rightData = ScanRows.inMemory(right.table);
    if (leftData == null || rightData == null || left.keys.length == 0 || left.keys.length > GroupIndex.MAX_KEYS) {
      return null;
    }
    for (int i = 0; i < left.keys.length; i++) {
      ColumnType type = leftData.columns().get(left.keyColumn(i)).type();
      if (type != rightData.columns().get(right.keyColumn(i)).type() || type == ColumnType.DOUBLE
          || type == ColumnType.VARCHAR) {
        return null;
      }
    }
    int[] pair = new int[2];
    List<VectorExpression> columns = new ArrayList<>();
    addColumns(leftData, left.columns, pair, 0, columns);
    addColumns(rightData, right.columns, pair, 1, columns);
    VectorExpression residual = condition == null ? null : VectorExpression.of(condition, columns);
    if (condition != null && (residual == null || residual.type != ColumnType.BOOLEAN)) {
      return null;
    }
    boolean buildLeft = leftData.rowCount() < rightData.rowCount();
    Dataset build = buildLeft ? leftData : rightData;
    Dataset probe = buildLeft ? rightData : leftData;
    int buildSide = buildLeft ? 0 : 1;
    return new Rows() {
      @Override public List<VectorExpression> columns() {
        return columns;
      }

      @Override public int walked() {
        return (int) probe.rowCount();
      }

      @Override public void forEach(IntConsumer visit, Runnable check, int from, int to) {
        leftData.checkReadable();
        rightData.checkReadable();
        Matches matches = new Matches(keys(build, buildLeft ? left : right), (int) build.rowCount());
        VectorExpression[] probeKeys = keys(probe, buildLeft ? right : left);
        int[] firstMatches = new int[BATCH];
        int visited = 0;
        for (int batch = from; batch < to; batch += BATCH) {
          if ((batch - from) % CHECK_EVERY == 0) {
            check.run();
          }
          int end = Math.min(to, batch + BATCH);
          // the batch's lookups first: independent loads the processor overlaps, where looking up and walking
          // each row's matches in turn waits for one cache miss after another once the build side outgrows the caches
          for (int row = batch; row < end; row++) {
            firstMatches[row - batch] = matches.first(probeKeys, row);
          }
          for (int row = batch; row < end; row++) {
            for (int match = firstMatches[row - batch]; match >= 0; match = matches.next(match)) {
              pair[buildSide] = match;
              pair[1 - buildSide] = row;
              if (residual == null || residual.truth(0) == 1) {
                visit.accept(visited++);
              }
            }
          }
        }
      }
    };
  }

  /** A side's columns, read at the pair's row of that side whatever row number they are given. */
  private static void addColumns(Dataset data, int[] sideColumns, int[] pair, int side,
      List<VectorExpression> columns) {
    for (int column : sideColumns) {
      columns.add(VectorExpression.atRow(column(data, column), pair, side));
    }
  }

  private static VectorExpression[] keys(Dataset data, Input input) {
    VectorExpression[] keys = new VectorExpression[input.keys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = column(data, input.keyColumn(i));
    }
    return keys;
  }

  private static VectorExpression column(Dataset data, int column) {
    return VectorExpression.column(data.vectors().get(column), data.columns().get(column).type());
  }

  /** The build file's rows by key: the first row of each key, and each row's next with the same key, in row order. */
  private static final class Matches {
    private final int[] next;
    private final KeyNumbers numbers;
    private int[] first;

    Matches(VectorExpression[] keys, int rows) {
      next = new int[rows];
      Arrays.fill(next, -1);
      numbers = KeyNumbers.of(keys, rows);
      first = new int[Math.max(16, numbers.size())];
      Arrays.fill(first, -1);
      int[] last = new int[first.length];
      for (int row = 0; row < rows; row++) {
        int slot = numbers.numberOf(row);
        if (slot < 0) {
          continue;
        }
        if (slot >= first.length) {
          int grown = Math.max(slot + 1, first.length * 2);
          first = Arrays.copyOf(first, grown);
          Arrays.fill(first, last.length, grown, -1);
          last = Arrays.copyOf(last, grown);
        }
        if (first[slot] < 0) {
          first[slot] = row;
        } else {
          next[last[slot]] = row;
        }
        last[slot] = row;
      }
    }

    /** The first build row whose keys equal the probe row's, or -1. */
    int first(VectorExpression[] probeKeys, int row) {
      int slot = numbers.find(probeKeys, row);
      return slot < 0 || slot >= first.length ? -1 : first[slot];
    }

    int next(int match) {
      return next[match];
    }
  }
}
