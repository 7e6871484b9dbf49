package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.FileVersion;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.SourceFormat;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Files read once and kept, shared by every connection of the JVM: an entry is keyed by the file and the options
 * it was read with, and re-read when the file's size or modification time changes. Concurrent queries on the
 * same file wait for one read instead of each reading it. The cache holds at most {@link #budget()} bytes of
 * column data and of what is {@linkplain #derived built from it}, evicting the least recently used files. A file
 * whose text is larger than the whole budget is streamed: only its layout is kept, and each query reads its rows
 * from the file (CSV; other formats are read for the query that needs them and not kept).
 */
public final class SourceCache {
  public static final SourceCache SHARED = new SourceCache();
  private static final int ATTEMPTS = 3;

  private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong reads = new AtomicLong();
  private final AtomicLong clock = new AtomicLong();
  private volatile long budget = Runtime.getRuntime().maxMemory() / 4;

  private record Key(Path file, ReadOptions options) {
  }

  /** One version of a file; the dataset is read on first demand, by the first thread that asks. */
  private final class Entry {
    final FileVersion version;
    /** Set once, by the thread that reads the file; volatile so that {@link #holds} need not wait for a read. */
    private volatile Dataset dataset;
    /** Structures built from the dataset, by what they are built from; guarded by itself. */
    private final Map<Object, Object> derived = new HashMap<>();
    volatile long lastUsed;
    volatile long bytes;

    Entry(FileVersion version) {
      this.version = version;
    }

    boolean holds(Dataset held) {
      return dataset == held;
    }

    synchronized Dataset dataset(SourceFormat format, Path file, String displayName, ReadOptions options) {
      if (dataset == null) {
        reads.incrementAndGet();
        Dataset read = format.read(file, displayName, options, textBytes(file) > budget);
        if (!FileVersion.of(file, displayName).equals(version)) {
          return null;
        }
        bytes = read.bytes();
        dataset = read;
      }
      lastUsed = clock.incrementAndGet();
      return dataset;
    }
  }

  /**
   * A structure built from a cached dataset (an index a function searches), kept with it and counted in the budget,
   * so that repeated queries build it once; it goes when the dataset goes (its file changed or it was evicted).
   * For a dataset the cache does not hold, or one it could hold only without the structure, it is built for the
   * caller and not kept.
   *
   * @param key what the structure is built from besides the dataset (columns, options); equal keys, equal
   *     structures
   * @param bytes the heap bytes a structure holds beyond the dataset's own
   */
  public <T> T derived(Dataset dataset, Object key, Supplier<T> build, ToLongFunction<T> bytes) {
    for (var cached : entries.entrySet()) {
      Entry entry = cached.getValue();
      if (entry.holds(dataset)) {
        T structure;
        synchronized (entry.derived) {
          @SuppressWarnings("unchecked")
          T known = (T) entry.derived.get(key);
          structure = known;
          if (structure == null) {
            structure = build.get();
            long size = bytes.applyAsLong(structure);
            if (entry.bytes + size > budget) {
              // kept, it would push out the very file it was built from
              return structure;
            }
            entry.derived.put(key, structure);
            entry.bytes += size;
          }
        }
        entry.lastUsed = clock.incrementAndGet();
        evict(cached.getKey());
        return structure;
      }
    }
    return build.get();
  }

  public Dataset get(SourceFormat format, Path file, String displayName, ReadOptions options) {
    Key key = new Key(file, options);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      FileVersion version;
      try {
        version = FileVersion.of(file, displayName);
      } catch (EngagementException gone) {
        entries.keySet().removeIf(cached -> cached.file.equals(file));
        throw gone;
      }
      Entry entry = entries.compute(key, (k, old) -> old != null && old.version.equals(version) ? old
          : new Entry(version));
      Dataset dataset = entry.dataset(format, file, displayName, options);
      if (dataset != null) {
        evict(key);
        return dataset;
      }
      // the file changed while it was read: the content may be a mix of two versions, so it is read again
      entries.remove(key, entry);
    }
    throw new EngagementException(SqlState.IO_ERROR, displayName + ": the file kept changing while it was read ("
        + ATTEMPTS + " attempts); query it again once it is written");
  }

  /** Drops least recently used files until the cache fits its budget; {@code keep} only if it alone fits. */
  private void evict(Key keep) {
    long total = 0;
    for (Entry entry : entries.values()) {
      total += entry.bytes;
    }
    while (total > budget) {
      Key oldest = null;
      long oldestUse = Long.MAX_VALUE;
      for (var candidate : entries.entrySet()) {
        boolean evictable = !candidate.getKey().equals(keep) || candidate.getValue().bytes > budget;
        if (evictable && candidate.getValue().bytes > 0 && candidate.getValue().lastUsed < oldestUse) {
          oldest = candidate.getKey();
          oldestUse = candidate.getValue().lastUsed;
        }
      }
      if (oldest == null) {
        return;
      }
      Entry removed = entries.remove(oldest);
      total -= removed == null ? 0 : removed.bytes;
    }
  }

  /** The bytes of text a file holds: its size, or for a gzip file the larger of its size and the size it records. */
  static long textBytes(Path file) {
    long size = file.toFile().length();
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") || size < 4) {
      return size;
    }
    try (RandomAccessFile gzip = new RandomAccessFile(file.toFile(), "r")) {
      gzip.seek(size - 4);
      // the gzip trailer holds the uncompressed size modulo 2^32, little-endian
      long recorded = Integer.toUnsignedLong(Integer.reverseBytes(gzip.readInt()));
      return Math.max(size, recorded);
    } catch (IOException e) {
      return size;
    }
  }

  /** The most bytes of column data the cache keeps; a quarter of the maximum heap unless set. */
  public long budget() {
    return budget;
  }

  public void budget(long bytes) {
    budget = bytes;
  }

  /** True while the cache holds this very dataset: its file has not changed, nor has it been evicted. */
  boolean holds(Dataset dataset) {
    for (Entry entry : entries.values()) {
      if (entry.holds(dataset)) {
        return true;
      }
    }
    return false;
  }

  /** Bytes of column data the cache holds now. */
  public long size() {
    long total = 0;
    for (Entry entry : entries.values()) {
      total += entry.bytes;
    }
    return total;
  }

  /** How many times a file has been read since the JVM started: with the cache warm, it stays put. */
  public long reads() {
    return reads.get();
  }
}
