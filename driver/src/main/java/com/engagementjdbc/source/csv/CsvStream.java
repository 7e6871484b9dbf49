package com.engagementjdbc.source.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * CSV records read from a stream of text, holding one chunk of it at a time: a file too large to keep in memory
 * is read this way. Each chunk is tokenized in memory; a record that may go on past the end of the chunk (it
 * reaches the end, or a quote is still open there) is carried over and read again with the next chunk, so
 * records, line numbers and errors are those of reading the whole text at once.
 */
final class CsvStream implements CsvRecords {
  static final int CHUNK_CHARS = 1 << 20;

  private final Reader reader;
  private final char delimiter;
  private final char quote;
  private final char[] buffer;
  private String text = "";
  private CsvTokenizer tokenizer;
  private boolean endOfInput;

  CsvStream(Reader reader, char delimiter, char quote) {
    this(reader, delimiter, quote, CHUNK_CHARS);
  }

  /** With chunks of {@code chunkChars} characters: small chunks let tests put a chunk boundary anywhere. */
  CsvStream(Reader reader, char delimiter, char quote, int chunkChars) {
    this.reader = reader;
    this.delimiter = delimiter;
    this.quote = quote;
    this.buffer = new char[chunkChars];
    this.tokenizer = new CsvTokenizer(text, delimiter, quote, 0, 0, 1);
  }

  @Override public boolean next() {
    while (true) {
      // carried from before any empty lines: a CR at the end of a chunk may be half of a CRLF
      int start = tokenizer.position();
      long startLine = tokenizer.currentLine();
      if (endOfInput) {
        return tokenizer.next();
      }
      try {
        if (tokenizer.next() && tokenizer.position() < text.length()) {
          return true;
        }
      } catch (CsvSyntaxException e) {
        if (tokenizer.position() < text.length() && e.recoverable) {
          throw e;
        }
      }
      // the record reached the end of the chunk: it may go on in the next one
      readMore(start, startLine);
    }
  }

  /** Keeps the text from {@code start} on and appends at least a chunk more, or all that is left. */
  private void readMore(int start, long startLine) {
    StringBuilder more = new StringBuilder(text.length() - start + buffer.length);
    more.append(text, start, text.length());
    // a record longer than a chunk: read as much again, so a long record is not re-tokenized chunk by chunk
    int wanted = Math.max(buffer.length, text.length() - start);
    int read = 0;
    try {
      while (read < wanted) {
        int n = reader.read(buffer, 0, Math.min(buffer.length, wanted - read));
        if (n < 0) {
          endOfInput = true;
          break;
        }
        more.append(buffer, 0, n);
        read += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    text = more.toString();
    tokenizer = new CsvTokenizer(text, delimiter, quote, 0, text.length(), startLine);
  }

  @Override public int size() {
    return tokenizer.size();
  }

  @Override public void appendTo(int index, StringBuilder target) {
    tokenizer.appendTo(index, target);
  }

  @Override public String field(int index) {
    return tokenizer.field(index);
  }

  @Override public long line() {
    return tokenizer.line();
  }

  @Override public String content() {
    return tokenizer.content();
  }
}
