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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the rows of a JSON document, streaming with Jackson so that every row keeps the line it starts on:
 * a top-level array of objects; one object per line (NDJSON, whatever the file is called); or a top-level
 * object whose rows are an array field ({@code {"data": [...], "paging": {...}}}), the one {@code jsonPath}
 * names or else the first field holding an array of objects. A lone object without such a field is one row.
 *
 * <p>Rows are read one at a time ({@link #next}), so a file too large to keep is read with the memory of one row;
 * values that are not rows become {@link #rejects} on the way.
 */
final class JsonRecords implements AutoCloseable {
  /** Numbers keep every digit: floats as BigDecimal, as written ({@code 1.50} stays {@code 1.50}). */
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  /** How much of a stream is looked at to tell NDJSON from a document. */
  private static final int SAMPLE_CHARS = 4 << 20;

  /** A row: the line it starts on and its fields, flattened ({@link FlatFields}). */
  record Row(long line, Map<String, JsonNode> fields) {
  }

  final List<Reject> rejects = new ArrayList<>();
  String shape;
  private final OnError onError;
  private final Reader reader;
  /** NDJSON: the text read and not yet split into lines, and the number of the last line. */
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private final StringBuilder lineText = new StringBuilder();
  private char[] lineChars;
  private int lineStart;
  private int lineLength;
  private long line;
  /** A document: its parser, the token of the next array element (null when no array is being read). */
  private JsonParser parser;
  private JsonToken element;
  /** How many objects enclose the rows array, to be checked to their end after it. */
  private int enclosing = -1;
  /** The one row of a document that is a single object, until it is read. */
  private Row single;

  private JsonRecords(Reader reader, OnError onError) {
    this.reader = reader;
    this.onError = onError;
  }

  /**
   * Starts reading the text; a document is opened up to its first row.
   *
   * @param lineDelimited the file is NDJSON by its name; else its start decides
   */
  static JsonRecords open(Reader text, String jsonPath, boolean lineDelimited, OnError onError) throws IOException {
    BufferedReader buffered = new BufferedReader(text, 1 << 16);
    JsonRecords records = new JsonRecords(buffered, onError);
    buffered.mark(SAMPLE_CHARS);
    char[] sample = new char[SAMPLE_CHARS];
    int length = 0;
    int read;
    while (length < sample.length && (read = buffered.read(sample, length, sample.length - length)) >= 0) {
      length += read;
    }
    buffered.reset();
    if (lineDelimited || looksLineDelimited(new String(sample, 0, length))) {
      records.shape = "NDJSON (one object per line)";
    } else {
      records.startDocument(jsonPath);
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

  /** The next row, or null after the last. */
  Row next() throws IOException {
    if (parser == null) {
      return nextLine();
    }
    if (single != null) {
      Row row = single;
      single = null;
      return row;
    }
    try {
      while (element != null) {
        if (element == JsonToken.END_ARRAY) {
          element = null;
          endDocument();
          return null;
        }
        long at = line(parser);
        int column = column(parser);
        if (element == JsonToken.START_OBJECT) {
          Map<String, JsonNode> fields = FlatFields.read(parser);
          element = parser.nextToken();
          return new Row(at, fields);
        }
        JsonNode node = parser.readValueAsTree();
        element = parser.nextToken();
        reject(at, column, "a row must be a JSON object, found " + kind(node), abbreviate(node.toString()));
      }
    } catch (JsonProcessingException e) {
      element = null;
      reject(e);
    }
    return null;
  }

  /** NDJSON: the next line holding a row; lines are cut at {@code \n} only, as an editor counts them. */
  private Row nextLine() throws IOException {
    while (readLine()) {
      line++;
      int start = lineStart;
      int end = lineStart + lineLength;
      while (start < end && Character.isWhitespace(lineChars[start])) {
        start++;
      }
      while (end > start && Character.isWhitespace(lineChars[end - 1])) {
        end--;
      }
      if (start == end) {
        continue;
      }
      // parsed where the characters stand: no String is made of a line but for a message
      try (JsonParser lineParser = MAPPER.getFactory().createParser(lineChars, start, end - start)) {
        if (lineParser.nextToken() == JsonToken.START_OBJECT) {
          Map<String, JsonNode> fields = FlatFields.read(lineParser);
          if (lineParser.nextToken() == null) {
            return new Row(line, fields);
          }
          // a second value on the line is not dropped unseen: the line is not a row of one object
          reject(line, start - lineStart + column(lineParser), "a line must hold one JSON object, found more after"
              + " its end", abbreviate(text(start, end)));
          continue;
        }
        JsonNode node = MAPPER.readTree(lineParser);
        reject(line, start - lineStart + 1, "a row must be a JSON object, found " + kind(node),
            abbreviate(text(start, end)));
      } catch (JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        reject(line, location == null ? 0 : start - lineStart + location.getColumnNr(), cleanMessage(e),
            abbreviate(text(start, end)));
      }
    }
    return null;
  }

  private String text(int start, int end) {
    return new String(lineChars, start, end - start);
  }

  /**
   * Reads the next line into {@link #lineChars} from {@link #lineStart}, {@link #lineLength} characters without the
   * line feed: a range of the read buffer when the line lies in it, else copied; false at the end of the text.
   */
  private boolean readLine() throws IOException {
    lineText.setLength(0);
    while (true) {
      if (position == limit) {
        limit = Math.max(reader.read(buffer), 0);
        position = 0;
        if (limit == 0) {
          return lineText.length() > 0 && copiedLine();
        }
      }
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      if (end < limit && lineText.length() == 0) {
        lineChars = buffer;
        lineStart = position;
        lineLength = end - position;
        position = end + 1;
        return true;
      }
      lineText.append(buffer, position, end - position);
      if (end < limit) {
        position = end + 1;
        return copiedLine();
      }
      position = limit;
    }
  }

  private boolean copiedLine() {
    lineChars = new char[lineText.length()];
    lineText.getChars(0, lineText.length(), lineChars, 0);
    lineStart = 0;
    lineLength = lineChars.length;
    return true;
  }

  private void startDocument(String jsonPath) throws IOException {
    parser = MAPPER.createParser(reader);
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        shape = "empty document";
        return;
      }
      if (first == JsonToken.START_ARRAY) {
        shape = "array of objects";
        enclosing = -1;
        element = parser.nextToken();
      } else if (first == JsonToken.START_OBJECT) {
        readObject(jsonPath);
        if (element == null) {
          endDocument();
        }
      } else {
        reject(line(parser), column(parser), "the document is a single " + describe(first)
            + ", not an array or an object", null);
      }
    } catch (JsonProcessingException e) {
      element = null;
      reject(e);
    }
  }

  /** After the rows: the objects around them are read to their end, and nothing may follow the document. */
  private void endDocument() throws IOException {
    try {
      if (enclosing >= 0) {
        skipToEnd(parser, enclosing);
      }
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        reject(line(parser), column(parser), "unexpected content after the end of the document", null);
      }
    } catch (JsonProcessingException e) {
      reject(e);
    }
  }

  /**
   * At the start of the top-level object: walks its fields for the rows array, and stops at its first element.
   * Fields other than the path are read as a tree only if no array is found, for the one-object-one-row case.
   */
  private void readObject(String jsonPath) throws IOException {
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
        enclosing = depth;
        element = parser.nextToken();
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
          enclosing = 0;
          element = first;
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
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    FlatFields.add("", whole, fields);
    single = new Row(objectLine, fields);
  }

  @Override public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
    reader.close();
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

  private void reject(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    reject(location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
        cleanMessage(e), null);
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
