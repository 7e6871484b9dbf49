package com.engagementjdbc.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** How {@code -e} prints a result: an aligned table for people, CSV (RFC 4180) or JSON for scripts. */
enum OutputFormat {
  TABLE {
    @Override void print(ResultSet rows, PrintStream out) throws SQLException {
      ResultSetMetaData meta = rows.getMetaData();
      int columns = meta.getColumnCount();
      List<String[]> all = Shell.readAll(rows, columns);
      int[] widths = new int[columns];
      boolean[] rightAligned = new boolean[columns];
      for (int i = 0; i < columns; i++) {
        widths[i] = meta.getColumnLabel(i + 1).length();
        rightAligned[i] = isNumeric(meta.getColumnType(i + 1));
      }
      for (String[] row : all) {
        for (int i = 0; i < columns; i++) {
          widths[i] = Math.max(widths[i], text(row[i]).length());
        }
      }
      String rule = rule(widths);
      out.println(rule);
      String[] labels = new String[columns];
      for (int i = 0; i < columns; i++) {
        labels[i] = meta.getColumnLabel(i + 1);
      }
      out.println(line(labels, widths, new boolean[columns]));
      out.println(rule);
      for (String[] row : all) {
        out.println(line(row, widths, rightAligned));
      }
      out.println(rule);
      out.println(all.size() + (all.size() == 1 ? " row" : " rows"));
    }

    private String rule(int[] widths) {
      StringBuilder rule = new StringBuilder("+");
      for (int width : widths) {
        rule.append("-".repeat(width + 2)).append('+');
      }
      return rule.toString();
    }

    private String line(String[] cells, int[] widths, boolean[] rightAligned) {
      StringBuilder line = new StringBuilder("|");
      for (int i = 0; i < cells.length; i++) {
        String cell = text(cells[i]);
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(' ').append(rightAligned[i] ? pad + cell : cell + pad).append(" |");
      }
      return line.toString();
    }

    /** NULL is shown as such, so it cannot be mistaken for an empty text; line breaks would break the table. */
    private String text(String value) {
      return value == null ? "NULL" : value.replace("\r", "\\r").replace("\n", "\\n");
    }
  },

  CSV {
    @Override void print(ResultSet rows, PrintStream out) throws SQLException {
      ResultSetMetaData meta = rows.getMetaData();
      int columns = meta.getColumnCount();
      StringBuilder header = new StringBuilder();
      for (int i = 1; i <= columns; i++) {
        header.append(i > 1 ? "," : "").append(quote(meta.getColumnLabel(i)));
      }
      out.print(header.append("\r\n"));
      while (rows.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          String value = rows.getString(i);
          line.append(i > 1 ? "," : "").append(value == null ? "" : quote(value));
        }
        out.print(line.append("\r\n"));
      }
    }

    private String quote(String value) {
      boolean needsQuotes = value.isEmpty() || value.contains(",") || value.contains("\"")
          || value.contains("\n") || value.contains("\r");
      return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
  },

  JSON {
    @Override void print(ResultSet rows, PrintStream out) throws SQLException {
      ResultSetMetaData meta = rows.getMetaData();
      int columns = meta.getColumnCount();
      try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out)) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
        while (rows.next()) {
          json.writeStartObject();
          for (int i = 1; i <= columns; i++) {
            json.writeFieldName(meta.getColumnLabel(i));
            writeValue(json, rows, i);
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      } catch (IOException e) {
        throw new SQLException("cannot write JSON: " + e.getMessage(), "58030", e);
      }
      out.println();
    }

    private void writeValue(JsonGenerator json, ResultSet rows, int column)
        throws SQLException, IOException {
      Object value = rows.getObject(column);
      if (value == null) {
        json.writeNull();
      } else if (value instanceof Boolean bool) {
        json.writeBoolean(bool);
      } else if (value instanceof Double || value instanceof Float) {
        json.writeNumber(((Number) value).doubleValue());
      } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        json.writeNumber(((Number) value).longValue());
      } else if (value instanceof java.math.BigDecimal decimal) {
        json.writeNumber(decimal);
      } else {
        json.writeString(rows.getString(column));
      }
    }
  };

  abstract void print(ResultSet rows, PrintStream out) throws SQLException;

  static boolean isNumeric(int type) {
    switch (type) {
      case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER: case Types.BIGINT:
      case Types.REAL: case Types.FLOAT: case Types.DOUBLE: case Types.DECIMAL: case Types.NUMERIC:
        return true;
      default:
        return false;
    }
  }
}
