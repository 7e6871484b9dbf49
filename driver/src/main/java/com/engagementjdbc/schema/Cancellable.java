package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.util.function.IntFunction;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Rows of a scan that stop when the statement is cancelled, its query timeout passes or the heap is full of live
 * data ({@link HeapGuard}). Calcite hands the first two to the scan but its generated operators never look at them,
 * so a runaway query (a cross join) is stopped where rows are produced: every scan checks, every 1024 rows.
 */
final class Cancellable {
  private static final int CHECK_EVERY = 1024;

  private Cancellable() {
  }

  /** Rows {@code 0 .. count-1}, each made by {@code rowAt} when the enumerator reaches it; null skips the row. */
  static Enumerable<Object[]> rows(int count, IntFunction<Object[]> rowAt, DataContext root) {
    AtomicBoolean cancelFlag = DataContext.Variable.CANCEL_FLAG.get(root);
    Long timeout = DataContext.Variable.TIMEOUT.get(root);
    // scan() is called when the statement starts executing, so the deadline counts from here
    long deadline = timeout == null || timeout <= 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object[]> enumerator() {
        return new Enumerator<>() {
          private int index = -1;

          private Object[] current;

          @Override public Object[] current() {
            return current;
          }

          @Override public boolean moveNext() {
            while (true) {
              if (++index % CHECK_EVERY == 0) {
                check(cancelFlag, deadline, timeout);
              }
              if (index >= count) {
                return false;
              }
              current = rowAt.apply(index);
              if (current != null) {
                return true;
              }
            }
          }

          @Override public void reset() {
            index = -1;
          }

          @Override public void close() {
          }
        };
      }
    };
  }

  static void check(AtomicBoolean cancelFlag, long deadline, Long timeout) {
    HeapGuard.SHARED.check();
    if (cancelFlag != null && cancelFlag.get()) {
      throw new EngagementException(SqlState.QUERY_CANCELED, "the query was cancelled");
    }
    if (System.currentTimeMillis() > deadline) {
      throw new EngagementException(SqlState.QUERY_CANCELED,
          "the query ran longer than its timeout of " + timeout / 1000 + " s and was stopped");
    }
  }
}
