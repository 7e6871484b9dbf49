package com.engagementjdbc.schema;

import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** The {@code sys} schema: tables that describe how the files were read (and, added by the driver, functions). */
public final class SystemSchema extends AbstractSchema {
  public static final String NAME = "sys";

  private final Map<String, Table> tables;

  public SystemSchema(FolderSchema files) {
    this.tables = Map.of("rejects", new RejectsTable(files), "sources", SourcesTable.sources(files),
        "source_columns", SourcesTable.columns(files));
  }

  @Override protected Map<String, Table> getTableMap() {
    return tables;
  }
}
