package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Files read once and kept, shared by every connection of the JVM: an entry is keyed by the file and the options
 * it was read with, and re-read when the file's size or modification time changes. Concurrent queries on the
 * same file wait for one read instead of each reading it.
 */
public final class SourceCache {
  public static final SourceCache SHARED = new SourceCache();

  private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

  private record Key(Path file, ReadOptions options) {
  }

  /** One version of a file; the dataset is read on first demand, by the first thread that asks. */
  private static final class Entry {
    final long size;
    final long modified;
    private Dataset dataset;

    Entry(long size, long modified) {
      this.size = size;
      this.modified = modified;
    }

    synchronized Dataset dataset(SourceFormat format, Path file, String displayName, ReadOptions options,
        java.util.concurrent.atomic.AtomicLong reads) {
      if (dataset == null) {
        reads.incrementAndGet();
        dataset = format.read(file, displayName, options);
      }
      return dataset;
    }
  }

  public Dataset get(SourceFormat format, Path file, String displayName, ReadOptions options) {
    long size;
    long modified;
    try {
      size = Files.size(file);
      modified = Files.getLastModifiedTime(file).toMillis();
    } catch (NoSuchFileException e) {
      entries.keySet().removeIf(key -> key.file.equals(file));
      throw new EngagementException(SqlState.UNDEFINED_TABLE, displayName + ": the file no longer exists", e);
    } catch (IOException e) {
      throw new EngagementException(SqlState.IO_ERROR, displayName + ": cannot be read: " + e, e);
    }
    Entry entry = entries.compute(new Key(file, options),
        (key, old) -> old != null && old.size == size && old.modified == modified ? old : new Entry(size, modified));
    return entry.dataset(format, file, displayName, options, reads);
  }

  /** How many times a file has been read since the JVM started: with the cache warm, it stays put. */
  public long reads() {
    return reads.get();
  }
}
