package com.engagementjdbc.source.json;

import com.engagementjdbc.source.Column;
import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnNames;
import com.engagementjdbc.source.ReadOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of a JSON source: the union of its rows' keys, in order of appearance, each with its values' kinds. */
final class JsonColumns {
  private final Map<String, JsonColumn> columns = new LinkedHashMap<>();

  /** The columns as a table has them: the keys they read, their names and how their values are converted. */
  record Layout(List<String> keys, List<Column> columns, List<ColumnFormat> formats) {
  }

  /**
   * Adds a row's values to their columns' kinds; returns them by column number, so a table kept in memory reads
   * them without a lookup by key (a column first met in a later row is past the end of the array: NULL).
   */
  JsonNode[] accept(Map<String, JsonNode> row, long line) {
    JsonNode[] values = new JsonNode[columns.size() + row.size()];
    row.forEach((key, value) -> {
      JsonColumn column = columns.get(key);
      if (column == null) {
        column = new JsonColumn(columns.size());
        columns.put(key, column);
      }
      if (!value.isNull()) {
        column.accept(value, line);
      }
      values[column.position()] = value;
    });
    return values;
  }

  /** Non-null values of the column reading {@code key}. */
  long values(String key) {
    JsonColumn column = columns.get(key);
    return column == null ? 0 : column.values();
  }

  /** The layout; a source without any key has one column {@code column_1}, always NULL. */
  Layout layout(ReadOptions options, String fileName) {
    options.checkWidth(columns.size(), fileName);
    List<String> keys = new ArrayList<>(columns.keySet());
    if (keys.isEmpty()) {
      keys.add("column_1");
    }
    List<String> names = ColumnNames.unique(keys);
    List<Column> result = new ArrayList<>(keys.size());
    List<ColumnFormat> formats = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      ColumnFormat format = columns.getOrDefault(keys.get(i), new JsonColumn(i)).format();
      formats.add(format);
      result.add(new Column(names.get(i), format));
    }
    return new Layout(List.copyOf(keys), List.copyOf(result), List.copyOf(formats));
  }

  /** A value of a row in the column of {@code format}: NULL when the row lacks the key or holds null. */
  static Object value(Map<String, JsonNode> row, String key, ColumnFormat format) {
    return value(row.get(key), format);
  }

  /** A value of a row given by column number ({@link #accept}) in the column {@code column} of {@code format}. */
  static Object value(JsonNode[] row, int column, ColumnFormat format) {
    return value(column < row.length ? row[column] : null, format);
  }

  private static Object value(JsonNode value, ColumnFormat format) {
    return value == null || value.isNull() ? null : JsonColumn.value(value, format);
  }
}
