package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.FileVersion;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.SourceFormat;
import com.engagementjdbc.source.xlsx.XlsxReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Files read once and kept, shared by every connection of the JVM: an entry is keyed by the file and the options
 * it was read with, and re-read when the file's size or modification time changes. Concurrent queries on the
 * same file wait for one read instead of each reading it. The cache holds at most {@link #budget()} bytes of
 * column data and of everything else the driver keeps between queries (the merged columns of a {@linkplain #set
 * file set}, what is {@linkplain #derived built from} a file, a workbook's {@linkplain #sheetNames sheet names}),
 * evicting the least recently used, each dropped when one of its files changes. A file whose text is larger than
 * the whole budget is streamed: only its layout is kept, and each query reads its rows from the file (CSV; other
 * formats are read for the query that needs them and not kept).
 */
public final class SourceCache {
  public static final SourceCache SHARED = new SourceCache();
  private static final int ATTEMPTS = 3;
  /** The {@link Key#reading} of a workbook's sheet names. */
  private static final String SHEET_NAMES = "sheet names";

  private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final List<ReadCount> readCounts = new CopyOnWriteArrayList<>();
  private final AtomicLong reads = new AtomicLong();
  private final AtomicLong clock = new AtomicLong();
  private volatile long budget = Runtime.getRuntime().maxMemory() / 4;

  /**
   * What an entry holds: its files, and how they were read: a file's {@link ReadOptions}, a {@link SetReading}, or
   * {@link #SHEET_NAMES}.
   */
  private record Key(List<Path> files, Object reading) {
  }

  /** How the files of a set were read: each with its options and name, merged under the set's name. */
  private record SetReading(List<ReadOptions> options, List<String> names, String displayName) {
  }

  /** A value kept, and the heap bytes it holds. */
  private record Sized(Object value, long bytes) {
  }

  /** One version of its files; the value is made on first demand, by the first thread that asks. */
  private final class Entry {
    final List<FileVersion> versions;
    /** Set once, by the thread that makes it; volatile so that {@link #holds} need not wait for it. */
    private volatile Object value;
    /** Structures built from the dataset, by what they are built from; guarded by itself. */
    private final Map<Object, Object> derived = new HashMap<>();
    volatile long lastUsed;
    volatile long bytes;

    Entry(List<FileVersion> versions) {
      this.versions = versions;
    }

    boolean holds(Object held) {
      return value == held;
    }

    /** The value, or null when a file changed while it was made. */
    synchronized Object value(Key key, List<String> names, Supplier<Sized> make) {
      if (value == null) {
        Sized made = make.get();
        if (!versions(key.files, names).equals(versions)) {
          return null;
        }
        bytes = made.bytes;
        value = made.value;
      }
      lastUsed = clock.incrementAndGet();
      return value;
    }
  }

  /**
   * A structure built from a cached dataset (an index a function searches), kept with it and counted in the budget,
   * so that repeated queries build it once; it goes when the dataset goes (its file changed or it was evicted).
   * For a dataset the cache does not hold, or one it could hold only without the structure, it is built for the
   * caller and not kept. The structure must not hold anything but the dataset and itself: whatever else it held
   * would stay in memory, uncounted, as long as the dataset.
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
    return (Dataset) kept(new Key(List.of(file), options), List.of(displayName), () -> {
      reads.incrementAndGet();
      readCounts.forEach(count -> count.add(file));
      Dataset read = format.read(file, displayName, options, textBytes(file) > budget);
      return new Sized(read, read.bytes());
    });
  }

  /**
   * Several files read as one table ({@link FileSet}): each file is read (and kept) as by {@link #get}, and their
   * merged columns are kept beside them, counted in the budget, until one of the files changes or they are evicted.
   * A set with a streamed file is streamed too, and holds the files that are not; those are counted again here.
   */
  Dataset set(SourceFormat format, List<Path> files, List<String> names, List<ReadOptions> options,
      String displayName) {
    return (Dataset) kept(new Key(List.copyOf(files), new SetReading(List.copyOf(options), List.copyOf(names),
        displayName)), names, () -> {
          List<Dataset> parts = new ArrayList<>();
          for (int i = 0; i < files.size(); i++) {
            parts.add(get(format, files.get(i), names.get(i), options.get(i)));
          }
          Dataset merged = FileSet.merge(displayName, names, parts);
          long bytes = merged.bytes();
          if (merged.isStreamed()) {
            for (Dataset part : parts) {
              bytes += part.bytes();
            }
          }
          return new Sized(merged, bytes);
        });
  }

  /** The sheet names of a workbook, kept while the file is unchanged (tables are listed on every query). */
  @SuppressWarnings("unchecked")
  List<String> sheetNames(Path file, String displayName) {
    return (List<String>) kept(new Key(List.of(file), SHEET_NAMES), List.of(displayName), () -> {
      List<String> names = XlsxReader.sheetNames(file);
      long bytes = 64;
      for (String name : names) {
        // the list's slot, the String and its characters, roughly
        bytes += 56 + 2L * name.length();
      }
      return new Sized(names, bytes);
    });
  }

  /** The value kept for the key, made if need be; made again when one of its files changed meanwhile. */
  private Object kept(Key key, List<String> names, Supplier<Sized> make) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<FileVersion> versions = versions(key.files, names);
      Entry entry = entries.compute(key, (k, old) -> old != null && old.versions.equals(versions) ? old
          : new Entry(versions));
      Object value = entry.value(key, names, make);
      if (value != null) {
        evict(key);
        return value;
      }
      // a file changed while it was read: the content may be a mix of two versions, so it is read again
      entries.remove(key, entry);
    }
    throw new EngagementException(SqlState.IO_ERROR, String.join(", ", names) + ": the file kept changing while"
        + " it was read (" + ATTEMPTS + " attempts); query it again once it is written");
  }

  /** The versions of the files; a file that is gone takes with it everything kept of it. */
  private List<FileVersion> versions(List<Path> files, List<String> names) {
    List<FileVersion> versions = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      try {
        versions.add(FileVersion.of(file, names.get(i)));
      } catch (EngagementException gone) {
        entries.keySet().removeIf(cached -> cached.files.contains(file));
        throw gone;
      }
    }
    return versions;
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

  /** Bytes the cache holds now for files under a folder: a figure no other folder's queries change. */
  public long size(Path folder) {
    long total = 0;
    for (var entry : entries.entrySet()) {
      if (entry.getKey().files.stream().allMatch(file -> file.startsWith(folder))) {
        total += entry.getValue().bytes;
      }
    }
    return total;
  }

  /**
   * Counts the reads of files under a folder from now until it is closed: a count no other folder's queries
   * change, where {@link #reads()} counts every read of the JVM.
   */
  public ReadCount countReads(Path folder) {
    ReadCount count = new ReadCount(folder);
    readCounts.add(count);
    return count;
  }

  /** The reads of files under one folder, counted while it is open. */
  public final class ReadCount implements AutoCloseable {
    private final Path folder;
    private final AtomicLong count = new AtomicLong();

    private ReadCount(Path folder) {
      this.folder = folder;
    }

    void add(Path file) {
      if (file.startsWith(folder)) {
        count.incrementAndGet();
      }
    }

    public long get() {
      return count.get();
    }

    @Override public void close() {
      readCounts.remove(this);
    }
  }
}
