package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Stops queries before they exhaust the heap. A join, sort or aggregate that holds more rows than the heap can take
 * would end in an OutOfMemoryError that can strike any thread of the application; instead, every scan asks this
 * guard every few thousand rows, and once the heap still holds more than the limit right after a garbage
 * collection (live data, not garbage waiting to be collected), the asking query stops with SQLSTATE 53200.
 * JVM-wide, like the heap it protects.
 */
public final class HeapGuard {
  public static final HeapGuard SHARED = new HeapGuard();

  /** The heap pool where long-lived data ends up, the one whose size after a collection means live data. */
  private final MemoryPoolMXBean tenured = tenuredPool();
  private volatile long limit = Runtime.getRuntime().maxMemory() / 10 * 9;

  private HeapGuard() {
  }

  private static MemoryPoolMXBean tenuredPool() {
    MemoryPoolMXBean chosen = null;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
          && (chosen == null || pool.getUsage().getMax() > chosen.getUsage().getMax())) {
        chosen = pool;
      }
    }
    return chosen;
  }

  public void limit(long bytes) {
    limit = bytes;
  }

  public long limit() {
    return limit;
  }

  /**
   * Throws when live data exceeds the limit. The size after the last collection is cheap to read but may be old:
   * it still counts the rows of a query stopped earlier, until the next old-generation collection, which may be
   * long in coming. So when it says "over", a collection is run to measure again, and only a second "over" stops
   * the query; under pressure that costs one full collection per check, and none otherwise.
   */
  void check() {
    if (tenured == null || tenured.getCollectionUsage().getUsed() <= limit) {
      return;
    }
    System.gc();
    if (tenured.getCollectionUsage().getUsed() <= limit) {
      return;
    }
    throw new EngagementException(SqlState.OUT_OF_MEMORY, "the query needs more memory than the limit of "
        + limit / (1 << 20) + " MB (memoryLimit; the JVM's maximum heap is "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB) and was stopped; filter or aggregate earlier, or"
        + " give the JVM more heap with -Xmx");
  }
}
