package com.engagementjdbc.source.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The first records of a file under one dialect, and where its table starts among them. Report exports put a
 * preamble above the header: a title, {@code Key: value} lines, a date range, blank lines, a {@code #} comment
 * block. Each record that could be the header is a candidate, scored by how consistently the records from it on
 * keep its field count; the records above a candidate must all be preamble-like: a comment, or a record that fills
 * at most half the candidate's fields (a title padded with delimiters by a spreadsheet fills one). The best score
 * wins; on a tie, a candidate that is not itself preamble-like beats the first record. The caller then checks that
 * a record below the first looks like a header over the rows under it, as the header decision does.
 */
final class TableStart {
  /** A preamble longer than this many records is not looked for. */
  static final int MAX_PREAMBLE_RECORDS = 50;

  private final int[] widths;
  private final int[] filled;
  private final boolean[] comments;
  private final long[] lines;
  private final int count;

  private TableStart(int[] widths, int[] filled, boolean[] comments, long[] lines, int count) {
    this.widths = widths;
    this.filled = filled;
    this.comments = comments;
    this.lines = lines;
    this.count = count;
  }

  /** The first {@code maxRecords} records of {@code text}; a record that cannot be read ends the sample. */
  static TableStart sample(byte[] text, CellEncoding encoding, int maxRecords) {
    CsvTokenizer tokenizer = new CsvTokenizer(text, encoding);
    int[] widths = new int[maxRecords];
    int[] filled = new int[maxRecords];
    boolean[] comments = new boolean[maxRecords];
    long[] lines = new long[maxRecords];
    int count = 0;
    while (count < maxRecords && tokenizer.nextReadable()) {
      widths[count] = tokenizer.size();
      for (int i = 0; i < tokenizer.size(); i++) {
        filled[count] += tokenizer.end(i) > tokenizer.start(i) ? 1 : 0;
      }
      comments[count] = tokenizer.content().startsWith("#");
      lines[count] = tokenizer.line();
      count++;
    }
    return new TableStart(widths, filled, comments, lines, count);
  }

  int records() {
    return count;
  }

  long line(int record) {
    return lines[record];
  }

  /**
   * The record the table starts at: 0, or a later one whose records above are all preamble-like and that scores
   * at least as well. {@code looksLikeHeader} is asked about a later candidate before it is taken.
   */
  int start(IntPredicate looksLikeHeader) {
    List<Integer> ranked = new ArrayList<>();
    double firstScore = count == 0 ? 0 : consistency(0);
    double best = -1;
    for (int candidate = 1; candidate < Math.min(count, MAX_PREAMBLE_RECORDS + 1); candidate++) {
      if (!isCandidate(candidate)) {
        continue;
      }
      double score = consistency(candidate);
      boolean beatsFirst = score > firstScore || (score == firstScore && preambleLike(0, widths[candidate]));
      if (beatsFirst && score >= best) {
        if (score > best) {
          ranked.clear();
          best = score;
        }
        ranked.add(candidate);
      }
    }
    for (int candidate : ranked) {
      if (looksLikeHeader.test(candidate)) {
        return candidate;
      }
    }
    return 0;
  }

  /** A record of two fields or more that fills more than half of them, every record above it preamble-like. */
  private boolean isCandidate(int record) {
    int width = widths[record];
    if (width < 2 || comments[record] || preambleLike(record, width)) {
      return false;
    }
    for (int above = 0; above < record; above++) {
      if (!preambleLike(above, width)) {
        return false;
      }
    }
    return true;
  }

  private boolean preambleLike(int record, int tableWidth) {
    return comments[record] || filled[record] * 2 <= tableWidth;
  }

  /** The share of the records from {@code from} on, comments aside, that have its field count. */
  private double consistency(int from) {
    int same = 0;
    int all = 0;
    for (int record = from; record < count; record++) {
      if (!comments[record] || record == from) {
        all++;
        same += widths[record] == widths[from] ? 1 : 0;
      }
    }
    return all == 0 ? 0 : (double) same / all;
  }

  /**
   * How consistently the records from {@code from} on split into one number of fields, and that number: the most
   * frequent, the larger on a tie.
   */
  Score score(int from) {
    Map<Integer, Integer> counts = new HashMap<>();
    int records = 0;
    for (int record = from; record < count; record++) {
      if (!comments[record] || record == from) {
        counts.merge(widths[record], 1, Integer::sum);
        records++;
      }
    }
    int width = 0;
    int most = 0;
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > most || (entry.getValue() == most && entry.getKey() > width)) {
        width = entry.getKey();
        most = entry.getValue();
      }
    }
    return new Score(records == 0 ? 0 : (double) most / records, width, records);
  }

  /** @param records how many records the table holds from its start: a table that starts earlier reads more */
  record Score(double consistency, int width, int records) {
  }
}
