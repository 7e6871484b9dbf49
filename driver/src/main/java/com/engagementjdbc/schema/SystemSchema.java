package com.engagementjdbc.schema;

import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.Lookup;

/** The {@code sys} schema: tables that describe how the files were read (and, added by the driver, functions). */
public final class SystemSchema extends AbstractSchema {
  public static final String NAME = "sys";

  private final Map<String, Table> tables;

  /** @param schemas the schemas of files, the default one first */
  public SystemSchema(List<FolderSchema> schemas) {
    this.tables = Map.of("rejects", new RejectsTable(schemas), "sources", SourcesTable.sources(schemas),
        "source_columns", SourcesTable.columns(schemas), "skipped_lines", new SkippedLinesTable(schemas));
  }

  /** System tables describe files as they are when read, so a plan that reads one is for one use only. */
  @Override public Lookup<Table> tables() {
    return TableUses.reporting(super.tables(), (name, table) -> TableUses.notReusable());
  }

  @Override protected Map<String, Table> getTableMap() {
    return tables;
  }
}
