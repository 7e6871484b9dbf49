package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.RowCursor;
import java.util.function.Supplier;
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
public final class Cancellable {
  private static final int CHECK_EVERY = 1024;

  private Cancellable() {
  }

  /** The rows of the cursors {@code open} makes, each row of {@code width} values, read when the enumerator reaches it. */
  public static Enumerable<Object[]> rows(Supplier<RowCursor> open, int width, DataContext root) {
    return rows(open, width, checker(root));
  }

  /** The same, checked by a {@link #checker} the statement made before. */
  public static Enumerable<Object[]> rows(Supplier<RowCursor> open, int width, Runnable check) {
    return new AbstractEnumerable<>() {
      @Override public Enumerator<Object[]> enumerator() {
        return new Enumerator<>() {
          private RowCursor cursor = open.get();
          private long index;
          private Object[] current;

          @Override public Object[] current() {
            return current;
          }

          @Override public boolean moveNext() {
            if (index++ % CHECK_EVERY == 0) {
              check.run();
            }
            if (!cursor.next()) {
              return false;
            }
            current = new Object[width];
            for (int i = 0; i < width; i++) {
              current[i] = cursor.value(i);
            }
            return true;
          }

          @Override public void reset() {
            cursor.close();
            cursor = open.get();
            index = 0;
          }

          @Override public void close() {
            cursor.close();
          }
        };
      }
    };
  }

  /**
   * What a statement's work checks every so often: throws when the statement was cancelled, its timeout (counted
   * from this call, made when the statement starts executing) has passed or the heap is full.
   */
  public static Runnable checker(DataContext root) {
    AtomicBoolean cancelFlag = DataContext.Variable.CANCEL_FLAG.get(root);
    Long timeout = DataContext.Variable.TIMEOUT.get(root);
    long deadline = timeout == null || timeout <= 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
    return () -> check(cancelFlag, deadline, timeout);
  }

  private static void check(AtomicBoolean cancelFlag, long deadline, Long timeout) {
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
