package com.engagementjdbc.source.csv;

import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.RecordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sniffs how a CSV file is written, in phases that each use the previous one's result (the approach of DuckDB's
 * sniffer: candidates scored, not guessed from the first line): the quote character; the escape of quotes inside
 * quoted fields; the field delimiter, by reading the first records with each candidate and keeping the one that
 * splits them, from where its table starts, into the same number of fields most consistently, with the most fields
 * as a tie-break; then where the table starts under that delimiter ({@link TableStart}).
 */
final class DialectSniffer {
  private static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int SAMPLE_RECORDS = 100;

  /** How much of a file's start readers give the sniffer: enough for its sample records however long they are. */
  static final int SNIFFED_CHARS = 1 << 20;
  private static final int SAMPLE_CHARS = 65_536;
  private static final Pattern SINGLE_QUOTED_FIELD = Pattern.compile("(?m)(^|[,;\t|])'[^'\r\n]*'([,;\t|]|$)");

  private DialectSniffer() {
  }

  /**
   * The dialect of a file, from the start of its text.
   *
   * @param table decides whether a record (a candidate header below a preamble) looks like a header over the
   *     records under it
   */
  static Sniffed sniff(String text, ReadOptions options, String fileName, RecordTable table) {
    char quote = options.quote() != null ? options.quote() : quote(text);
    Character escape = options.escape() != null ? options.escape() : escape(text, quote);
    char delimiter = options.delimiter() != null ? options.delimiter() : delimiter(text, quote, escape, fileName);
    long headerLine = options.skipLines() != null ? options.skipLines() + 1
        : headerLine(text, CellEncoding.forText(delimiter, quote, fileName).withEscape(escape, fileName), table);
    return new Sniffed(quote, escape == null || escape == quote ? null : escape, delimiter, headerLine);
  }

  /**
   * How a file is written. {@code escape} is null when quotes inside quoted fields are doubled; {@code headerLine}
   * is the physical line of the table's first record (the header, if any): the lines above it are its preamble.
   */
  record Sniffed(char quote, Character escape, char delimiter, long headerLine) {
  }

  /**
   * {@code "} unless the start of the file has none and quotes whole fields with {@code '}: apostrophes inside
   * text ({@code j'aime}) must not make a file single-quoted.
   */
  static char quote(String text) {
    String sample = sample(text);
    if (sample.indexOf('"') < 0 && SINGLE_QUOTED_FIELD.matcher(sample).find()) {
      return '\'';
    }
    return '"';
  }

  /**
   * {@code \} when the start of the file writes a backslash before a quote that goes on inside a field
   * ({@code "say \"hi\""}, as MySQL, PHP and some CRM exports do), else null (quotes doubled). A backslash before
   * a quote that ends a field ({@code "C:\"}) says nothing: either reading of it is a field.
   */
  static Character escape(String text, char quote) {
    String sample = sample(text);
    String escaped = "\\" + quote;
    for (int at = sample.indexOf(escaped); at >= 0; at = sample.indexOf(escaped, at + 2)) {
      int after = at + 2;
      if (after < sample.length() && ",;\t|\r\n".indexOf(sample.charAt(after)) < 0) {
        return '\\';
      }
    }
    return null;
  }

  private static String sample(String text) {
    return text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
  }

  /** @param fileName names the file in the error for a quote no CSV reading can use */
  static char delimiter(String text, char quote, Character escape, String fileName) {
    char best = ',';
    double bestConsistency = -1;
    int bestWidth = 1;
    int bestRecords = 0;
    for (char candidate : CANDIDATES) {
      // characters the encoding lacks become '?': they are not the delimiter nor the quote, which is all that counts
      CellEncoding encoding = CellEncoding.forText(candidate, quote, fileName).withEscape(escape, fileName);
      TableStart records = TableStart.sample(text.getBytes(encoding.charset()), encoding, SAMPLE_RECORDS);
      TableStart.Score score = records.score(records.start(record -> true));
      if (score.width() < 2) {
        continue;
      }
      // on equal consistency the delimiter whose table starts first wins: in `campagne;taux` over `A;2,5 %`, the
      // comma makes the header line a one-field "preamble" above a table as consistent as the semicolon's
      if (score.consistency() > bestConsistency
          || (score.consistency() == bestConsistency && (score.records() > bestRecords
              || (score.records() == bestRecords && score.width() > bestWidth)))) {
        best = candidate;
        bestConsistency = score.consistency();
        bestWidth = score.width();
        bestRecords = score.records();
      }
    }
    return best;
  }

  private static long headerLine(String text, CellEncoding encoding, RecordTable table) {
    byte[] bytes = text.getBytes(encoding.charset());
    TableStart records = TableStart.sample(bytes, encoding, SAMPLE_RECORDS);
    if (records.records() == 0) {
      return 1;
    }
    int start = records.start(candidate -> {
      List<String[]> below = fields(bytes, encoding, records.line(candidate));
      return table.headerFits(below.get(0), below.subList(1, below.size()), (char) (encoding.delimiter() & 0xFF));
    });
    return records.line(start);
  }

  /** The fields of the sample's records from the one on {@code line} on, comments below it aside. */
  private static List<String[]> fields(byte[] bytes, CellEncoding encoding, long line) {
    CsvTokenizer tokenizer = new CsvTokenizer(bytes, encoding);
    List<String[]> records = new ArrayList<>();
    int read = 0;
    while (read++ < SAMPLE_RECORDS && tokenizer.nextReadable()) {
      if (tokenizer.line() < line || (!records.isEmpty() && tokenizer.content().startsWith("#"))) {
        continue;
      }
      String[] fields = new String[tokenizer.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = tokenizer.field(i);
      }
      records.add(fields);
    }
    return records;
  }
}
