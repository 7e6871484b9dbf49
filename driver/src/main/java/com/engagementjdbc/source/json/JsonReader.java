package com.engagementjdbc.source.json;

import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.Reject;
import com.engagementjdbc.source.SourceText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
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
    List<JsonNode[]> rows = new ArrayList<>();
    JsonColumns columns = new JsonColumns();
    String shape;
    List<Reject> rejects;
    try (JsonRecords records = open(new StringReader(source.text()), fileName, options)) {
      for (JsonRecords.Row record = records.next(); record != null; record = records.next()) {
        for (Map<String, JsonNode> row : rows(record, options.unnest())) {
          rows.add(columns.accept(row, record.line()));
        }
      }
      shape = records.shape;
      rejects = List.copyOf(records.rejects);
    } catch (IOException e) {
      throw SourceText.failure(file, e);
    }
    JsonColumns.Layout layout = columns.layout(options, fileName);
    List<ColumnVector> vectors = new ArrayList<>(layout.keys().size());
    for (int i = 0; i < layout.keys().size(); i++) {
      ColumnFormat format = layout.formats().get(i);
      ColumnVector.Builder builder = ColumnVector.builder(format.type());
      for (JsonNode[] row : rows) {
        builder.add(JsonColumns.value(row, i, format));
      }
      vectors.add(builder.build());
    }
    return new Dataset(fileName, dialect(shape, source.encoding()), layout.columns(), vectors, rows.size(), rejects,
        options.onError());
  }

  static Dialect dialect(String shape, String encoding) {
    return new Dialect("json: " + shape, encoding, null, null, false);
  }

  /** Starts reading a JSON text; a name ending in {@code .jsonl} or {@code .ndjson} makes it NDJSON. */
  static JsonRecords open(Reader text, String fileName, ReadOptions options) throws IOException {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean lineDelimited = lower.contains(".jsonl") || lower.contains(".ndjson");
    return JsonRecords.open(text, options.jsonPath(), lineDelimited, options.onError());
  }

  /** The rows of a record: its fields, and one row per element of the {@code unnest} array. */
  static List<Map<String, JsonNode>> rows(JsonRecords.Row record, String unnest) {
    return unnest(record.fields(), unnest);
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
        FlatFields.add(path + ".", (ObjectNode) element, row);
      } else {
        row.put(path, element);
      }
      rows.add(row);
    }
    return rows;
  }
}
