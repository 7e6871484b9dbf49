package com.engagementjdbc.source.json;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.OnError;
import com.engagementjdbc.source.Reject;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the rows of a JSON document, streaming with Jackson so that every row keeps the line it starts on:
 * a top-level array of objects; one object per line (NDJSON, whatever the file is called); or a top-level
 * object whose rows are an array field ({@code {"data": [...], "paging": {...}}}), the one {@code jsonPath}
 * names or else the first field holding an array of objects. A lone object without such a field is one row.
 */
final class JsonRecords {
  /** Numbers keep every digit: floats as BigDecimal, as written ({@code 1.50} stays {@code 1.50}). */
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  record Row(long line, ObjectNode object) {
  }

  final List<Row> rows = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  String shape;
  private final OnError onError;

  private JsonRecords(OnError onError) {
    this.onError = onError;
  }

  static JsonRecords read(String text, String jsonPath, boolean lineDelimited, OnError onError) {
    JsonRecords records = new JsonRecords(onError);
    if (lineDelimited || looksLineDelimited(text)) {
      records.readLines(text);
    } else {
      records.readDocument(text, jsonPath);
    }
    return records;
  }

  /** More than one top-level value: NDJSON. Only the start is parsed to decide. */
  private static boolean looksLineDelimited(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() != null;
    } catch (IOException e) {
      // a syntax error: let the full read report it where it is, unless the first line alone is an object
      int end = text.indexOf('\n');
      try {
        return end > 0 && MAPPER.readTree(text.substring(0, end)).isObject();
      } catch (IOException notAnObject) {
        return false;
      }
    }
  }

  private void readLines(String text) {
    shape = "NDJSON (one object per line)";
    long line = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      line++;
      String content = text.substring(start, end).strip();
      start = end + 1;
      if (content.isEmpty()) {
        continue;
      }
      try {
        JsonNode node = MAPPER.readTree(content);
        addRow(line, node, content);
      } catch (JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int column = location == null ? 0 : location.getColumnNr();
        reject(line, column, cleanMessage(e), abbreviate(content));
      }
    }
  }

  private void readDocument(String text, String jsonPath) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        shape = "empty document";
        return;
      }
      if (first == JsonToken.START_ARRAY) {
        shape = "array of objects";
        readElements(parser, parser.nextToken());
      } else if (first == JsonToken.START_OBJECT) {
        readObject(parser, jsonPath);
      } else {
        reject(line(parser), column(parser), "the document is a single " + describe(first)
            + ", not an array or an object", null);
        return;
      }
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        reject(line(parser), column(parser), "unexpected content after the end of the document", null);
      }
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      reject(location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
          cleanMessage(e), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Streams an array's elements from the first one's token on, each with the line it starts on. */
  private void readElements(JsonParser parser, JsonToken first) throws IOException {
    for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      long line = line(parser);
      int column = column(parser);
      JsonNode node = parser.readValueAsTree();
      if (node.isObject()) {
        rows.add(new Row(line, (ObjectNode) node));
      } else {
        reject(line, column, "a row must be a JSON object, found " + kind(node), abbreviate(node.toString()));
      }
    }
  }

  /**
   * At the start of the top-level object: walks its fields for the rows array. Fields other than the path are
   * read as a tree only if no array is found, for the one-object-one-row case.
   */
  private void readObject(JsonParser parser, String jsonPath) throws IOException {
    long objectLine = line(parser);
    String[] path = jsonPath == null ? null : jsonPath.split("\\.");
    int depth = 0;
    ObjectNode whole = JsonRecords.MAPPER.createObjectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      boolean onPath = path != null && depth < path.length && path[depth].equals(field);
      if (onPath && depth == path.length - 1 && value == JsonToken.START_ARRAY) {
        shape = "object with rows in '" + jsonPath + "'";
        readElements(parser, parser.nextToken());
        skipToEnd(parser, depth);
        return;
      }
      if (onPath && value == JsonToken.START_OBJECT) {
        depth++;
        continue;
      }
      if (path != null) {
        parser.skipChildren();
        continue;
      }
      if (value == JsonToken.START_ARRAY) {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
          shape = "object with rows in '" + field + "'";
          readElements(parser, first);
          skipToEnd(parser, 0);
          return;
        }
        com.fasterxml.jackson.databind.node.ArrayNode array = whole.putArray(field);
        for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
          array.add((JsonNode) parser.readValueAsTree());
        }
        continue;
      }
      whole.set(field, parser.readValueAsTree());
    }
    if (path != null) {
      reject(objectLine, 0, "jsonPath '" + jsonPath + "' does not lead to an array in the document", null);
      return;
    }
    shape = "single object (one row)";
    rows.add(new Row(objectLine, whole));
  }

  /** Consumes the rest of the enclosing objects, checking their syntax on the way. */
  private static void skipToEnd(JsonParser parser, int depth) throws IOException {
    for (int level = depth; level >= 0; level--) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        parser.nextToken();
        parser.skipChildren();
      }
    }
  }

  private void addRow(long line, JsonNode node, String content) {
    if (node != null && node.isObject()) {
      rows.add(new Row(line, (ObjectNode) node));
    } else {
      reject(line, 1, "a row must be a JSON object, found " + kind(node), abbreviate(content));
    }
  }

  private void reject(long line, int column, String reason, String content) {
    String action = onError == OnError.FAIL ? Reject.FAILED : Reject.SKIPPED;
    rejects.add(new Reject(line, column, SqlState.BAD_FILE_FORMAT, reason, action, content));
  }

  private static long line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static int column(JsonParser parser) {
    return parser.currentTokenLocation().getColumnNr();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String describe(JsonToken token) {
    return token.isNumeric() ? "number" : token.isBoolean() ? "boolean" : token == JsonToken.VALUE_STRING
        ? "string" : "null";
  }

  /** Jackson's message without its source excerpt, which repeats the whole line. */
  private static String cleanMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return "invalid JSON: " + (message == null ? e.getClass().getSimpleName() : message);
  }

  private static String abbreviate(String text) {
    return text.length() <= 500 ? text : text.substring(0, 500) + "...";
  }
}
