package com.engagementjdbc.source.json;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.Reject;
import com.engagementjdbc.source.RowCursor;
import com.engagementjdbc.source.SourceText;
import com.engagementjdbc.source.SourceText.StreamEncoding;
import com.engagementjdbc.source.StreamedSource;
import com.engagementjdbc.source.Undecodable;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON file too large to keep in memory: read once, a row at a time, for its shape, columns and rejects, then
 * again by every query that reads its rows. Memory stays that of a row whatever the file's size.
 */
public final class StreamedJson extends StreamedSource {
  private JsonColumns.Layout layout;

  private StreamedJson(Path file, String fileName, ReadOptions options, StreamEncoding encoding) {
    super(file, fileName, options, encoding);
  }

  /** Reads the file once to decide its columns; its rows are read by each query. */
  public static Dataset read(Path file, String fileName, ReadOptions options) {
    return SourceText.firstStreamRead(file, options.encoding(),
        encoding -> new StreamedJson(file, fileName, options, encoding).firstRead());
  }

  private Dataset firstRead() {
    JsonColumns columns = new JsonColumns();
    long rows = 0;
    String shape;
    List<Reject> rejects;
    try (JsonRecords records = JsonReader.open(SourceText.reader(file, encoding), fileName, options)) {
      for (JsonRecords.Row record = records.next(); record != null; record = records.next()) {
        for (Map<String, JsonNode> row : JsonReader.rows(record, options.unnest())) {
          columns.accept(row, record.line());
          rows++;
        }
      }
      shape = records.shape;
      rejects = List.copyOf(records.rejects);
    } catch (IOException e) {
      throw SourceText.streamFailure(file, fileName, encoding, e);
    }
    layout = columns.layout(options, fileName);
    nulls = new long[layout.keys().size()];
    for (int i = 0; i < nulls.length; i++) {
      nulls[i] = rows - columns.values(layout.keys().get(i));
    }
    return Dataset.streamed(fileName, JsonReader.dialect(shape + ", streamed", encoding.name()), layout.columns(),
        rows, rejects, options.onError(), this);
  }

  @Override public RowCursor open(int[] columns) {
    JsonRecords records;
    try {
      records = JsonReader.open(reopen(), fileName, options);
    } catch (IOException e) {
      throw reported(e);
    }
    return new RowCursor() {
      private Iterator<Map<String, JsonNode>> rows = Collections.emptyIterator();
      private Map<String, JsonNode> row;

      @Override public boolean next() {
        try {
          while (!rows.hasNext()) {
            JsonRecords.Row record = records.next();
            if (record == null) {
              version.checkUnchanged(file, fileName);
              return false;
            }
            rows = JsonReader.rows(record, options.unnest()).iterator();
          }
        } catch (IOException e) {
          throw reported(e);
        }
        row = rows.next();
        return true;
      }

      @Override public Object value(int index) {
        return JsonColumns.value(row, layout.keys().get(columns[index]), layout.formats().get(columns[index]));
      }

      @Override public void close() {
        try {
          records.close();
        } catch (IOException e) {
          throw SourceText.failure(file, e);
        }
      }
    };
  }

  private EngagementException reported(IOException e) {
    RuntimeException failure = SourceText.streamFailure(file, fileName, encoding, e);
    return failure instanceof Undecodable undecodable ? undecodable.error() : (EngagementException) failure;
  }

}
