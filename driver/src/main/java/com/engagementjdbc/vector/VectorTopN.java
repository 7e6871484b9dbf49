package com.engagementjdbc.vector;

import com.engagementjdbc.schema.Cancellable;
import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.schema.RowFilter;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rex.RexNode;

/**
 * ORDER BY ... LIMIT over one cached file on its column vectors: the rows that pass the filters (checked exactly on
 * the vectors) are compared on the sort columns without building them, the best {@code offset + fetch} kept in a
 * bounded heap, and only those built as rows. Calcite's plan builds and boxes every row that passes the filter and
 * sorts them. Order as Calcite's: NULLs last ascending and first descending unless the query says otherwise,
 * -0.0 tied with 0.0, text by {@link String#compareTo}; rows that tie on every sort key come in file order.
 */
public final class VectorTopN implements VectorPlan {
  private static final int CHECK_EVERY = 1 << 16;

  private final FileTable table;
  private final List<RexNode> filters;
  private final int[] outputColumns;
  private final SortKey[] keys;
  private final int offset;
  private final int fetch;

  /** A sort column of the file, its direction and where its NULLs go. */
  public record SortKey(int column, boolean descending, boolean nullsFirst) {
  }

  private VectorTopN(FileTable table, List<RexNode> filters, int[] outputColumns, SortKey[] keys, int offset,
      int fetch) {
    this.table = table;
    this.filters = List.copyOf(filters);
    this.outputColumns = outputColumns.clone();
    this.keys = keys.clone();
    this.offset = offset;
    this.fetch = fetch;
  }

  /**
   * The top rows of a file, or null when this class cannot compute them: a streamed or unreadable file, a filter
   * not read exactly on the vectors, or more rows asked for than a heap should hold.
   *
   * @param filters the filters, over the file's columns
   * @param outputColumns the file's columns each result row has
   * @param keys the sort keys, on the file's columns
   */
  public static VectorTopN of(FileTable table, List<RexNode> filters, int[] outputColumns, List<SortKey> keys,
      int offset, int fetch) {
    Dataset data = ScanRows.inMemory(table);
    if (data == null || keys.isEmpty() || offset < 0 || fetch < 0 || (long) offset + fetch > 100_000
        || RowFilter.exact(filters, data) == null) {
      return null;
    }
    return new VectorTopN(table, filters, outputColumns, keys.toArray(new SortKey[0]), offset, fetch);
  }

  @Override public Enumerable<Object[]> run(DataContext root) {
    Runnable check = Cancellable.checker(root);
    Dataset data = table.dataset();
    data.checkReadable();
    RowFilter filter = RowFilter.exact(filters, data);
    if (filter == null) {
      // the table keeps the data it was planned with, whose filters read exactly then
      throw new IllegalStateException("the sort no longer matches its file " + data.fileName());
    }
    int wanted = offset + fetch;
    // the worst kept row on top, so that a better one replaces it
    PriorityQueue<Integer> kept = new PriorityQueue<>(Math.max(1, wanted), (a, b) -> compare(data, b, a));
    int rows = (int) data.rowCount();
    for (int row = 0; row < rows && wanted > 0; row++) {
      if (row % CHECK_EVERY == 0) {
        check.run();
      }
      if (!filter.keeps(row)) {
        continue;
      }
      if (kept.size() < wanted) {
        kept.add(row);
      } else if (compare(data, row, kept.peek()) < 0) {
        kept.poll();
        kept.add(row);
      }
    }
    Integer[] best = kept.toArray(new Integer[0]);
    Arrays.sort(best, (a, b) -> compare(data, a, b));
    List<Object[]> result = new ArrayList<>();
    for (int i = offset; i < best.length; i++) {
      Object[] values = new Object[outputColumns.length];
      for (int c = 0; c < values.length; c++) {
        values[c] = data.value(best[i], outputColumns[c]);
      }
      result.add(values);
    }
    return Linq4j.asEnumerable(result);
  }

  /**
   * As SQL compares doubles: -0.0 ties with 0.0, and tied rows keep their file order (Calcite's sort puts -0.0 first
   * behind some keys and not others; a file holds no NaN).
   */
  private static int compare(double a, double b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** The order of two rows: by each key in turn, then by their place in the file. */
  private int compare(Dataset data, int a, int b) {
    for (SortKey key : keys) {
      ColumnVector vector = data.vectors().get(key.column);
      boolean aNull = vector.isNull(a);
      boolean bNull = vector.isNull(b);
      if (aNull || bNull) {
        // NULLs first or last whatever the direction
        if (aNull == bNull) {
          continue;
        }
        return aNull == key.nullsFirst ? -1 : 1;
      }
      ColumnType type = data.columns().get(key.column).type();
      int order = switch (type) {
        case DOUBLE -> compare(vector.doubleAt(a), vector.doubleAt(b));
        case VARCHAR -> ((String) vector.get(a)).compareTo((String) vector.get(b));
        default -> Long.compare(vector.longAt(a), vector.longAt(b));
      };
      if (order != 0) {
        return key.descending ? -order : order;
      }
    }
    return Integer.compare(a, b);
  }
}
