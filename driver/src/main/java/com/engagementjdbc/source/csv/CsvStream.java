package com.engagementjdbc.source.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * CSV records read from a stream of text, holding one chunk of it at a time: a file too large to keep in memory
 * is read this way. Each chunk is encoded for the tokenizer ({@link CellEncoding#forText}) and tokenized in
 * memory; a record that may go on past the end of the chunk (it reaches the end, or a quote is still open there)
 * is carried over and read again with the next chunk, so records, line numbers and errors are those of reading
 * the whole text at once.
 */
final class CsvStream implements CsvRecords {
  static final int CHUNK_CHARS = 1 << 20;

  private final Reader reader;
  private final CellEncoding encoding;
  private final String fileName;
  private final char[] buffer;
  private byte[] text = new byte[0];
  private CsvTokenizer tokenizer;
  private boolean endOfInput;
  /** The high half of a surrogate pair read at the end of a chunk: encoded with its low half, in the next one. */
  private char heldBack;
  private boolean holdsBack;
  /** The line of the next character read, for the error on a character that ISO-8859-1 lacks. */
  private long nextCharLine = 1;

  CsvStream(Reader reader, CellEncoding encoding, String fileName) {
    this(reader, encoding, fileName, CHUNK_CHARS);
  }

  /** With chunks of {@code chunkChars} characters: small chunks let tests put a chunk boundary anywhere. */
  CsvStream(Reader reader, CellEncoding encoding, String fileName, int chunkChars) {
    this.reader = reader;
    this.encoding = encoding;
    this.fileName = fileName;
    this.buffer = new char[chunkChars];
    this.tokenizer = new CsvTokenizer(text, 0, encoding, 0, 0, 1);
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
        if (tokenizer.next() && tokenizer.position() < text.length) {
          return true;
        }
      } catch (CsvSyntaxException e) {
        if (tokenizer.position() < text.length && e.recoverable) {
          throw e;
        }
      }
      // the record reached the end of the chunk: it may go on in the next one
      readMore(start, startLine);
    }
  }

  /** Keeps the text from {@code start} on and appends at least a chunk more, or all that is left. */
  private void readMore(int start, long startLine) {
    StringBuilder more = new StringBuilder(buffer.length + 1);
    if (holdsBack) {
      more.append(heldBack);
      holdsBack = false;
    }
    // a record longer than a chunk: read as much again, so a long record is not re-tokenized chunk by chunk
    int wanted = Math.max(buffer.length, text.length - start);
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
    if (!endOfInput && more.length() > 0 && Character.isHighSurrogate(more.charAt(more.length() - 1))) {
      heldBack = more.charAt(more.length() - 1);
      holdsBack = true;
      more.setLength(more.length() - 1);
    }
    byte[] added = encoding.encode(more.toString(), nextCharLine, fileName);
    if (encoding.charset().equals(StandardCharsets.ISO_8859_1)) {
      for (byte b : added) {
        nextCharLine += b == '\n' ? 1 : 0;
      }
    }
    byte[] joined = new byte[text.length - start + added.length];
    System.arraycopy(text, start, joined, 0, text.length - start);
    System.arraycopy(added, 0, joined, text.length - start, added.length);
    text = joined;
    tokenizer = new CsvTokenizer(text, text.length, encoding, 0, text.length, startLine);
  }

  @Override public int size() {
    return tokenizer.size();
  }

  @Override public int start(int index) {
    return tokenizer.start(index);
  }

  @Override public int end(int index) {
    return tokenizer.end(index);
  }

  @Override public boolean doubledQuotes(int index) {
    return tokenizer.doubledQuotes(index);
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
