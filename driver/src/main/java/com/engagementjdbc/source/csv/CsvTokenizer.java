package com.engagementjdbc.source.csv;

import com.engagementjdbc.source.TextCells;
import java.util.Arrays;

/**
 * Splits CSV text into records of fields, RFC 4180 style: fields may be quoted, a doubled quote inside a quoted
 * field is one quote, and quoted fields may hold delimiters and line breaks. It counts physical lines ({@code \n},
 * {@code \r\n} or a lone {@code \r}) so every record and error names the line a user sees in an editor.
 *
 * <p>Empty lines are skipped. Spaces around an unquoted field are trimmed; a quote inside an unquoted field is
 * kept as text. Anything but a delimiter or line break after a closing quote is an error, because guessing
 * would silently change a value.
 */
final class CsvTokenizer implements CsvRecords {
  private static final int MAX_CONTENT = 500;

  private final String text;
  private final char delimiter;
  private final char quote;
  private final int length;
  /** Records start before this position; the last one may run past it. */
  private final int limit;
  private int pos;
  private long line = 1;
  private int lineStart;
  private long recordLine;
  private int recordStart;
  /**
   * The current record's fields as ranges of the text; a quoted field with doubled quotes, whose value differs
   * from its text, is kept as the String it reads as. No String is made for the other fields.
   */
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private String[] unescaped = new String[16];
  private final StringBuilder quoted = new StringBuilder();

  CsvTokenizer(String text, char delimiter, char quote) {
    this(text, delimiter, quote, 0, text.length(), 1);
  }

  /**
   * A tokenizer for the records that start in {@code [start, limit)}; {@code start} must be the start of a line,
   * and {@code firstLine} is that line's number.
   */
  CsvTokenizer(String text, char delimiter, char quote, int start, int limit, long firstLine) {
    this.text = text;
    this.delimiter = delimiter;
    this.quote = quote;
    this.length = text.length();
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
        unescaped = Arrays.copyOf(unescaped, count * 2);
      }
      if (pos < length && text.charAt(pos) == quote) {
        quotedField();
      } else {
        unquotedField();
      }
      count++;
      if (pos < length && text.charAt(pos) == delimiter) {
        pos++;
        continue;
      }
      endOfLine();
      return true;
    }
  }

  /** The number of fields of the current record. */
  @Override public int size() {
    return count;
  }

  @Override public void appendTo(int index, StringBuilder target) {
    if (unescaped[index] != null) {
      target.append(unescaped[index]);
    } else {
      target.append(text, starts[index], ends[index]);
    }
  }

  @Override public String field(int index) {
    return unescaped[index] != null ? unescaped[index] : text.substring(starts[index], ends[index]);
  }

  @Override public long line() {
    return recordLine;
  }

  /** Skips empty lines; where the next record starts, or the end of the text. */
  int startOfNextRecord() {
    skipEmptyLines();
    return pos;
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
    while (end > recordStart && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return abbreviate(recordStart, end);
  }

  private void skipEmptyLines() {
    while (pos < length && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
      endOfLine();
    }
  }

  /** Consumes one line break at {@code pos}, if there is one. */
  private void endOfLine() {
    if (pos >= length) {
      return;
    }
    char c = text.charAt(pos);
    if (c == '\r') {
      pos++;
      if (pos < length && text.charAt(pos) == '\n') {
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
    int start = pos;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == delimiter || c == '\n' || c == '\r') {
        break;
      }
      pos++;
    }
    int end = pos;
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    starts[count] = start;
    ends[count] = end;
    unescaped[count] = null;
  }

  private boolean isBlank(char c) {
    return c == ' ' || (c == '\t' && delimiter != '\t');
  }

  private void quotedField() {
    long startLine = line;
    int startColumn = pos - lineStart + 1;
    quoted.setLength(0);
    pos++;
    int contentStart = pos;
    int closing;
    boolean doubled = false;
    while (true) {
      if (pos >= length) {
        throw new CsvSyntaxException("unterminated quoted field: the quote opened at line " + startLine
            + ", column " + startColumn + " is never closed", startLine, startColumn, false,
            abbreviate(recordStart, length));
      }
      char c = text.charAt(pos);
      if (c == quote) {
        if (pos + 1 < length && text.charAt(pos + 1) == quote) {
          if (!doubled) {
            quoted.append(text, contentStart, pos);
            doubled = true;
          }
          quoted.append(quote);
          pos += 2;
          continue;
        }
        closing = pos++;
        break;
      }
      if (c == '\n' || c == '\r') {
        int before = pos;
        endOfLine();
        if (doubled) {
          quoted.append(text, before, pos);
        }
        continue;
      }
      if (doubled) {
        quoted.append(c);
      }
      pos++;
    }
    while (pos < length && isBlank(text.charAt(pos))) {
      pos++;
    }
    if (pos < length && text.charAt(pos) != delimiter && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
      long errorLine = line;
      int errorColumn = pos - lineStart + 1;
      char unexpected = text.charAt(pos);
      skipRestOfLine();
      throw new CsvSyntaxException("unexpected character '" + unexpected + "' after the closing quote of a field"
          + " (a quote inside a quoted field must be doubled)", errorLine, errorColumn, true, content());
    }
    starts[count] = contentStart;
    ends[count] = closing;
    unescaped[count] = doubled ? quoted.toString() : null;
  }

  private void skipRestOfLine() {
    while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
      pos++;
    }
    endOfLine();
  }

  private String abbreviate(int start, int end) {
    return end - start <= MAX_CONTENT ? text.substring(start, end) : text.substring(start, start + MAX_CONTENT) + "...";
  }
}
