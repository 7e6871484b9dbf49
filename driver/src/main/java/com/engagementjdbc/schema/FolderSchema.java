package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The files of a folder (or one file) as tables, listed afresh on each lookup so that a file added or removed
 * between queries is seen. Names follow {@link TableNames}; when two files map to one name, the file that sorts
 * first keeps it and the next ones get {@code _2}, {@code _3}... A JSON file read with {@code unnest=path}
 * also gives a table {@code <table>__<path>} with one row per element of that array.
 */
public final class FolderSchema extends AbstractSchema {
  private final Path root;
  private final Path folder;
  private final Path singleFile;
  private final ReadOptions options;
  private final String name;

  /**
   * @param root the connection's folder: file names are shown relative to it
   * @param folder the folder whose files are the tables: {@code root} or one of its sub-folders
   * @param singleFile the only file to show, or null for every supported file directly in {@code folder}
   */
  public FolderSchema(String name, Path root, Path folder, Path singleFile, ReadOptions options) {
    this.name = name;
    this.root = root;
    this.folder = folder;
    this.singleFile = singleFile;
    this.options = options;
  }

  /** The schema's name, as SQL qualifies its tables. */
  public String name() {
    return name;
  }

  @Override protected Map<String, Table> getTableMap() {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (Path file : files()) {
      String fileName = file.getFileName().toString();
      SourceFormat format = SourceFormat.of(fileName);
      if (format == null) {
        continue;
      }
      String displayName = root.relativize(file).toString();
      ReadOptions fileOptions;
      try {
        fileOptions = Sidecar.apply(file, options);
      } catch (EngagementException badSidecar) {
        // one broken sidecar must not hide the other tables: its table reports the problem when queried
        tables.put(freeName(tables, TableNames.of(fileName)), FileTable.failing(displayName, badSidecar));
        continue;
      }
      String name = freeName(tables, TableNames.of(fileName));
      tables.put(name, new FileTable(format, file, displayName, fileOptions.with("unnest", "")));
      if (fileOptions.unnest() != null) {
        tables.put(freeName(tables, name + "__" + TableNames.sanitize(fileOptions.unnest())),
            new FileTable(format, file, displayName, fileOptions));
      }
    }
    return tables;
  }

  private static String freeName(Map<String, Table> tables, String base) {
    String name = base;
    for (int n = 2; tables.containsKey(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  /** The tables of this schema that come from files, for the system tables that describe them. */
  public Map<String, FileTable> fileTables() {
    Map<String, FileTable> tables = new LinkedHashMap<>();
    getTableMap().forEach((name, table) -> tables.put(name, (FileTable) table));
    return tables;
  }

  private List<Path> files() {
    if (singleFile != null) {
      return List.of(singleFile);
    }
    try (Stream<Path> listing = Files.list(folder)) {
      List<Path> files = new ArrayList<>();
      listing.filter(path -> !path.getFileName().toString().startsWith(".") && Files.isRegularFile(path))
          .sorted()
          .forEach(files::add);
      return files;
    } catch (IOException e) {
      throw new EngagementException(SqlState.IO_ERROR, folder + ": cannot list the folder: " + e, e);
    }
  }
}
