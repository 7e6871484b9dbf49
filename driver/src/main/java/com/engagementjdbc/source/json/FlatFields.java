package com.engagementjdbc.source.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object's fields with nested objects flattened into dotted keys ({@code insights.likes}); arrays, scalars and
 * empty objects kept as values. Read token by token from the parser: a row is never built as a tree first (Jackson's
 * tree of a line, then the flattening of it, took most of the time of reading an NDJSON file). Values are the nodes
 * Jackson's tree would hold: every digit of a fraction kept ({@link DecimalNode}), whole numbers as int, long or big
 * integer nodes as they fit. Of a key given twice, the last value counts, as in Jackson's tree; but a key given once
 * as a value and once as an object (invalid in any export seen) keeps both, the value and the object's fields.
 */
final class FlatFields {
  private FlatFields() {
  }

  /** The fields of the object whose {@code START_OBJECT} is the parser's current token, read to its end. */
  static Map<String, JsonNode> read(JsonParser parser) throws IOException {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    read(parser, "", fields);
    return fields;
  }

  /** Adds the fields of an object held as a tree, their keys after {@code prefix}. */
  static void add(String prefix, ObjectNode object, Map<String, JsonNode> fields) {
    try (JsonParser parser = object.traverse(JsonRecords.MAPPER)) {
      parser.nextToken();
      read(parser, prefix, fields);
    } catch (IOException e) {
      // a tree in memory reads without input
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the object's fields; false when it has none. */
  private static boolean read(JsonParser parser, String prefix, Map<String, JsonNode> fields) throws IOException {
    boolean any = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      any = true;
      // the parser's own name at the top level: a concatenation would make a new String, hashed anew, per field
      String key = prefix.isEmpty() ? parser.currentName() : prefix + parser.currentName();
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        if (!read(parser, key + ".", fields)) {
          fields.put(key, JsonNodeFactory.instance.objectNode());
        }
      } else {
        fields.put(key, value(parser, token));
      }
    }
    return any;
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT: return IntNode.valueOf(parser.getIntValue());
          case LONG: return LongNode.valueOf(parser.getLongValue());
          default: return BigIntegerNode.valueOf(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(parser.getDecimalValue());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.instance;
      default:
        // an array, kept whole as JSON
        return parser.readValueAsTree();
    }
  }
}
