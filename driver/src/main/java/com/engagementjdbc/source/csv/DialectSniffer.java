package com.engagementjdbc.source.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * Picks the quote character, then the field delimiter by reading the first records with each candidate and keeping the one that splits
 * them into the same number of fields most consistently, with the most fields as a tie-break (the approach of
 * DuckDB's sniffer: candidates scored, not guessed from the first line).
 */
final class DialectSniffer {
  private static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int SAMPLE_RECORDS = 100;

  private DialectSniffer() {
  }

  /** How much of a file's start readers give the sniffer: enough for its sample records however long they are. */
  static final int SNIFFED_CHARS = 1 << 20;
  private static final int SAMPLE_CHARS = 65_536;
  private static final java.util.regex.Pattern SINGLE_QUOTED_FIELD =
      java.util.regex.Pattern.compile("(?m)(^|[,;\t|])'[^'\r\n]*'([,;\t|]|$)");

  /**
   * {@code "} unless the start of the file has none and quotes whole fields with {@code '}: apostrophes inside
   * text ({@code j'aime}) must not make a file single-quoted.
   */
  static char quote(String text) {
    String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
    if (sample.indexOf('"') < 0 && SINGLE_QUOTED_FIELD.matcher(sample).find()) {
      return '\'';
    }
    return '"';
  }

  /** @param fileName names the file in the error for a quote no CSV reading can use */
  static char delimiter(String text, char quote, String fileName) {
    char best = ',';
    double bestConsistency = -1;
    int bestWidth = 1;
    for (char candidate : CANDIDATES) {
      Score score = score(text, CellEncoding.forText(candidate, quote, fileName));
      if (score.width < 2) {
        continue;
      }
      if (score.consistency > bestConsistency
          || (score.consistency == bestConsistency && score.width > bestWidth)) {
        best = candidate;
        bestConsistency = score.consistency;
        bestWidth = score.width;
      }
    }
    return best;
  }

  private record Score(double consistency, int width) {
  }

  private static Score score(String text, CellEncoding encoding) {
    // characters the encoding lacks become '?': they are not the delimiter nor the quote, which is all that counts
    CsvTokenizer tokenizer = new CsvTokenizer(text.getBytes(encoding.charset()), encoding);
    Map<Integer, Integer> widths = new HashMap<>();
    int records = 0;
    while (records < SAMPLE_RECORDS) {
      try {
        if (!tokenizer.next()) {
          break;
        }
        widths.merge(tokenizer.size(), 1, Integer::sum);
      } catch (CsvSyntaxException e) {
        if (!e.recoverable) {
          break;
        }
      }
      records++;
    }
    int width = 0;
    int count = 0;
    for (Map.Entry<Integer, Integer> entry : widths.entrySet()) {
      if (entry.getValue() > count || (entry.getValue() == count && entry.getKey() > width)) {
        width = entry.getKey();
        count = entry.getValue();
      }
    }
    return new Score(records == 0 ? 0 : (double) count / records, width);
  }
}
