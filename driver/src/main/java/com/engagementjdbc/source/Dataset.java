package com.engagementjdbc.source;

import com.engagementjdbc.error.EngagementException;
import java.util.List;

/**
 * A source read into memory: its columns, their values as {@link ColumnVector}s, and the rows that did not fit.
 * With {@link OnError#FAIL}, the good rows still give the table its columns, so tools can browse a folder with
 * one bad file, but reading the rows fails with the first problem.
 */
public record Dataset(String fileName, Dialect dialect, List<Column> columns, List<ColumnVector> vectors,
    int rowCount, List<Reject> rejects, OnError onError, long readAt) {

  public Dataset(String fileName, Dialect dialect, List<Column> columns, List<ColumnVector> vectors, int rowCount,
      List<Reject> rejects, OnError onError) {
    this(fileName, dialect, columns, vectors, rowCount, rejects, onError, System.currentTimeMillis());
  }

  /** The value of one cell, in Calcite's run-time representation. */
  public Object value(int row, int column) {
    return vectors.get(column).get(row);
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

  /** Heap bytes the values hold, roughly. */
  public long bytes() {
    long bytes = 0;
    for (ColumnVector vector : vectors) {
      bytes += vector.bytes();
    }
    return bytes;
  }
}
