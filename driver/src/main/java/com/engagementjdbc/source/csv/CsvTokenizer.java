package com.engagementjdbc.source.csv;

import com.engagementjdbc.source.TextCells;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Splits CSV text into records of fields, RFC 4180 style: fields may be quoted, a doubled quote inside a quoted
 * field is one quote, and quoted fields may hold delimiters and line breaks. It counts physical lines ({@code \n},
 * {@code \r\n} or a lone {@code \r}) so every record and error names the line a user sees in an editor.
 *
 * <p>Empty lines are skipped. Spaces around an unquoted field are trimmed; a quote inside an unquoted field is
 * kept as text. Anything but a delimiter or line break after a closing quote is an error, because guessing
 * would silently change a value.
 *
 * <p>It reads the bytes of the text, not characters: in the encodings it is given ({@link CellEncoding}) the
 * delimiter, the quote and line breaks are single bytes that are never part of another character, so no
 * character is decoded and no String made but for a field that is read as one.
 */
final class CsvTokenizer implements CsvRecords {
  private static final int MAX_CONTENT = 500;

  private final byte[] text;
  private final Charset charset;
  private final byte delimiter;
  private final byte quote;
  /** The quote itself when quotes are doubled, else the byte that escapes a quote (or itself). */
  private final byte escape;
  private final int length;
  /** Records start before this position; the last one may run past it. */
  private final int limit;
  private int pos;
  private long line = 1;
  private int lineStart;
  private long recordLine;
  private int recordStart;
  /** The current record's fields as ranges of the text, and whether each is quoted text with doubled quotes. */
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] doubled = new boolean[16];

  CsvTokenizer(byte[] text, CellEncoding encoding) {
    this(text, text.length, encoding, 0, text.length, 1);
  }

  /**
   * A tokenizer for the records that start in {@code [start, limit)} of the first {@code length} bytes of
   * {@code text}; {@code start} must be the start of a line, and {@code firstLine} is that line's number.
   */
  CsvTokenizer(byte[] text, int length, CellEncoding encoding, int start, int limit, long firstLine) {
    this.text = text;
    this.charset = encoding.charset();
    this.delimiter = encoding.delimiter();
    this.quote = encoding.quote();
    this.escape = encoding.escape();
    this.length = length;
    this.limit = limit;
    this.pos = start;
    this.lineStart = start;
    this.line = firstLine;
  }

  /** Reads the next record; false at the end of the text or at the limit. */
  @Override public boolean next() {
    if (startOfNextRecord() >= limit) {
      return false;
    }
    recordLine = line;
    recordStart = pos;
    count = 0;
    while (true) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        doubled = Arrays.copyOf(doubled, count * 2);
      }
      if (pos < length && text[pos] == quote) {
        quotedField();
      } else {
        unquotedField();
      }
      count++;
      if (pos < length && text[pos] == delimiter) {
        pos++;
        continue;
      }
      endOfLine();
      return true;
    }
  }

  /** Reads the next record that can be read, past recoverable errors; false at the end or at an unrecoverable one. */
  boolean nextReadable() {
    while (true) {
      try {
        return next();
      } catch (CsvSyntaxException e) {
        if (!e.recoverable) {
          return false;
        }
      }
    }
  }

  /** The number of fields of the current record. */
  @Override public int size() {
    return count;
  }

  @Override public int start(int index) {
    return starts[index];
  }

  @Override public int end(int index) {
    return ends[index];
  }

  @Override public boolean doubledQuotes(int index) {
    return doubled[index];
  }

  @Override public String field(int index) {
    if (!doubled[index]) {
      return new String(text, starts[index], ends[index] - starts[index], charset);
    }
    byte[] unescaped = Arrays.copyOfRange(text, starts[index], ends[index]);
    return new String(unescaped, 0, TextCells.unescape(unescaped, 0, unescaped.length, quote, escape), charset);
  }

  @Override public long line() {
    return recordLine;
  }

  /** Skips empty lines; where the next record starts, or the end of the text. */
  int startOfNextRecord() {
    skipEmptyLines();
    return pos;
  }

  /** The number of bytes of the text read. */
  int length() {
    return length;
  }

  /** The physical line at the current position. */
  long currentLine() {
    return line;
  }

  /** Where the tokenizer stands in the text: after the current record and its line break. */
  int position() {
    return pos;
  }

  @Override public String content() {
    int end = pos;
    while (end > recordStart && (text[end - 1] == '\n' || text[end - 1] == '\r')) {
      end--;
    }
    return abbreviate(recordStart, end);
  }

  private void skipEmptyLines() {
    while (pos < length && (text[pos] == '\n' || text[pos] == '\r')) {
      endOfLine();
    }
  }

  /** Consumes one line break at {@code pos}, if there is one. */
  private void endOfLine() {
    if (pos >= length) {
      return;
    }
    byte c = text[pos];
    if (c == '\r') {
      pos++;
      if (pos < length && text[pos] == '\n') {
        pos++;
      }
    } else if (c == '\n') {
      pos++;
    } else {
      return;
    }
    line++;
    lineStart = pos;
  }

  private void unquotedField() {
    byte[] bytes = text;
    int start = pos;
    int at = pos;
    while (at < length) {
      byte c = bytes[at];
      if (c == delimiter || c == '\n' || c == '\r') {
        break;
      }
      at++;
    }
    pos = at;
    int end = at;
    while (start < end && isBlank(bytes[start])) {
      start++;
    }
    while (end > start && isBlank(bytes[end - 1])) {
      end--;
    }
    starts[count] = start;
    ends[count] = end;
    doubled[count] = false;
  }

  private boolean isBlank(byte c) {
    return c == ' ' || (c == '\t' && delimiter != '\t');
  }

  private void quotedField() {
    long startLine = line;
    // the column is counted only for a message: counting decodes the line up to here
    int startLineStart = lineStart;
    int startPos = pos;
    pos++;
    int contentStart = pos;
    int closing;
    boolean hasDoubled = false;
    while (true) {
      if (pos >= length) {
        int startColumn = column(startLineStart, startPos);
        throw new CsvSyntaxException("unterminated quoted field: the quote opened at line " + startLine
            + ", column " + startColumn + " is never closed", startLine, startColumn, false,
            abbreviate(recordStart, length));
      }
      byte c = text[pos];
      if (c == escape && escape != quote && pos + 1 < length && (text[pos + 1] == quote || text[pos + 1] == escape)) {
        hasDoubled = true;
        pos += 2;
        continue;
      }
      if (c == quote) {
        if (pos + 1 < length && text[pos + 1] == quote) {
          hasDoubled = true;
          pos += 2;
          continue;
        }
        closing = pos++;
        break;
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
        continue;
      }
      pos++;
    }
    while (pos < length && isBlank(text[pos])) {
      pos++;
    }
    if (pos < length && text[pos] != delimiter && text[pos] != '\n' && text[pos] != '\r') {
      long errorLine = line;
      int errorColumn = column(pos);
      String unexpected = abbreviate(pos, Math.min(length, pos + 4)).substring(0, 1);
      skipRestOfLine();
      throw new CsvSyntaxException("unexpected character '" + unexpected + "' after the closing quote of a field"
          + " (a quote inside a quoted field must be doubled)", errorLine, errorColumn, true, content());
    }
    starts[count] = contentStart;
    ends[count] = closing;
    doubled[count] = hasDoubled;
  }

  /** The 1-based column, in characters as an editor counts them, of a position on the current line. */
  private int column(int position) {
    return column(lineStart, position);
  }

  /** The 1-based column of a position on the line starting at {@code lineStart}. */
  private int column(int lineStart, int position) {
    return new String(text, lineStart, position - lineStart, charset).length() + 1;
  }

  private void skipRestOfLine() {
    while (pos < length && text[pos] != '\n' && text[pos] != '\r') {
      pos++;
    }
    endOfLine();
  }

  /** The text of a range, cut after {@link #MAX_CONTENT} characters for messages. */
  private String abbreviate(int start, int end) {
    // four bytes at most per character, so the cut never needs more than these
    int decoded = Math.min(end, start + 4 * MAX_CONTENT + 4);
    String content = new String(text, start, decoded - start, charset);
    return content.length() <= MAX_CONTENT && decoded == end ? content : content.substring(0, MAX_CONTENT) + "...";
  }
}
