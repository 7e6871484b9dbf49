package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Per-file settings without renaming the file: {@code posts.csv.properties} beside {@code posts.csv} holds the
 * same keys as the connection ({@code delimiter=;}, {@code header=false}...) plus {@code column.<name>=<TYPE>},
 * and overrides the connection's values for that file only.
 */
final class Sidecar {
  static final String SUFFIX = ".properties";

  private Sidecar() {
  }

  static ReadOptions apply(Path file, ReadOptions base) {
    Path sidecar = file.resolveSibling(file.getFileName() + SUFFIX);
    if (!Files.isRegularFile(sidecar)) {
      return base;
    }
    Properties settings = new Properties();
    try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
      settings.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE,
          sidecar.getFileName() + ": cannot be read: " + e.getMessage(), e);
    }
    ReadOptions options = base;
    for (String key : settings.stringPropertyNames()) {
      try {
        options = options.with(key, settings.getProperty(key));
      } catch (IllegalArgumentException e) {
        throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, sidecar.getFileName() + ": "
            + e.getMessage() + "; valid keys: " + String.join(", ", ReadOptions.keyNames()) + ", "
            + ReadOptions.COLUMN_PREFIX + "<column name or position>", e);
      }
    }
    return options;
  }
}
