package com.engagementjdbc.vector;

import java.util.List;
import java.util.function.IntConsumer;

/** Where the rows of an aggregation on the vectors come from: a scan of one cached file, or a join of two. */
interface RowSource {
  /**
   * The rows for one execution, or null when they cannot be read on the vectors (a streamed file, a filter or a
   * join condition not read exactly). Cheap: the work is done by {@link Rows#forEach}.
   */
  Rows open();

  /** The rows of one execution. */
  interface Rows {
    /** The columns, as expressions to compute the keys and aggregates from. */
    List<VectorExpression> columns();

    /**
     * Calls {@code visit} for each row, in a stable order, with the {@link #columns} reading that row when given its
     * number; {@code check} is run every so often (cancel, timeout, heap).
     */
    void forEach(IntConsumer visit, Runnable check);
  }
}
