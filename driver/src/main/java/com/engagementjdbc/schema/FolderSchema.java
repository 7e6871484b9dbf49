package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.Lookup;

/**
 * The files of a folder (or one file) as tables, listed afresh on each lookup so that a file added or removed
 * between queries is seen. Names follow {@link TableNames}; files that differ only by a date or number suffix are
 * one table ({@link FileSet}), as are the files of a set declared in {@code tables.properties}. When two sources
 * map to one name, the one met first (files in name order, then declared sets) keeps it and the next get
 * {@code _2}, {@code _3}..., noted in {@code sys.sources}. A JSON file read with {@code unnest=path} also gives
 * a table {@code <table>__<path>} with one row per element of that array.
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

  /** The tables, each lookup recorded for the plan being made ({@link TableUses}). */
  @Override public Lookup<Table> tables() {
    return TableUses.reporting(super.tables(), (name, table) -> TableUses.lookedUp(this, name, table));
  }

  @Override protected Map<String, Table> getTableMap() {
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, String> owners = new LinkedHashMap<>();
    Map<Path, EngagementException> unresolved = new LinkedHashMap<>();
    List<Path> files = files(unresolved);
    Map<String, List<Path>> declaredSets = singleFile == null ? TableSets.declared(folder, root) : Map.of();
    Set<Path> inDeclaredSets = new HashSet<>();
    declaredSets.values().forEach(inDeclaredSets::addAll);
    Map<String, List<Path>> numberedSets = numberedSets(files.stream().filter(f -> !unresolved.containsKey(f))
        .toList());
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      SourceFormat format = SourceFormat.of(fileName);
      if (format == null || inDeclaredSets.contains(file)) {
        continue;
      }
      String displayName = root.relativize(file).toString();
      if (unresolved.containsKey(file)) {
        put(tables, owners, TableNames.of(fileName), FileTable.failing(displayName, unresolved.get(file)),
            displayName);
        continue;
      }
      List<Path> set = numberedSets.get(setKey(fileName, format));
      if (set != null) {
        if (set.get(0).equals(file)) {
          String setName = FileSet.setName(SourceFormat.baseName(fileName));
          String shown = root.relativize(file.resolveSibling(setName)) + "* (" + set.size() + " " + format.name()
              .toLowerCase(Locale.ROOT) + " files)";
          put(tables, owners, TableNames.sanitize(setName), FileTable.set(format, set, root, shown, options), shown);
        }
        continue;
      }
      ReadOptions fileOptions;
      try {
        fileOptions = Sidecar.apply(file, options);
      } catch (EngagementException badSidecar) {
        // one broken sidecar must not hide the other tables: its table reports the problem when queried
        put(tables, owners, TableNames.of(fileName), FileTable.failing(displayName, badSidecar), displayName);
        continue;
      }
      String name = put(tables, owners, TableNames.of(fileName),
          new FileTable(format, file, displayName, fileOptions.with("unnest", "")), displayName);
      if (fileOptions.unnest() != null) {
        put(tables, owners, name + "__" + TableNames.sanitize(fileOptions.unnest()),
            new FileTable(format, file, displayName, fileOptions), displayName);
      }
      if (format == SourceFormat.XLSX) {
        addSheets(tables, owners, name, file, displayName, fileOptions);
      }
    }
    declaredSets.forEach((name, set) -> {
      String shown = String.join(", ", set.stream().map(f -> root.relativize(f).toString()).toList());
      SourceFormat format = SourceFormat.of(set.get(0).getFileName().toString());
      put(tables, owners, TableNames.sanitize(name), FileTable.set(format, set, root, shown, options), shown);
    });
    return tables;
  }

  /** Every sheet of a workbook as {@code <workbook>_<sheet>}, beside the workbook's own table (its first sheet). */
  private static void addSheets(Map<String, Table> tables, Map<String, String> owners, String workbook, Path file,
      String displayName, ReadOptions options) {
    List<String> sheets;
    try {
      sheets = SourceCache.SHARED.sheetNames(file, displayName);
    } catch (EngagementException unreadable) {
      return; // the workbook's own table reports why when queried
    }
    for (String sheet : sheets) {
      String shown = displayName + " [" + sheet + "]";
      put(tables, owners, workbook + "_" + TableNames.sanitize(sheet),
          new FileTable(SourceFormat.XLSX, file, shown, options.with("sheet", sheet)), shown);
    }
  }

  /**
   * Files whose names differ only by a date or number suffix ({@code posts_2026-01.csv},
   * {@code posts_2026-02.csv}), two or more of one format: one table each set, keyed by {@link #setKey}.
   */
  private static Map<String, List<Path>> numberedSets(List<Path> files) {
    Map<String, List<Path>> sets = new LinkedHashMap<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      SourceFormat format = SourceFormat.of(fileName);
      String key = format == null ? null : setKey(fileName, format);
      if (key != null) {
        sets.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
      }
    }
    sets.values().removeIf(set -> set.size() < 2);
    return sets;
  }

  private static String setKey(String fileName, SourceFormat format) {
    String setName = FileSet.setName(SourceFormat.baseName(fileName));
    return setName == null ? null : format + ":" + TableNames.sanitize(setName);
  }

  /**
   * Adds a table under its name, or the next free one ({@code _2}, {@code _3}...) when another file has it; the
   * table then says so in {@code sys.sources}, so that no file is silently hidden.
   */
  private static String put(Map<String, Table> tables, Map<String, String> owners, String base, FileTable table,
      String shown) {
    String name = base;
    for (int n = 2; tables.containsKey(name); n++) {
      name = base + "_" + n;
    }
    if (!name.equals(base)) {
      table.note("the name " + base + " belongs to " + owners.get(base) + ", so this table is " + name);
    }
    tables.put(name, table);
    owners.put(name, shown);
    return name;
  }

  /** The tables of this schema that come from files, for the system tables that describe them. */
  public Map<String, FileTable> fileTables() {
    // a table function reads them, which a plan cannot check before it is reused
    TableUses.notReusable();
    Map<String, FileTable> tables = new LinkedHashMap<>();
    getTableMap().forEach((name, table) -> tables.put(name, (FileTable) table));
    return tables;
  }

  /**
   * The files of the folder that are tables, in name order, with those of a supported format whose real path cannot
   * be read (a link to nothing, a loop of links): {@code unresolved} gives the reason for these.
   */
  private List<Path> files(Map<Path, EngagementException> unresolved) {
    if (singleFile != null) {
      return List.of(singleFile);
    }
    try (Stream<Path> listing = Files.list(folder)) {
      List<Path> files = new ArrayList<>();
      for (Path path : listing.sorted().toList()) {
        String fileName = path.getFileName().toString();
        boolean regular = Files.isRegularFile(path);
        boolean link = Files.isSymbolicLink(path) && SourceFormat.of(fileName) != null;
        if (fileName.startsWith(".") || !regular && !link) {
          continue;
        }
        try {
          // a link that leads nowhere is not a regular file, and Containment says why
          if (regular && options.followLinks() || Containment.isInside(path, root) && regular) {
            files.add(path);
          }
        } catch (EngagementException cannotTell) {
          files.add(path);
          unresolved.put(path, cannotTell);
        }
      }
      return files;
    } catch (IOException e) {
      throw new EngagementException(SqlState.IO_ERROR, folder + ": cannot list the folder: " + e, e);
    }
  }
}
