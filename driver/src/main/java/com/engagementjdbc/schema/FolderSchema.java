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
 * first keeps it and the next ones get {@code _2}, {@code _3}...
 */
public final class FolderSchema extends AbstractSchema {
  private final Path root;
  private final Path singleFile;
  private final ReadOptions options;

  /** @param singleFile the only file to show, or null for every supported file directly in {@code root} */
  public FolderSchema(Path root, Path singleFile, ReadOptions options) {
    this.root = root;
    this.singleFile = singleFile;
    this.options = options;
  }

  @Override protected Map<String, Table> getTableMap() {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (Path file : files()) {
      String fileName = file.getFileName().toString();
      SourceFormat format = SourceFormat.of(fileName);
      if (format == null) {
        continue;
      }
      String base = TableNames.of(fileName);
      String name = base;
      for (int n = 2; tables.containsKey(name); n++) {
        name = base + "_" + n;
      }
      tables.put(name, new FileTable(format, file, root.relativize(file).toString(), options));
    }
    return tables;
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
    try (Stream<Path> listing = Files.list(root)) {
      List<Path> files = new ArrayList<>();
      listing.filter(path -> !path.getFileName().toString().startsWith(".") && Files.isRegularFile(path))
          .sorted()
          .forEach(files::add);
      return files;
    } catch (IOException e) {
      throw new EngagementException(SqlState.IO_ERROR, root + ": cannot list the folder: " + e, e);
    }
  }
}
