package com.engagementjdbc.source.csv;

/**
 * A record the tokenizer cannot read. {@code recoverable} means the tokenizer has moved on to the next line and
 * can go on; an unterminated quote is not, since it swallows the rest of the file.
 */
final class CsvSyntaxException extends RuntimeException {
  final long line;
  final int column;
  final boolean recoverable;
  final String content;

  CsvSyntaxException(String message, long line, int column, boolean recoverable, String content) {
    super(message);
    this.line = line;
    this.column = column;
    this.recoverable = recoverable;
    this.content = content;
  }
}
