package com.engagementjdbc.source.csv;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.OnError;
import com.engagementjdbc.source.Reject;
import com.engagementjdbc.source.SkippedLine;
import com.engagementjdbc.source.TextCells;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV source that become rows: each has as many fields as the first record. The others, and the
 * records that cannot be read at all, become {@link Reject}s; with {@link OnError#NULL} a record of another width
 * is padded with empty fields or cut, and kept. A record of another width whose line starts with {@code #} is a
 * comment: skipped, and listed.
 */
final class CheckedRecords implements TextCells.Fields {
  private final CsvRecords records;
  private final int width;
  private final OnError onError;
  private final List<Reject> rejects = new ArrayList<>();
  private final List<SkippedLine> comments = new ArrayList<>();
  /** Fields of the current record that come from the file; the rest (a padded record) are empty. */
  private int present;

  CheckedRecords(CsvRecords records, int width, OnError onError) {
    this.records = records;
    this.width = width;
    this.onError = onError;
  }

  /** Moves to the next record that becomes a row; false at the end of the records. */
  boolean next() {
    while (true) {
      try {
        if (!records.next()) {
          return false;
        }
      } catch (CsvSyntaxException e) {
        rejects.add(new Reject(e.line, e.column, SqlState.BAD_FILE_FORMAT, e.getMessage(), skipOrFail(), e.content));
        if (e.recoverable) {
          continue;
        }
        return false;
      }
      int size = records.size();
      if (size == width) {
        present = width;
        return true;
      }
      String content = records.content();
      if (content.startsWith("#")) {
        comments.add(new SkippedLine(records.line(), SkippedLine.Kind.COMMENT, content));
        continue;
      }
      String reason = "expected " + width + " fields, found " + size;
      if (onError == OnError.NULL) {
        String action = size < width ? Reject.PADDED : Reject.TRUNCATED;
        rejects.add(new Reject(records.line(), 0, SqlState.BAD_FILE_FORMAT, reason, action, content));
        present = Math.min(size, width);
        return true;
      }
      rejects.add(new Reject(records.line(), 0, SqlState.BAD_FILE_FORMAT, reason, skipOrFail(), content));
    }
  }

  /** A row that cannot be mended: with {@code onError=null} too, it is left out. */
  private String skipOrFail() {
    return onError == OnError.FAIL ? Reject.FAILED : Reject.SKIPPED;
  }

  @Override public int size() {
    return width;
  }

  // a padded record's missing fields are empty ranges

  @Override public int start(int index) {
    return index < present ? records.start(index) : 0;
  }

  @Override public int end(int index) {
    return index < present ? records.end(index) : 0;
  }

  @Override public boolean doubledQuotes(int index) {
    return index < present && records.doubledQuotes(index);
  }

  String field(int index) {
    return index < present ? records.field(index) : "";
  }

  String[] fields() {
    String[] fields = new String[width];
    for (int i = 0; i < width; i++) {
      fields[i] = field(i);
    }
    return fields;
  }

  long line() {
    return records.line();
  }

  /** The records that did not become rows as they were, in file order. */
  List<Reject> rejects() {
    return rejects;
  }

  /** The comment lines skipped, in file order. */
  List<SkippedLine> comments() {
    return comments;
  }
}
