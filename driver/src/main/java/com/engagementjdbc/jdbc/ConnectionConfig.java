package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.ReadOptions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A connection's settings, parsed and checked once from {@code jdbc:engagement:<path>[;key=value]...} and the
 * {@code Properties} (which win over the URL). An unknown key or a bad value fails the connection with a message
 * listing the valid keys, rather than being ignored.
 *
 * @param path the folder or file, absolute; null for the bundled sample data
 */
public record ConnectionConfig(String url, Path path, ReadOptions readOptions, Long cacheBytes, Long memoryLimit) {
  public static final String PREFIX = "jdbc:engagement:";

  /** Keys tools send that have no meaning for files: accepted and ignored. */
  private static final List<String> IGNORED_KEYS = List.of("user", "password");
  /** The JVM-wide budget of the file cache, e.g. {@code 512MB}, {@code 2GB}, {@code 30%} of the maximum heap. */
  static final String CACHE_SIZE = "cacheSize";
  /** The JVM-wide heap limit: a query stops with 53200 when live data after a collection exceeds it. */
  static final String MEMORY_LIMIT = "memoryLimit";

  public static ConnectionConfig parse(String url, Properties info) throws SQLException {
    String rest = url.substring(PREFIX.length());
    String[] parts = rest.split(";", -1);
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].isBlank()) {
        continue;
      }
      int equals = parts[i].indexOf('=');
      if (equals <= 0) {
        throw failure("malformed property '" + parts[i] + "' in the URL: expected key=value");
      }
      settings.put(parts[i].substring(0, equals).trim(), parts[i].substring(equals + 1));
    }
    if (info != null) {
      for (String key : info.stringPropertyNames()) {
        settings.put(key, info.getProperty(key));
      }
    }
    ReadOptions options = ReadOptions.DEFAULTS;
    Long cacheBytes = null;
    Long memoryLimit = null;
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      if (IGNORED_KEYS.contains(setting.getKey())) {
        continue;
      }
      if (setting.getKey().equals(CACHE_SIZE)) {
        cacheBytes = bytes(CACHE_SIZE, setting.getValue());
        continue;
      }
      if (setting.getKey().equals(MEMORY_LIMIT)) {
        memoryLimit = bytes(MEMORY_LIMIT, setting.getValue());
        continue;
      }
      try {
        options = options.with(setting.getKey(), setting.getValue());
      } catch (IllegalArgumentException e) {
        throw failure(e.getMessage() + "; valid properties: " + String.join(", ", validKeys()));
      }
    }
    return new ConnectionConfig(url, resolve(parts[0].trim()), options, cacheBytes, memoryLimit);
  }

  /** Every key a connection accepts, for messages and {@code Driver.getPropertyInfo}. */
  public static List<String> validKeys() {
    List<String> keys = new ArrayList<>(ReadOptions.keyNames());
    keys.add(ReadOptions.COLUMN_PREFIX + "<column>");
    keys.add(CACHE_SIZE);
    keys.add(MEMORY_LIMIT);
    keys.addAll(IGNORED_KEYS);
    return keys;
  }

  private static long bytes(String key, String text) throws SQLException {
    String value = text.trim().toUpperCase(java.util.Locale.ROOT);
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
    throw failure("invalid value '" + text + "' for property '" + key + "'; expected a size such as 512MB,"
        + " 2GB or a share of the heap such as 30%");
  }

  /** A path as a shell user means it: {@code ~} is the home folder, a relative path starts at the working folder. */
  private static Path resolve(String text) throws SQLException {
    if (text.isEmpty()) {
      return null;
    }
    String expanded = text;
    if (text.equals("~") || text.startsWith("~/") || text.startsWith("~\\")) {
      expanded = System.getProperty("user.home") + text.substring(1);
    }
    Path path;
    try {
      path = Path.of(expanded).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw failure("invalid path '" + text + "': " + e.getMessage());
    }
    if (!Files.exists(path)) {
      throw failure("no such file or folder: " + path + (text.equals(path.toString()) ? "" : " (from '" + text + "')"));
    }
    return path;
  }

  private static SQLException failure(String message) {
    return new SQLException(message, SqlState.CONNECTION_FAILED.code());
  }
}
