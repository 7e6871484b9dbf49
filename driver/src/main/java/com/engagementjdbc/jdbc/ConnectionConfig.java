package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.schema.MemorySettings;
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
public record ConnectionConfig(String url, Path path, ReadOptions readOptions) {
  public static final String PREFIX = "jdbc:engagement:";

  /** Keys tools send that have no meaning for files: accepted and ignored. */
  private static final List<String> IGNORED_KEYS = List.of("user", "password");
  /** Settings of the whole JVM ({@link MemorySettings}): refused here with where to set them. */
  private static final List<String> PROCESS_KEYS = List.of(MemorySettings.CACHE_SIZE, MemorySettings.MEMORY_LIMIT);

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
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      if (IGNORED_KEYS.contains(setting.getKey())) {
        continue;
      }
      if (PROCESS_KEYS.contains(setting.getKey())) {
        throw failure(MemorySettings.notPerConnection(setting.getKey()));
      }
      try {
        options = options.with(setting.getKey(), setting.getValue());
      } catch (IllegalArgumentException e) {
        throw failure(e.getMessage() + "; valid properties: " + String.join(", ", validKeys()));
      }
    }
    return new ConnectionConfig(url, resolve(parts[0].trim()), options);
  }

  /** Every key a connection accepts, for messages and {@code Driver.getPropertyInfo}. */
  public static List<String> validKeys() {
    List<String> keys = new ArrayList<>(ReadOptions.keyNames());
    keys.add(ReadOptions.COLUMN_PREFIX + "<column>");
    keys.addAll(IGNORED_KEYS);
    return keys;
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
