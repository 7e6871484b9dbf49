package com.engagementjdbc.source.csv;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.OnError;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.RecordTable;
import com.engagementjdbc.source.Reject;
import com.engagementjdbc.source.SourceText;
import com.engagementjdbc.source.TextCells;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file into a {@link Dataset}, in phases that each use the previous one's result: decode the bytes,
 * pick the quote and the delimiter, split every record, then let {@link RecordTable} decide the header, infer the
 * types and convert. Rows that do not fit become {@link Reject}s handled as {@link OnError} says.
 */
public final class CsvReader {
  private final String fileName;
  private final ReadOptions options;
  private final List<Reject> rejects = new ArrayList<>();

  private CsvReader(String fileName, ReadOptions options) {
    this.fileName = fileName;
    this.options = options;
  }

  /** Reads a file; {@code fileName} is how messages name it (its path relative to the connection's folder). */
  public static Dataset read(Path file, String fileName, ReadOptions options) {
    SourceText source = SourceText.decode(SourceText.readBytes(file), options.encoding(), fileName);
    return new CsvReader(fileName, options).read(source);
  }

  private Dataset read(SourceText source) {
    char quote = options.quote() != null ? options.quote() : DialectSniffer.quote(source.text());
    char delimiter = options.delimiter() != null
        ? options.delimiter() : DialectSniffer.delimiter(source.text(), quote);
    TextCells cells = split(source.text(), delimiter, quote);
    Dialect dialect = new Dialect("csv", source.encoding(), delimiter, quote, false);
    return new RecordTable(fileName, options, rejects).build(cells, delimiter, dialect);
  }

  /** Every record, each with as many fields as the first; the others become rejects. */
  private TextCells split(String text, char delimiter, char quote) {
    CsvTokenizer tokenizer = new CsvTokenizer(text, delimiter, quote);
    TextCells cells = null;
    int width = -1;
    while (true) {
      try {
        if (!tokenizer.next()) {
          break;
        }
      } catch (CsvSyntaxException e) {
        rejects.add(new Reject(e.line, e.column, SqlState.BAD_FILE_FORMAT, e.getMessage(), skipOrFail(), e.content));
        if (e.recoverable) {
          continue;
        }
        break;
      }
      int size = tokenizer.size();
      if (width < 0) {
        width = size;
        cells = new TextCells(width);
      }
      if (size == width) {
        cells.add(tokenizer.line(), tokenizer);
        continue;
      }
      String reason = "expected " + width + " fields, found " + size;
      if (options.onError() == OnError.NULL) {
        String action = size < width ? Reject.PADDED : Reject.TRUNCATED;
        rejects.add(new Reject(tokenizer.line(), 0, SqlState.BAD_FILE_FORMAT, reason, action, tokenizer.content()));
        List<String> fitted = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
          fitted.add(i < size ? tokenizer.field(i) : "");
        }
        cells.add(tokenizer.line(), fitted);
      } else {
        rejects.add(new Reject(tokenizer.line(), 0, SqlState.BAD_FILE_FORMAT, reason, skipOrFail(),
            tokenizer.content()));
      }
    }
    return cells != null ? cells : new TextCells(0);
  }

  /** A row that cannot be mended: with {@code onError=null} too, it is left out. */
  private String skipOrFail() {
    return options.onError() == OnError.FAIL ? Reject.FAILED : Reject.SKIPPED;
  }
}
