package com.engagementjdbc.work;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The driver's own threads for the parallel parts of a query: a file's parts and columns parsed at once, the two
 * halves of a large aggregation. One per core, as the work is CPU-bound, daemon threads named
 * {@code engagement-worker-N}; the JVM's common pool is left to the application. However many queries run at once,
 * the driver adds no more threads than that: a query whose parallel work finds them busy waits its turn (a
 * parse), or does the work on its own thread (an aggregation's second half).
 */
public final class Workers {
  /** How many threads the driver adds: one per core. */
  public static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
  /**
   * At most {@link #THREADS} threads: a worker that waits for a part of its own work does not get a spare thread
   * to stand in for it (the pool's saturation rule lets it wait instead), so the pool never grows under load.
   */
  private static final ForkJoinPool POOL = new ForkJoinPool(THREADS, Workers::newThread, null, false, 0, THREADS, 1,
      pool -> true, 60, TimeUnit.SECONDS);

  private Workers() {
  }

  private static ForkJoinWorkerThread newThread(ForkJoinPool pool) {
    ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    thread.setName("engagement-worker-" + thread.getPoolIndex());
    thread.setDaemon(true);
    return thread;
  }

  /** {@code work} of 0, 1, ... {@code count - 1}, computed on the driver's threads, in that order. */
  public static <T> List<T> map(int count, IntFunction<T> work) {
    return run(() -> IntStream.range(0, count).parallel().mapToObj(work).toList());
  }

  /**
   * Runs {@code first} on this thread and {@code second} on a driver thread; when none has taken {@code second} by
   * the time {@code first} is done, this thread runs it too, so that busy workers never make it wait idle. Throws
   * what either threw.
   */
  public static void both(Runnable first, Runnable second) {
    AtomicBoolean taken = new AtomicBoolean();
    Future<?> other = POOL.submit(() -> {
      if (taken.compareAndSet(false, true)) {
        second.run();
      }
    });
    boolean mine;
    try {
      first.run();
    } finally {
      mine = taken.compareAndSet(false, true);
      if (!mine) {
        await(other);
      }
    }
    if (mine) {
      other.cancel(false);
      second.run();
    }
  }

  private static <T> T run(Supplier<T> work) {
    return ForkJoinTask.getPool() == POOL ? work.get() : await(POOL.submit(work::get));
  }

  /** The result of work on another thread, with what it threw thrown as it was thrown. */
  private static <T> T await(Future<T> work) {
    try {
      return work.get();
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(failed.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngagementException(SqlState.QUERY_CANCELED, "the query was interrupted");
    }
  }
}
