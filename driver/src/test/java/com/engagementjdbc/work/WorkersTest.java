package com.engagementjdbc.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The driver's own threads: named, daemon, no more than one per core, and never a reason for a query to wait idle. */
class WorkersTest {
  @Test void mapKeepsTheOrderOnNamedDaemonThreads() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<Integer> squares = Workers.map(1000, i -> {
      threads.add(Thread.currentThread());
      return i * i;
    });
    assertEquals(1000, squares.size());
    for (int i = 0; i < 1000; i++) {
      assertEquals(i * i, squares.get(i));
    }
    assertTrue(threads.size() <= Workers.THREADS, threads::toString);
    for (Thread thread : threads) {
      assertTrue(thread.getName().startsWith("engagement-worker-") && thread.isDaemon(), thread::toString);
    }
  }

  @Test void anErrorComesOutAsItWasThrown() {
    EngagementException thrown = new EngagementException(SqlState.BAD_FILE_FORMAT, "posts.csv: line 3");
    assertSame(thrown, assertThrows(EngagementException.class, () -> Workers.map(4, i -> {
      if (i == 2) {
        throw thrown;
      }
      return i;
    })));
    assertSame(thrown, assertThrows(EngagementException.class, () -> Workers.both(() -> { }, () -> {
      throw thrown;
    })));
  }

  @Test void withEveryWorkerBusyTheCallerDoesBothHalves() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(Workers.THREADS);
    Thread[] blockers = new Thread[Workers.THREADS];
    for (int i = 0; i < blockers.length; i++) {
      // each blocker's second half holds a worker until the release; its first half waits until every worker is
      // so held, so that no blocker takes its own second half back
      blockers[i] = new Thread(() -> Workers.both(() -> awaitQuietly(busy), () -> {
        busy.countDown();
        awaitQuietly(release);
      }));
      blockers[i].start();
    }
    try {
      assertTrue(busy.await(30, TimeUnit.SECONDS));
      AtomicReference<Thread> second = new AtomicReference<>();
      Workers.both(() -> { }, () -> second.set(Thread.currentThread()));
      assertSame(Thread.currentThread(), second.get());
    } finally {
      release.countDown();
      for (Thread blocker : blockers) {
        blocker.join();
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
