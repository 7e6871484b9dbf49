package com.engagementjdbc.source;

import com.engagementjdbc.error.EngagementException;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A source read into memory: its columns, their values as {@link ColumnVector}s, and the rows that did not fit;
 * or, for a file too large to keep, its columns and a way to read its rows again ({@link Streamed}). With
 * {@link OnError#FAIL}, the good rows still give the table its columns, so tools can browse a folder with one bad
 * file, but reading the rows fails with the first problem.
 */
public record Dataset(String fileName, Dialect dialect, List<Column> columns, List<ColumnVector> vectors,
    long rowCount, List<Reject> rejects, OnError onError, long readAt, Streamed streamed) {

  /** The rows of a file that is read anew each time they are needed. */
  public interface Streamed {
    /** The rows from the file's first, with the values of {@code columns}. */
    RowCursor open(int[] columns);

    /** How many NULLs the column holds, counted when the file was first read. */
    long nullCount(int column);
  }

  public Dataset(String fileName, Dialect dialect, List<Column> columns, List<ColumnVector> vectors, int rowCount,
      List<Reject> rejects, OnError onError) {
    this(fileName, dialect, columns, vectors, rowCount, rejects, onError, System.currentTimeMillis(), null);
  }

  public static Dataset streamed(String fileName, Dialect dialect, List<Column> columns, long rowCount,
      List<Reject> rejects, OnError onError, Streamed streamed) {
    return new Dataset(fileName, dialect, columns, List.of(), rowCount, rejects, onError, System.currentTimeMillis(),
        streamed);
  }

  /** True when the rows are not in memory: each query reads the file again. */
  public boolean isStreamed() {
    return streamed != null;
  }

  /** The value of one cell of a dataset in memory, in Calcite's run-time representation. */
  public Object value(int row, int column) {
    return vectors.get(column).get(row);
  }

  /**
   * The rows with the values of {@code columns}; of a dataset in memory only the rows {@code keep} accepts (a
   * filter checked on the vectors), of a streamed one every row.
   */
  public RowCursor cursor(int[] columns, IntPredicate keep) {
    if (streamed != null) {
      return streamed.open(columns);
    }
    int rows = (int) rowCount;
    return new RowCursor() {
      private int row = -1;

      @Override public boolean next() {
        while (++row < rows) {
          if (keep.test(row)) {
            return true;
          }
        }
        return false;
      }

      @Override public Object value(int index) {
        return vectors.get(columns[index]).get(row);
      }

      @Override public void close() {
      }
    };
  }

  public RowCursor cursor(int... columns) {
    return cursor(columns, row -> true);
  }

  public long nullCount(int column) {
    return streamed != null ? streamed.nullCount(column) : vectors.get(column).nullCount();
  }

  /** Throws the error the first reject means when the user asked to fail on bad rows. */
  public void checkReadable() {
    if (onError == OnError.FAIL && !rejects.isEmpty()) {
      Reject first = rejects.get(0);
      String more = rejects.size() > 1 ? " (and " + (rejects.size() - 1) + " more problem rows)" : "";
      throw new EngagementException(first.state(), fileName + ": line " + first.line()
          + (first.column() > 0 ? ", column " + first.column() : "") + ": " + first.reason() + more
          + ". Fix the file, or connect with onError=skip (leave such rows out) or onError=null (pad or cut"
          + " them); either way they are listed in sys.rejects");
    }
  }

  /** Heap bytes the values hold, roughly: none for a streamed dataset. */
  public long bytes() {
    long bytes = 0;
    for (ColumnVector vector : vectors) {
      bytes += vector.bytes();
    }
    return bytes;
  }
}
