package com.engagementjdbc.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;

/**
 * The tables the planning of one statement read, so that its plan can serve the same SQL again while they are
 * unchanged: each a single file whose name still resolves to the same file, with the same data in the cache. A plan
 * that read anything else (a file set, whose files are listed anew for each query; a system table; a table
 * function's source) is for one use only. Calcite looks up more tables than a query names; only those whose
 * columns it then read count.
 */
public final class TableUses {
  private static final ThreadLocal<TableUses> RECORDING = new ThreadLocal<>();

  private final List<Use> uses = new ArrayList<>();
  private boolean reusable = true;

  private record Use(FolderSchema schema, String name, FileTable table) {
  }

  private TableUses() {
  }

  /** Starts recording the lookups of this thread, until {@link #stop}. */
  public static TableUses start() {
    TableUses uses = new TableUses();
    RECORDING.set(uses);
    return uses;
  }

  public void stop() {
    RECORDING.remove();
    uses.removeIf(use -> !use.table.wasRead());
    for (Use use : uses) {
      reusable &= use.table.isSingleFile();
    }
  }

  /** True when the plan read only single files, at least one. */
  public boolean reusable() {
    return reusable && !uses.isEmpty();
  }

  /** True while every table still resolves to the same file, whose cached data is the version planned with. */
  public boolean current() {
    for (Use use : uses) {
      if (!(use.schema.tables().get(use.name) instanceof FileTable now) || !now.readsSameAs(use.table)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True while the cache still holds the data the plan read, a check without touching the files: a plan that
   * fails it can only be planned anew, and would otherwise keep the old data in memory.
   */
  public boolean stillCached() {
    for (Use use : uses) {
      if (!use.table.readsCachedData()) {
        return false;
      }
    }
    return true;
  }

  /** Makes the plan being recorded, if any, single-use. */
  static void notReusable() {
    TableUses recording = RECORDING.get();
    if (recording != null) {
      recording.reusable = false;
    }
  }

  static void lookedUp(FolderSchema schema, String name, Table table) {
    TableUses recording = RECORDING.get();
    if (recording == null || table == null) {
      return;
    }
    if (table instanceof FileTable file) {
      recording.uses.add(new Use(schema, name, file));
    } else {
      recording.reusable = false;
    }
  }

  /** A schema's tables, each lookup that finds one reported to {@code found}. */
  static Lookup<Table> reporting(Lookup<Table> tables, BiConsumer<String, Table> found) {
    return new Lookup<>() {
      @Override public Table get(String name) {
        Table table = tables.get(name);
        found.accept(name, table);
        return table;
      }

      @Override public Named<Table> getIgnoreCase(String name) {
        Named<Table> table = tables.getIgnoreCase(name);
        if (table != null) {
          found.accept(table.name(), table.entity());
        }
        return table;
      }

      @Override public Set<String> getNames(LikePattern pattern) {
        return tables.getNames(pattern);
      }
    };
  }
}
