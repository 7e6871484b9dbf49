package com.engagementjdbc.schema;

import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.SkippedLine;
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
 * {@code sys.skipped_lines}: every line of every file that the reader did not make a row by design (a report's
 * preamble, comments, summary rows, a footer), with its kind and text, so that nothing leaves a table unseen.
 * Lines that did not fit are {@code sys.rejects}.
 */
final class SkippedLinesTable extends AbstractTable implements ScannableTable {
  private final List<FolderSchema> schemas;

  SkippedLinesTable(List<FolderSchema> schemas) {
    this.schemas = schemas;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return typeFactory.builder()
        .add("schema_name", SqlTypeName.VARCHAR)
        .add("table_name", SqlTypeName.VARCHAR)
        .add("file", SqlTypeName.VARCHAR)
        .add("line", SqlTypeName.BIGINT)
        .add("kind", SqlTypeName.VARCHAR)
        .add("content", SqlTypeName.VARCHAR)
        .build();
  }

  @Override public Enumerable<Object[]> scan(DataContext root) {
    List<Object[]> rows = new ArrayList<>();
    for (FolderSchema files : schemas) {
      for (Map.Entry<String, FileTable> entry : files.fileTables().entrySet()) {
        List<Map.Entry<String, Dataset>> parts;
        try {
          parts = entry.getValue().parts();
        } catch (RuntimeException unreadable) {
          continue; // sys.sources.error says why
        }
        for (Map.Entry<String, Dataset> part : parts) {
          for (SkippedLine line : part.getValue().dialect().skipped()) {
            rows.add(new Object[] {files.name(), entry.getKey(), part.getKey(), line.line(), line.kind().label(),
                line.content()});
          }
        }
      }
    }
    return Linq4j.asEnumerable(rows);
  }
}
