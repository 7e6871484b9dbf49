package com.engagementjdbc.schema;

import com.engagementjdbc.source.Reject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code sys.rejects}: every row of every file that did not fit, where it is and what was done with it, so
 * that rows skipped or mended with {@code onError=skip|null} are never lost without trace.
 */
final class RejectsTable extends AbstractTable implements ScannableTable {
  private final List<FolderSchema> schemas;

  RejectsTable(List<FolderSchema> schemas) {
    this.schemas = schemas;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return typeFactory.builder()
        .add("schema_name", SqlTypeName.VARCHAR)
        .add("table_name", SqlTypeName.VARCHAR)
        .add("file", SqlTypeName.VARCHAR)
        .add("line", SqlTypeName.BIGINT)
        .add("column", SqlTypeName.INTEGER).nullable(true)
        .add("sqlstate", SqlTypeName.VARCHAR)
        .add("reason", SqlTypeName.VARCHAR)
        .add("action", SqlTypeName.VARCHAR)
        .add("content", SqlTypeName.VARCHAR).nullable(true)
        .build();
  }

  @Override public Enumerable<Object[]> scan(DataContext root) {
    List<Object[]> rows = new ArrayList<>();
    for (FolderSchema files : schemas) {
      for (Map.Entry<String, FileTable> entry : files.fileTables().entrySet()) {
        FileTable table = entry.getValue();
        for (Reject reject : table.dataset().rejects()) {
          rows.add(new Object[] {files.name(), entry.getKey(), table.displayName(), reject.line(),
            reject.column() > 0 ? reject.column() : null, reject.state().code(), reject.reason(), reject.action(),
            reject.content()});
        }
      }
    }
    return Linq4j.asEnumerable(rows);
  }
}
