package com.engagementjdbc.source.csv;

import com.engagementjdbc.source.ColumnFormat;
import com.engagementjdbc.source.ColumnProfile;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.RecordTable;
import com.engagementjdbc.source.Reject;
import com.engagementjdbc.source.RowCursor;
import com.engagementjdbc.source.SkippedLine;
import com.engagementjdbc.source.SourceText;
import com.engagementjdbc.source.SourceText.StreamEncoding;
import com.engagementjdbc.source.StreamedSource;
import com.engagementjdbc.source.TextCells;
import com.engagementjdbc.source.Undecodable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
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
  /** The last records, held back from the profiles until it is known whether they are summary rows. */
  private static final int MAX_TRAILING_SUMMARY_ROWS = 32;

  private char delimiter;
  private char quote;
  private Character escape;
  private long headerLine;
  private int width;
  private boolean header;
  private List<ColumnFormat> formats;
  /** Records left out: summary rows, and values that did not read as their declared type (onError=skip). */
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
    table = new RecordTable(fileName, options, List.of());
    DialectSniffer.Sniffed sniffed = DialectSniffer.sniff(sample, options, fileName, table);
    quote = sniffed.quote();
    delimiter = sniffed.delimiter();
    escape = sniffed.escape();
    headerLine = sniffed.headerLine();
    Dialect dialect = new Dialect("csv, streamed", encoding.name(), delimiter, quote, false, escape,
        headerLine - 1, List.of());
    try (Records records = new Records()) {
      width = CsvReader.firstWidth(records.records);
    }
    if (width < 0) {
      return new RecordTable(fileName, options, List.of()).build(new TextCells(0), delimiter, dialect);
    }
    options.checkWidth(width, fileName);
    return profile(dialect);
  }

  /** A record read but not yet profiled. */
  private record Held(String[] fields, long line) {
  }

  /**
   * Reads every record, profiling each column, then decides the layout as for a file read into memory: summary
   * rows (first under the header, or last) are left out, the footer set aside.
   */
  private Dataset profile(Dialect dialect) {
    List<ColumnProfile> profiles = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      profiles.add(new ColumnProfile());
    }
    nulls = new long[width];
    String[] first = null;
    long firstLine = 0;
    long records = 0;
    List<SkippedLine> found = new ArrayList<>();
    List<SkippedLine> summaries = new ArrayList<>();
    ArrayDeque<Held> tail = new ArrayDeque<>();
    long lastLine = 0;
    try (Records stream = new Records(found)) {
      while (stream.checked.next()) {
        String[] fields = stream.checked.fields();
        lastLine = stream.checked.line();
        if (first == null) {
          first = fields;
          firstLine = lastLine;
        } else if (records == 1 && table.isSummary(fields)) {
          summaries.add(summary(fields, lastLine));
          continue;
        } else {
          tail.addLast(new Held(fields, lastLine));
          if (tail.size() > MAX_TRAILING_SUMMARY_ROWS) {
            profile(profiles, tail.removeFirst());
          }
        }
        records++;
      }
      while (!tail.isEmpty() && table.isSummary(tail.peekLast().fields())) {
        Held row = tail.removeLast();
        summaries.add(summary(row.fields(), row.line()));
        records--;
      }
      tail.forEach(row -> profile(profiles, row));
      found.addAll(stream.checked.comments());
      table.addRejects(footerAside(stream.checked.rejects(), lastLine, found));
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
    return table.streamed(dialect.with(false, found), layout, rows, summaries, this);
  }

  private void profile(List<ColumnProfile> profiles, Held row) {
    for (int i = 0; i < width; i++) {
      if (!table.profile(profiles.get(i), row.fields()[i], row.line(), -1)) {
        nulls[i]++;
      }
    }
  }

  private SkippedLine summary(String[] fields, long line) {
    skippedLines.add(line);
    return new SkippedLine(line, SkippedLine.Kind.SUMMARY, String.join(String.valueOf(delimiter), fields));
  }

  /**
   * The rejects but the footer: one-field lines after the last row ({@link CsvReader#isFooterLine}), set in
   * {@code found}. With {@code onError=null} such lines were padded into rows, and stay so.
   */
  private List<Reject> footerAside(List<Reject> rejects, long lastRowLine, List<SkippedLine> found) {
    List<Reject> kept = new ArrayList<>(rejects);
    List<SkippedLine> footer = new ArrayList<>();
    while (options.onError() != com.engagementjdbc.source.OnError.NULL && width > 1 && !kept.isEmpty()
        && CsvReader.isFooterLine(kept.get(kept.size() - 1)) && kept.get(kept.size() - 1).line() > lastRowLine) {
      Reject last = kept.remove(kept.size() - 1);
      footer.add(0, new SkippedLine(last.line(), SkippedLine.Kind.FOOTER, last.content()));
    }
    found.addAll(footer);
    return kept;
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
    Records stream = new Records(reopen(), null);
    return new RowCursor() {
      @Override public boolean next() {
        try {
          if (stream.nextRow()) {
            return true;
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
      this(SourceText.reader(file, encoding), null);
    }

    /** A pass that lists the preamble's lines in {@code preamble}. */
    Records(List<SkippedLine> preamble) {
      this(SourceText.reader(file, encoding), preamble);
    }

    Records(Reader reader, List<SkippedLine> preamble) {
      this.reader = reader;
      this.records = new Reporting(new CsvStream(reader,
          CellEncoding.forText(delimiter, quote, fileName).withEscape(escape, fileName), fileName), preamble);
      this.checked = new CheckedRecords(records, width, options.onError());
    }

    /** The next record that is a row of the table: the header, if any, and the records left out are not. */
    boolean nextRow() {
      if (header && !headerSkipped) {
        headerSkipped = true;
        if (!checked.next()) {
          return false;
        }
      }
      while (checked.next()) {
        if (skippedLines.isEmpty() || !skippedLines.contains(checked.line())) {
          return true;
        }
      }
      return false;
    }

    @Override public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw SourceText.failure(file, e);
      }
    }
  }

  /**
   * The records from the table's first line on, whose read errors become the errors a user sees, naming the file
   * and the line reached.
   */
  private final class Reporting implements CsvRecords {
    private final CsvStream stream;
    /** Where the preamble's lines are listed, or null. */
    private final List<SkippedLine> preamble;

    Reporting(CsvStream stream, List<SkippedLine> preamble) {
      this.stream = stream;
      this.preamble = preamble;
    }

    @Override public boolean next() {
      try {
        while (true) {
          boolean read;
          try {
            read = stream.next();
          } catch (CsvSyntaxException e) {
            if (e.line >= headerLine) {
              throw e;
            }
            addPreamble(e.line, e.content);
            continue;
          }
          if (!read || stream.line() >= headerLine) {
            return read;
          }
          addPreamble(stream.line(), stream.content());
        }
      } catch (UncheckedIOException e) {
        throw SourceText.streamFailure(file, fileName, encoding, e.getCause());
      }
    }

    private void addPreamble(long line, String content) {
      if (preamble != null) {
        preamble.add(new SkippedLine(line, SkippedLine.Kind.PREAMBLE, content));
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
