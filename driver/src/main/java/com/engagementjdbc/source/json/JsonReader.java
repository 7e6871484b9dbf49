package com.engagementjdbc.source.json;

import com.engagementjdbc.source.Column;
import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnNames;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.SourceText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON or NDJSON file into a {@link Dataset}. Columns are the union of the records' keys, matched by
 * key; nested objects are flattened into dotted column names ({@code insights.likes}); arrays stay JSON text.
 * With {@code unnest}, each element of the named array becomes a row, beside its record's other fields.
 */
public final class JsonReader {
  private JsonReader() {
  }

  public static Dataset read(Path file, String fileName, ReadOptions options) {
    SourceText source = SourceText.decode(SourceText.readBytes(file), options.encoding(), fileName);
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean lineDelimited = lower.contains(".jsonl") || lower.contains(".ndjson");
    JsonRecords records = JsonRecords.read(source.text(), options.jsonPath(), lineDelimited, options.onError());

    List<Map<String, JsonNode>> flatRows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    Map<String, JsonColumn> columns = new LinkedHashMap<>();
    for (JsonRecords.Row row : records.rows) {
      Map<String, JsonNode> flat = new LinkedHashMap<>();
      flatten("", row.object(), flat);
      for (Map<String, JsonNode> unnested : unnest(flat, options.unnest())) {
        unnested.forEach((key, value) -> {
          JsonColumn column = columns.computeIfAbsent(key, k -> new JsonColumn());
          if (!value.isNull()) {
            column.accept(value, row.line());
          }
        });
        flatRows.add(unnested);
        lines.add(row.line());
      }
    }
    options.checkWidth(columns.size(), fileName);
    List<String> keys = new ArrayList<>(columns.keySet());
    if (keys.isEmpty()) {
      keys.add("column_1");
      columns.put("column_1", new JsonColumn());
    }
    List<String> names = ColumnNames.unique(keys);
    List<Column> result = new ArrayList<>(keys.size());
    List<ColumnFormat> formats = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      ColumnFormat format = columns.get(keys.get(i)).format();
      formats.add(format);
      result.add(new Column(names.get(i), format));
    }
    List<ColumnVector> vectors = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      ColumnVector.Builder builder = ColumnVector.builder(formats.get(i).type());
      for (Map<String, JsonNode> flat : flatRows) {
        JsonNode value = flat.get(keys.get(i));
        builder.add(value == null || value.isNull() ? null : JsonColumn.value(value, formats.get(i)));
      }
      vectors.add(builder.build());
    }
    Dialect dialect = new Dialect("json: " + records.shape, source.encoding(), null, null, false);
    return new Dataset(fileName, dialect, List.copyOf(result), vectors, flatRows.size(),
        List.copyOf(records.rejects), options.onError());
  }

  /** Nested objects become dotted keys; arrays, scalars and empty objects are kept as they are. */
  private static void flatten(String prefix, ObjectNode object, Map<String, JsonNode> out) {
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      String key = prefix + field.getKey();
      if (value.isObject() && value.size() > 0) {
        flatten(key + ".", (ObjectNode) value, out);
      } else {
        out.put(key, value);
      }
    }
  }

  /**
   * One row per element of the array at {@code path}, the element's fields flattened under the path's name; a
   * record whose array is missing or empty keeps one row with no element fields, so no record disappears.
   */
  private static List<Map<String, JsonNode>> unnest(Map<String, JsonNode> flat, String path) {
    if (path == null) {
      return List.of(flat);
    }
    JsonNode array = flat.get(path);
    Map<String, JsonNode> parent = new LinkedHashMap<>(flat);
    parent.remove(path);
    if (array == null || !array.isArray() || array.isEmpty()) {
      return List.of(parent);
    }
    List<Map<String, JsonNode>> rows = new ArrayList<>(array.size());
    for (JsonNode element : array) {
      Map<String, JsonNode> row = new LinkedHashMap<>(parent);
      if (element.isObject()) {
        flatten(path + ".", (ObjectNode) element, row);
      } else {
        row.put(path, element);
      }
      rows.add(row);
    }
    return rows;
  }
}
