package com.engagementjdbc.vector;

import java.util.List;
import java.util.function.IntConsumer;

/** Where the rows of an aggregation on the vectors come from: a scan of one cached file, or a join of two inputs. */
interface RowSource {
  /**
   * The rows for one execution, or null when they cannot be read on the vectors (a streamed file, a filter or a
   * join condition not read exactly). Cheap: the work is done by {@link Rows#forEach}.
   */
  Rows open();

  /**
   * The source reading the rows the rest of the plan computed for one execution, input {@code i} of the vector
   * plan at {@code computed.get(i)}; a source that reads only files is itself.
   */
  default RowSource with(List<List<Object[]>> computed) {
    return this;
  }

  /** The rows of one execution. */
  interface Rows {
    /** The columns, as expressions to compute the keys and aggregates from. */
    List<VectorExpression> columns();

    /** How many rows {@link #forEach} walks through (the file's, the join's larger file's): what can be split. */
    int walked();

    /**
     * Calls {@code visit} for each row coming from walked rows {@code from} to {@code to} (exclusive), in a stable
     * order, with the {@link #columns} reading that row when given its number; {@code check} is run every so often
     * (cancel, timeout, heap). The instance reads one row at a time: one per thread.
     */
    void forEach(IntConsumer visit, Runnable check, int from, int to);

    /** {@link #forEach} over all rows. */
    default void forEach(IntConsumer visit, Runnable check) {
      forEach(visit, check, 0, walked());
    }
  }
}
