package com.engagementjdbc.vector;

import com.engagementjdbc.schema.Cancellable;
import com.engagementjdbc.schema.FileTable;
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
  private final FileTable table;
  private final ScanRows rows;
  private final int[] outputColumns;
  private final SortKey[] keys;
  private final int offset;
  private final int fetch;

  /** A sort column of the file, its direction and where its NULLs go. */
  public record SortKey(int column, boolean descending, boolean nullsFirst) {
  }

  private VectorTopN(FileTable table, ScanRows rows, int[] outputColumns, SortKey[] keys, int offset, int fetch) {
    this.table = table;
    this.rows = rows;
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
    ScanRows rows = new ScanRows(table, filters, new int[0]);
    if (keys.isEmpty() || offset < 0 || fetch < 0 || (long) offset + fetch > 100_000 || rows.open() == null) {
      return null;
    }
    return new VectorTopN(table, rows, outputColumns, keys.toArray(new SortKey[0]), offset, fetch);
  }

  @Override public Enumerable<Object[]> run(DataContext root, Enumerable<?>... inputs) {
    Dataset data = table.dataset();
    RowSource.Rows passing = rows.open();
    if (passing == null) {
      // the table keeps the data it was planned with, whose filters read exactly then
      throw new IllegalStateException("the sort no longer matches its file " + data.fileName());
    }
    Comparison order = new Comparison(data, keys);
    int wanted = offset + fetch;
    // the worst kept row on top, so that a better one replaces it
    PriorityQueue<Integer> kept = new PriorityQueue<>(Math.max(1, wanted), (a, b) -> order.compare(b, a));
    passing.forEach(row -> {
      if (kept.size() < wanted) {
        kept.add(row);
      } else if (wanted > 0 && order.compare(row, kept.peek()) < 0) {
        kept.poll();
        kept.add(row);
      }
    }, Cancellable.checker(root));
    Integer[] best = kept.toArray(new Integer[0]);
    Arrays.sort(best, (a, b) -> order.compare(a, b));
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

  /** The order of two rows of a file: by each key in turn, then by their place in the file. */
  private static final class Comparison {
    private final SortKey[] keys;
    private final ColumnVector[] vectors;
    private final ColumnType[] types;

    Comparison(Dataset data, SortKey[] keys) {
      this.keys = keys;
      vectors = new ColumnVector[keys.length];
      types = new ColumnType[keys.length];
      for (int i = 0; i < keys.length; i++) {
        vectors[i] = data.vectors().get(keys[i].column);
        types[i] = data.columns().get(keys[i].column).type();
      }
    }

    int compare(int a, int b) {
      for (int i = 0; i < keys.length; i++) {
        ColumnVector vector = vectors[i];
        boolean aNull = vector.isNull(a);
        boolean bNull = vector.isNull(b);
        if (aNull || bNull) {
          // NULLs first or last whatever the direction
          if (aNull == bNull) {
            continue;
          }
          return aNull == keys[i].nullsFirst ? -1 : 1;
        }
        int order = switch (types[i]) {
          case DOUBLE -> compare(vector.doubleAt(a), vector.doubleAt(b));
          case VARCHAR -> ((String) vector.get(a)).compareTo((String) vector.get(b));
          default -> Long.compare(vector.longAt(a), vector.longAt(b));
        };
        if (order != 0) {
          return keys[i].descending ? -order : order;
        }
      }
      return Integer.compare(a, b);
    }

    /**
     * As SQL compares doubles: -0.0 ties with 0.0, and tied rows keep their file order (Calcite's sort puts -0.0
     * first behind some keys and not others; a file holds no NaN).
     */
    private static int compare(double a, double b) {
      return a < b ? -1 : a > b ? 1 : 0;
    }
  }
}
