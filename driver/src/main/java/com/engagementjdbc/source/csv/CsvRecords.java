package com.engagementjdbc.source.csv;

import com.engagementjdbc.source.TextCells;

/** CSV records read one at a time, from text in memory ({@link CsvTokenizer}) or from a stream ({@link CsvStream}). */
interface CsvRecords extends TextCells.Fields {
  /**
   * Reads the next record; false at the end.
   *
   * @throws CsvSyntaxException for a record that cannot be read, with the file's line numbers
   */
  boolean next();

  /** Field {@code index} of the current record. */
  String field(int index);

  /** The physical line (1-based) on which the current record starts. */
  long line();

  /** The current record's text as it stands in the file, shortened for messages. */
  String content();
}
