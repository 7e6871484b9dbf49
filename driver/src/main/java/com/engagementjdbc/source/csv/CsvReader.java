package com.engagementjdbc.source.csv;

import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.RecordTable;
import com.engagementjdbc.source.Reject;
import com.engagementjdbc.source.SkippedLine;
import com.engagementjdbc.source.SourceText;
import com.engagementjdbc.source.TextCells;
import com.engagementjdbc.work.Workers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file into a {@link Dataset}, in phases that each use the previous one's result: check the bytes'
 * encoding, sniff the dialect and where the table starts ({@link DialectSniffer}), skip the preamble, split every
 * record, set the footer aside, then let {@link RecordTable} decide the header, infer the types and convert. Rows
 * that do not fit become {@link Reject}s handled as {@link OnError} says; lines that are not rows by design
 * (preamble, comments, footer, summary rows) become {@link SkippedLine}s.
 */
public final class CsvReader {
  /** Parts below this many bytes are not worth a thread. */
  private static final int MIN_PART_BYTES = 4 << 20;

  private final String fileName;
  private final ReadOptions options;
  private final List<Reject> rejects = new ArrayList<>();
  private final List<SkippedLine> skipped = new ArrayList<>();

  private CsvReader(String fileName, ReadOptions options) {
    this.fileName = fileName;
    this.options = options;
  }

  /** Reads a file; {@code fileName} is how messages name it (its path relative to the connection's folder). */
  public static Dataset read(Path file, String fileName, ReadOptions options) {
    SourceText.Bytes source = SourceText.bytes(SourceText.readBytes(file), options.encoding(), fileName);
    return new CsvReader(fileName, options).read(source);
  }

  private Dataset read(SourceText.Bytes source) {
    RecordTable table = new RecordTable(fileName, options, List.of());
    String sample = source.sample(DialectSniffer.SNIFFED_CHARS);
    DialectSniffer.Sniffed sniffed = DialectSniffer.sniff(sample, options, fileName, table);
    char delimiter = sniffed.delimiter();
    CellEncoding encoding = CellEncoding.of(source.charset(), delimiter, sniffed.quote());
    byte[] bytes = source.bytes();
    int start = source.offset();
    if (encoding == null) {
      encoding = CellEncoding.forText(delimiter, sniffed.quote(), fileName);
      bytes = encoding.encode(source.text(), 1, fileName);
      start = 0;
    }
    encoding = encoding.withEscape(sniffed.escape(), fileName);
    CsvTokenizer preamble = new CsvTokenizer(bytes, bytes.length, encoding, start, bytes.length, 1);
    skipPreamble(preamble, sniffed.headerLine(), skipped);
    TextCells cells = split(bytes, preamble.startOfNextRecord(), preamble.currentLine(), encoding);
    cells.collapseDoubled(encoding.quote(), encoding.escape());
    setFooterAside(cells);
    Dialect dialect = new Dialect("csv", source.encoding(), delimiter, sniffed.quote(), false, sniffed.escape(),
        sniffed.headerLine() - 1, List.copyOf(skipped));
    table.addRejects(rejects);
    return table.build(cells, delimiter, dialect);
  }

  /** Reads the records above the table's first line, each one a preamble line; stops before the first. */
  private static void skipPreamble(CsvTokenizer records, long headerLine, List<SkippedLine> skipped) {
    while (records.startOfNextRecord() < records.length() && records.currentLine() < headerLine) {
      try {
        records.next();
        skipped.add(new SkippedLine(records.line(), SkippedLine.Kind.PREAMBLE, records.content()));
      } catch (CsvSyntaxException e) {
        // a preamble line need not be CSV; the next record is read from the line after it
        skipped.add(new SkippedLine(e.line, SkippedLine.Kind.PREAMBLE, e.content));
        if (!e.recoverable) {
          return;
        }
      }
    }
  }

  /**
   * The lines of one field of words after the last row (a copyright notice, "Report generated..."), which would be
   * rejects of too few fields, are a footer: listed, not rows and not problems. A one-field line with a row after
   * it, or one without a letter and a space (a row cut short: {@code 3}, {@code Brand}), stays a reject.
   */
  private void setFooterAside(TextCells cells) {
    rejects.sort((a, b) -> Long.compare(a.line(), b.line()));
    List<SkippedLine> footer = new ArrayList<>();
    while (!rejects.isEmpty()) {
      Reject last = rejects.get(rejects.size() - 1);
      long lastRow = cells.rows() == 0 ? 0 : cells.line(cells.rows() - 1);
      if (!isFooterLine(last) || cells.width() < 2 || lastRow > last.line()) {
        break;
      }
      if (lastRow == last.line()) {
        cells.remove(cells.rows() - 1); // kept as a padded row with onError=null
      }
      rejects.remove(rejects.size() - 1);
      footer.add(0, new SkippedLine(last.line(), SkippedLine.Kind.FOOTER, last.content()));
    }
    skipped.addAll(footer);
  }

