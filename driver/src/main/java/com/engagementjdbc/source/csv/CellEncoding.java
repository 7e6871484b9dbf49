package com.engagementjdbc.source.csv;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.SourceText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The bytes {@link CsvTokenizer} reads a dialect's text in: an encoding in which the delimiter and the quote are
 * single bytes that no other character contains. That is the file's own encoding when it is UTF-8 (with an ASCII
 * delimiter and quote) or a single-byte encoding that keeps ASCII; text in any other encoding, or with a delimiter
 * or quote outside ASCII in UTF-8, is re-encoded first: as UTF-8, or as ISO-8859-1 for a non-ASCII delimiter.
 */
record CellEncoding(Charset charset, byte delimiter, byte quote, byte escape) {
  /** Quotes inside quoted fields written twice ({@code ""}), as RFC 4180 has it. */
  CellEncoding(Charset charset, byte delimiter, byte quote) {
    this(charset, delimiter, quote, quote);
  }

  /**
   * The same encoding where {@code escape} before a quote (or before itself) inside a quoted field makes it a
   * character of the field ({@code "say \"hi\""}); null keeps quotes doubled. An escape that is not a single
   * ASCII byte is refused, as a delimiter would be.
   */
  CellEncoding withEscape(Character escape, String fileName) {
    if (escape == null) {
      return this;
    }
    if (escape >= 0x80) {
      throw new EngagementException(SqlState.FEATURE_NOT_SUPPORTED, fileName + ": the escape character '" + escape
          + "' is not ASCII, which an escape character must be");
    }
    return new CellEncoding(charset, delimiter, quote, (byte) escape.charValue());
  }

  /** True when quotes inside quoted fields are escaped by another character than the quote. */
  boolean escapes() {
    return escape != quote;
  }

  /** The file's own encoding when its bytes can be read as they are, else null. */
  static CellEncoding of(Charset charset, char delimiter, char quote) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return delimiter < 0x80 && quote < 0x80 ? new CellEncoding(charset, (byte) delimiter, (byte) quote) : null;
    }
    if (!SourceText.keepsAscii(charset)) {
      return null;
    }
    byte[] delimiterBytes = String.valueOf(delimiter).getBytes(charset);
    byte[] quoteBytes = String.valueOf(quote).getBytes(charset);
    if (delimiterBytes.length != 1 || quoteBytes.length != 1
        || !new String(delimiterBytes, charset).equals(String.valueOf(delimiter))
        || !new String(quoteBytes, charset).equals(String.valueOf(quote))) {
      return null;
    }
    return new CellEncoding(charset, delimiterBytes[0], quoteBytes[0]);
  }

  /** How text already decoded is encoded again for the dialect: UTF-8, or ISO-8859-1 for a non-ASCII delimiter. */
  static CellEncoding forText(char delimiter, char quote, String fileName) {
    if (delimiter < 0x80 && quote < 0x80) {
      return new CellEncoding(StandardCharsets.UTF_8, (byte) delimiter, (byte) quote);
    }
    if (delimiter <= 0xFF && quote <= 0xFF) {
      return new CellEncoding(StandardCharsets.ISO_8859_1, (byte) delimiter, (byte) quote);
    }
    throw new EngagementException(SqlState.FEATURE_NOT_SUPPORTED, fileName + ": the delimiter '" + delimiter
        + "' or quote '" + quote + "' is not a character of ISO-8859-1 (Latin-1), which a delimiter or quote outside"
        + " ASCII must be");
  }

  /**
   * The bytes of decoded text in this encoding; for ISO-8859-1, only text without characters beyond it, else
   * {@link #notLatin1}. {@code firstLine} numbers the text's first line, for the message.
   */
  byte[] encode(String text, long firstLine, String fileName) {
    if (charset.equals(StandardCharsets.ISO_8859_1)) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) > 0xFF) {
          throw notLatin1(firstLine + text.substring(0, i).chars().filter(c -> c == '\n').count(), fileName);
        }
      }
    }
    return text.getBytes(charset);
  }

  private EngagementException notLatin1(long line, String fileName) {
    return new EngagementException(SqlState.FEATURE_NOT_SUPPORTED, fileName + ": line " + line + ": a character"
        + " beyond ISO-8859-1 (Latin-1) in a file whose delimiter '" + (char) (delimiter & 0xFF) + "' or quote '"
        + (char) (quote & 0xFF) + "' is not ASCII; use an ASCII delimiter and quote (such as , ; | or tab)");
  }
}
