package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.SourceFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Tables declared as sets of files in a folder's {@code tables.properties}: {@code posts = exports/posts_*.csv}
 * makes one table {@code posts} of every file the glob matches, relative to the folder and never outside the
 * connection's folder.
 */
final class TableSets {
  static final String FILE_NAME = "tables.properties";
  private static final int MAX_DEPTH = 4;

  private TableSets() {
  }

  /** Table name to its files, in name order; tables whose glob matches nothing are left out. */
  static Map<String, List<Path>> declared(Path folder, Path root) {
    Path declarations = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(declarations)) {
      return Map.of();
    }
    Properties globs = new Properties();
    try (Reader reader = Files.newBufferedReader(declarations, StandardCharsets.UTF_8)) {
      globs.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, FILE_NAME + ": cannot be read: " + e, e);
    }
    Map<String, List<Path>> sets = new LinkedHashMap<>();
    for (String name : new TreeSet<>(globs.stringPropertyNames())) {
      String glob = globs.getProperty(name).trim();
      if (glob.contains("..")) {
        throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, FILE_NAME + ": the files of " + name
            + " must be inside the folder, not '" + glob + "'");
      }
      List<Path> files = matching(folder, root, glob);
      if (!files.isEmpty()) {
        sets.put(name, files);
      }
    }
    return sets;
  }

  private static List<Path> matching(Path folder, Path root, String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .filter(file -> matcher.matches(folder.relativize(file)))
          .filter(file -> SourceFormat.of(file.getFileName().toString()) != null)
          // a file whose real path cannot be read fails the listing with its name, rather than leave the set
          .filter(file -> Containment.isInside(file, root))
          .sorted()
          .forEach(files::add);
      return files;
    } catch (IOException e) {
      throw new EngagementException(SqlState.IO_ERROR, folder + ": cannot list the folder: " + e, e);
    }
  }
}