  static boolean isFooterLine(Reject reject) {
    String content = reject.content().strip();
    return reject.column() == 0 && reject.reason().endsWith(", found 1") && content.indexOf(' ') > 0
        && content.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * Every record, each with as many fields as the first; the others become rejects. A large file is split in
   * parts on all cores: each part starts at a line start and takes the records that start before the next part,
   * which is only right if no quoted field spans the boundary. That is checked afterwards (each part must end
   * exactly where the next one began); when a boundary fell inside a quoted field, the text is split again in
   * one part.
   */
  private TextCells split(byte[] text, int start, long firstLine, CellEncoding encoding) {
    int width = firstWidth(new CsvTokenizer(text, text.length, encoding, start, text.length, firstLine));
    if (width < 0) {
      return new TextCells(0);
    }
    double recordBytes = averageRecordBytes(text, start, encoding);
    int parts = (int) Math.min(Runtime.getRuntime().availableProcessors(), (text.length - start) / MIN_PART_BYTES);
    List<Integer> starts = partStarts(text, start, parts);
    if (starts.size() > 1) {
      List<Part> split = Workers.map(starts.size(), i -> part(text, encoding, starts.get(i),
          i + 1 < starts.size() ? starts.get(i + 1) : text.length, 1, width, recordBytes));
      TextCells joined = join(split, text, encoding, firstLine - 1);
      if (joined != null) {
        return joined;
      }
    }
    Part whole = part(text, encoding, start, text.length, firstLine, width, recordBytes);
    rejects.addAll(whole.rejects);
    skipped.addAll(whole.comments);
    return whole.cells;
  }

  /** The records of one range, with line numbers counted from the range's first line. */
  private record Part(TextCells cells, List<Reject> rejects, List<SkippedLine> comments, int firstRecord,
      long firstLine, int end, long endLine) {
  }

  private static List<Reject> moved(List<Reject> rejects, long offset) {
    return rejects.stream().map(reject -> new Reject(reject.line() + offset, reject.column(), reject.state(),
        reject.reason(), reject.action(), reject.content())).toList();
  }

  private static List<SkippedLine> movedComments(List<SkippedLine> comments, long offset) {
    return comments.stream().map(line -> new SkippedLine(line.line() + offset, line.kind(), line.content())).toList();
  }

  /** The number of fields of the first record that can be read: the width every record must have. */
  static int firstWidth(CsvRecords records) {
    while (true) {
      try {
        return records.next() ? records.size() : -1;
      } catch (CsvSyntaxException e) {
        if (!e.recoverable) {
          return -1;
        }
      }
    }
  }

  /**
   * The bytes per record of the file's first records: the cells' arrays are made about as large as the records
   * need, not grown from small ones (which copied them many times over).
   */
  private static double averageRecordBytes(byte[] text, int start, CellEncoding encoding) {
    CsvTokenizer tokenizer = new CsvTokenizer(text, text.length, encoding, start, text.length, 1);
    int records = 0;
    try {
      while (records < 1000 && tokenizer.next()) {
        records++;
      }
    } catch (CsvSyntaxException e) {
      // a sample that stops early still tells the size of the records before
    }
    return records == 0 ? text.length - start + 1 : Math.max(1.0, (tokenizer.position() - start) / (double) records);
  }

  /** Where each part begins: the text cut in equal lengths, each cut moved to the start of the next line. */
  private static List<Integer> partStarts(byte[] text, int start, int parts) {
    List<Integer> starts = new ArrayList<>(List.of(start));
    for (int i = 1; i < parts; i++) {
      int newline = start + (int) ((long) (text.length - start) * i / parts);
      while (newline < text.length && text[newline] != '\n') {
        newline++;
      }
      if (newline >= text.length || newline + 1 <= starts.get(starts.size() - 1)) {
        break;
      }
      starts.add(newline + 1);
    }
    return starts;
  }

  /** The parts as one table with the whole file's line numbers; null when a part did not end where the next began. */
  private TextCells join(List<Part> parts, byte[] text, CellEncoding encoding, long firstOffset) {
    long offset = firstOffset;
    List<Reject> found = new ArrayList<>();
    List<SkippedLine> comments = new ArrayList<>();
    int rows = parts.stream().mapToInt(part -> part.cells.rows()).sum();
    TextCells joined = new TextCells(parts.get(0).cells.width(), text, encoding.charset(), rows);
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (i > 0) {
        Part previous = parts.get(i - 1);
        if (previous.end != part.firstRecord) {
          return null;
        }
        offset += previous.endLine - part.firstLine;
      }
      joined.append(part.cells, offset);
      found.addAll(moved(part.rejects, offset));
      comments.addAll(movedComments(part.comments, offset));
    }
    rejects.addAll(found);
    skipped.addAll(comments);
    return joined;
  }

  /** The records that start in {@code [start, limit)}, {@code start} being the start of line {@code startLine}. */
  private Part part(byte[] text, CellEncoding encoding, int start, int limit, long startLine, int width,
      double recordBytes) {
    CsvTokenizer tokenizer = new CsvTokenizer(text, text.length, encoding, start, limit, startLine);
    int firstRecord = tokenizer.startOfNextRecord();
    long firstLine = tokenizer.currentLine();
    // a tenth more than the estimate, for records shorter than the first ones
    int expectedRows = (int) Math.min(Integer.MAX_VALUE - 8, (limit - start) / recordBytes * 1.1 + 16);
    TextCells cells = new TextCells(width, text, encoding.charset(), expectedRows);
    CheckedRecords records = new CheckedRecords(tokenizer, width, options.onError());
    while (records.next()) {
      cells.add(records.line(), records);
    }
    return new Part(cells, records.rejects(), records.comments(), firstRecord, firstLine,
        tokenizer.startOfNextRecord(), tokenizer.currentLine());
  }
}
