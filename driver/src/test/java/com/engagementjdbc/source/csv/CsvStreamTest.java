package com.engagementjdbc.source.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading CSV text chunk by chunk gives exactly the records, line numbers and errors of reading it whole, wherever
 * the chunks are cut: inside a quoted field, between the CR and LF of a line break, inside a doubled quote.
 */
class CsvStreamTest {
  private static final String TRICKY = "id,caption,likes\r\n"
      + "1,plain,10\r\n"
      + "\r\n"
      + "2,\"quoted, with comma\",20\n"
      + "3,\"two\r\nlines and \"\"quotes\"\"\",30\r"
      + "4,  spaced  ,40\r\r\n"
      + "5,\"closed\"x,50\n"
      + "6,short\n"
      + "7,\"" + "a long field ".repeat(20) + "\",70\n"
      + "8,last,80";

  private static final CellEncoding COMMA = new CellEncoding(StandardCharsets.UTF_8, (byte) ',', (byte) '"');

  private static CsvTokenizer tokenizer(String text) {
    return new CsvTokenizer(text.getBytes(StandardCharsets.UTF_8), COMMA);
  }

  /** Every record as its line and fields, and every error as its line, column and message, in order. */
  private static List<String> read(CsvRecords records) {
    List<String> out = new ArrayList<>();
    while (true) {
      try {
        if (!records.next()) {
          return out;
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
          fields.add(records.field(i));
        }
        out.add(records.line() + " " + fields);
      } catch (CsvSyntaxException e) {
        out.add("error " + e.line + ":" + e.column + " " + e.getMessage() + " [" + e.content + "]");
        if (!e.recoverable) {
          return out;
        }
      }
    }
  }

  private static void assertSameAsWhole(String text) {
    List<String> whole = read(tokenizer(text));
    for (int chunk = 1; chunk <= text.length() + 1; chunk++) {
      assertEquals(whole, read(new CsvStream(new StringReader(text), COMMA, "t.csv", chunk)), "chunks of " + chunk);
    }
  }

  @Test void chunksCutAnywhereReadAsTheWholeText() {
    List<String> whole = read(tokenizer(TRICKY));
    // the expectation, by hand: what the tokenizer makes of the text read whole
    assertEquals(List.of(
        "1 [id, caption, likes]",
        "2 [1, plain, 10]",
        "4 [2, quoted, with comma, 20]",
        "5 [3, two\r\nlines and \"quotes\", 30]",
        "7 [4, spaced, 40]",
        "error 9:11 unexpected character 'x' after the closing quote of a field (a quote inside a quoted field"
            + " must be doubled) [5,\"closed\"x,50]",
        "10 [6, short]",
        "11 [7, " + "a long field ".repeat(20) + ", 70]",
        "12 [8, last, 80]"), whole);
    assertSameAsWhole(TRICKY);
  }

  @Test void anUnterminatedQuoteIsReportedWhereItOpens() {
    String text = "a,b\n1,2\n3,\"never closed\n4,5\n";
    List<String> whole = read(tokenizer(text));
    assertEquals("error 3:3 unterminated quoted field: the quote opened at line 3, column 3 is never closed"
        + " [3,\"never closed\n4,5\n]", whole.get(2));
    assertSameAsWhole(text);
  }

  @Test void emptyTextAndTextWithoutRecords() {
    assertSameAsWhole("");
    assertSameAsWhole("\n\r\n\r");
    assertSameAsWhole("x");
  }
}
