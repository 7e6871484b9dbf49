package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.util.Locale;

/**
 * The two memory settings, which belong to the JVM rather than to a connection: the file cache and the heap are
 * shared by every connection of the process (a DBeaver window opens several connections to one folder, and a
 * server one per client), so a setting in one connection's URL would change every other. They are read from the
 * system properties {@value #CACHE_SIZE_PROPERTY} and {@value #MEMORY_LIMIT_PROPERTY} (which {@code serve
 * --cache-size} and {@code --memory-limit} set) when a connection opens.
 */
public final class MemorySettings {
  public static final String CACHE_SIZE = "cacheSize";
  public static final String MEMORY_LIMIT = "memoryLimit";
  public static final String CACHE_SIZE_PROPERTY = "engagement." + CACHE_SIZE;
  public static final String MEMORY_LIMIT_PROPERTY = "engagement." + MEMORY_LIMIT;

  private MemorySettings() {
  }

  /** Applies the system properties that are set, to the cache and the heap guard; a bad value fails with 08001. */
  public static void apply() {
    String cacheSize = System.getProperty(CACHE_SIZE_PROPERTY);
    if (cacheSize != null) {
      SourceCache.SHARED.budget(bytes(CACHE_SIZE_PROPERTY, cacheSize));
    }
    String memoryLimit = System.getProperty(MEMORY_LIMIT_PROPERTY);
    if (memoryLimit != null) {
      HeapGuard.SHARED.limit(bytes(MEMORY_LIMIT_PROPERTY, memoryLimit));
    }
  }

  /** The message for a connection that sets one of them in its URL or properties: where to set it instead. */
  public static String notPerConnection(String key) {
    String example = "-D" + "engagement." + key + "=2GB";
    return key + " is set for the whole JVM, not per connection (the file cache and the heap are shared by every"
        + " connection): start Java with " + example + " (in DBeaver: a line " + example + " after -vmargs in"
        + " dbeaver.ini), or give serve --" + (key.equals(CACHE_SIZE) ? "cache-size" : "memory-limit") + " 2GB";
  }

  /** A size such as {@code 512MB}, {@code 2GB} or a byte count, or a share of the maximum heap such as {@code 30%}. */
  public static long bytes(String name, String text) {
    String value = text.trim().toUpperCase(Locale.ROOT);
    try {
      if (value.endsWith("%")) {
        double share = Double.parseDouble(value.substring(0, value.length() - 1));
        if (share > 0 && share <= 100) {
          return (long) (Runtime.getRuntime().maxMemory() * share / 100);
        }
      } else {
        long unit = value.endsWith("GB") ? 1L << 30 : value.endsWith("MB") ? 1L << 20 : value.endsWith("KB") ? 1L << 10
            : 1;
        String digits = unit == 1 ? value : value.substring(0, value.length() - 2);
        long bytes = Long.parseLong(digits.trim()) * unit;
        if (bytes >= 0) {
          return bytes;
        }
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted forms
    }
    throw new EngagementException(SqlState.CONNECTION_FAILED, "invalid value '" + text + "' for " + name
        + "; expected a size such as 512MB, 2GB or a share of the heap such as 30%");
  }
}
