package com.engagementjdbc.source.csv;

import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnProfile;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.RecordTable;
import com.engagementjdbc.source.RowCursor;
import com.engagementjdbc.source.SourceText;
import com.engagementjdbc.source.SourceText.StreamEncoding;
import com.engagementjdbc.source.StreamedSource;
import com.engagementjdbc.source.TextCells;
import com.engagementjdbc.source.Undecodable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A CSV file too large to keep in memory, read as a stream a chunk at a time: once to pick its dialect, header and
 * column types (and, when the user declared column types, to find the cells that do not read as them), then again
 * by every query that reads its rows. Memory stays that of a chunk and a row whatever the file's size; the price is
 * a full read of the file per query.
 */
public final class StreamedCsv extends StreamedSource {
  private char delimiter;
  private char quote;
  private int width;
  private boolean header;
  private List<ColumnFormat> formats;
  /** Records left out because a value did not read as its declared type (onError=skip). */
  private final Set<Long> skippedLines = new HashSet<>();
  /** The table that decides the layout and converts the cells, with the null markers of the options. */
  private RecordTable table;

  private StreamedCsv(Path file, String fileName, ReadOptions options, StreamEncoding encoding) {
    super(file, fileName, options, encoding);
  }

  /** Reads the file once to decide how to read it; its rows are read by each query. */
  public static Dataset read(Path file, String fileName, ReadOptions options) {
    return SourceText.firstStreamRead(file, options.encoding(),
        encoding -> new StreamedCsv(file, fileName, options, encoding).firstRead());
  }

  private Dataset firstRead() {
    String sample;
    try (Reader reader = SourceText.reader(file, encoding)) {
      char[] chars = new char[DialectSniffer.SNIFFED_CHARS];
      int length = 0;
      int read;
      while (length < chars.length && (read = reader.read(chars, length, chars.length - length)) >= 0) {
        length += read;
      }
      sample = new String(chars, 0, length);
    } catch (IOException e) {
      throw SourceText.streamFailure(file, fileName, encoding, e);
    }
    quote = options.quote() != null ? options.quote() : DialectSniffer.quote(sample);
    delimiter = options.delimiter() != null ? options.delimiter() : DialectSniffer.delimiter(sample, quote, fileName);
    Dialect dialect = new Dialect("csv, streamed", encoding.name(), delimiter, quote, false);
    try (Records records = new Records()) {
      width = CsvReader.firstWidth(records.records);
    }
    if (width < 0) {
      return new RecordTable(fileName, options, List.of()).build(new TextCells(0), delimiter, dialect);
    }
    options.checkWidth(width, fileName);
    return profile(dialect);
  }

  /** Reads every record, profiling each column, then decides the layout as for a file read into memory. */
  private Dataset profile(Dialect dialect) {
    List<ColumnProfile> profiles = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      profiles.add(new ColumnProfile());
    }
    nulls = new long[width];
    String[] first = null;
    long firstLine = 0;
    long records = 0;
    table = new RecordTable(fileName, options, List.of());
    try (Records stream = new Records()) {
      while (stream.checked.next()) {
        if (first == null) {
          first = stream.checked.fields();
          firstLine = stream.checked.line();
        } else {
          for (int i = 0; i < width; i++) {
            if (!table.profile(profiles.get(i), stream.checked.field(i), stream.checked.line(), -1)) {
              nulls[i]++;
            }
          }
        }
        records++;
      }
      table.addRejects(stream.checked.rejects());
    }
    RecordTable.Layout layout = table.layout(first, firstLine, profiles, records - 1, delimiter);
    header = layout.header();
    formats = layout.formats();
    long rows = records - (header ? 1 : 0);
    if (!header) {
      for (int i = 0; i < width; i++) {
        nulls[i] += table.isNull(first[i]) ? 1 : 0;
      }
    }
    if (table.hasDeclaredTypes(layout)) {
      rows -= validate();
    }
    return table.streamed(dialect, layout, rows, this);
  }

  /** Converts every record once, so the cells that do not read as their declared type are rejects before any query. */
  private long validate() {
    Object[] values = new Object[width];
    long left = 0;
    try (Records stream = new Records()) {
      while (stream.nextRow()) {
        String[] cells = stream.checked.fields();
        if (!table.convertRecord(cells, stream.checked.line(), formats, values)) {
          skippedLines.add(stream.checked.line());
          left++;
          continue;
        }
        for (int i = 0; i < width; i++) {
          if (values[i] == null && !table.isNull(cells[i])) {
            nulls[i]++;
          }
        }
      }
    }
    return left;
  }

  @Override public RowCursor open(int[] columns) {
    Records stream = new Records(reopen());
    return new RowCursor() {
      @Override public boolean next() {
        try {
          while (stream.nextRow()) {
            if (skippedLines.isEmpty() || !skippedLines.contains(stream.checked.line())) {
              return true;
            }
          }
        } catch (Undecodable e) {
          throw e.error();
        }
        version.checkUnchanged(file, fileName);
        return false;
      }

      @Override public Object value(int index) {
        String cell = stream.checked.field(columns[index]);
        if (table.isNull(cell)) {
          return null;
        }
        Object value = formats.get(columns[index]).read(cell);
        // a value that does not read was made NULL when the file was first read (onError=null)
        return value == ColumnFormat.UNREADABLE ? null : value;
      }

      @Override public void close() {
        stream.close();
      }
    };
  }

  /** One pass over the file's records: the reader is closed, and read errors reported, as for the whole file. */
  private final class Records implements AutoCloseable {
    final Reader reader;
    final Reporting records;
    final CheckedRecords checked;
    private boolean headerSkipped;

    Records() {
      this(SourceText.reader(file, encoding));
    }

    Records(Reader reader) {
      this.reader = reader;
      this.records = new Reporting(new CsvStream(reader, CellEncoding.forText(delimiter, quote, fileName), fileName));
      this.checked = new CheckedRecords(records, width, options.onError());
    }

    /** The next record that is a row of the table: the header, if any, is not. */
    boolean nextRow() {
      if (header && !headerSkipped) {
        headerSkipped = true;
        if (!checked.next()) {
          return false;
        }
      }
      return checked.next();
    }

    @Override public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw SourceText.failure(file, e);
      }
    }
  }

  /** Records whose read errors become the errors a user sees, naming the file and the line reached. */
  private final class Reporting implements CsvRecords {
    private final CsvStream stream;

    Reporting(CsvStream stream) {
      this.stream = stream;
    }

    @Override public boolean next() {
      try {
        return stream.next();
      } catch (UncheckedIOException e) {
        throw SourceText.streamFailure(file, fileName, encoding, e.getCause());
      }
    }

    @Override public int size() {
      return stream.size();
    }

    @Override public int start(int index) {
      return stream.start(index);
    }

    @Override public int end(int index) {
      return stream.end(index);
    }

    @Override public boolean doubledQuotes(int index) {
      return stream.doubledQuotes(index);
    }

    @Override public String field(int index) {
      return stream.field(index);
    }

    @Override public long line() {
      return stream.line();
    }

    @Override public String content() {
      return stream.content();
    }
  }
}
