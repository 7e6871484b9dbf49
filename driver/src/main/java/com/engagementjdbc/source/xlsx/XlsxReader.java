package com.engagementjdbc.source.xlsx;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.Dialect;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.RecordTable;
import com.engagementjdbc.source.TextCells;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads one sheet of an {@code .xlsx} workbook, streaming, into the same pipeline as CSV ({@link RecordTable}):
 * numeric cells give their exact decimal text, date-formatted cells ISO dates or timestamps, booleans
 * {@code true}/{@code false}, formulas their cached value; so headers, types and errors follow the same rules. Row
 * numbers are the sheet's.
 */
public final class XlsxReader {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private XlsxReader() {
  }

  /** The sheet names of a workbook, read from it. */
  public static List<String> sheetNames(Path file) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      return workbook.getSheets().map(Sheet::getName).toList();
    } catch (IOException | RuntimeException e) {
      throw unreadable(file.getFileName().toString(), e);
    }
  }

  public static Dataset read(Path file, String fileName, ReadOptions options) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      Sheet sheet = sheet(workbook, options.sheet(), fileName);
      List<String[]> records = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      int width = 0;
      try (Stream<Row> rows = sheet.openStream()) {
        for (Row row : (Iterable<Row>) rows::iterator) {
          String[] cells = new String[row.getCellCount()];
          boolean empty = true;
          for (int i = 0; i < cells.length; i++) {
            cells[i] = text(row.getCell(i));
            empty &= cells[i].isEmpty();
          }
          if (!empty) {
            records.add(cells);
            lines.add((long) row.getRowNum());
            width = Math.max(width, cells.length);
          }
        }
      }
      // a row of a sheet ends at its last filled cell: shorter rows are not malformed
      TextCells padded = new TextCells(width);
      for (int r = 0; r < records.size(); r++) {
        List<String> cells = new ArrayList<>(Arrays.asList(records.get(r)));
        while (cells.size() < width) {
          cells.add("");
        }
        padded.add(lines.get(r), cells);
      }
      Dialect dialect = new Dialect("xlsx, sheet '" + sheet.getName() + "'", "xlsx", null, null, false);
      return new RecordTable(fileName, options, List.of()).build(padded, ',', dialect);
    } catch (IOException | RuntimeException e) {
      if (e instanceof EngagementException engagement) {
        throw engagement;
      }
      throw unreadable(fileName, e);
    }
  }

  private static Sheet sheet(ReadableWorkbook workbook, String wanted, String fileName) {
    if (wanted == null) {
      return workbook.getFirstSheet();
    }
    return workbook.findSheet(wanted).orElseThrow(() -> new EngagementException(SqlState.INVALID_PARAMETER_VALUE,
        fileName + ": no sheet named '" + wanted + "'; sheets: "
            + String.join(", ", workbook.getSheets().map(Sheet::getName).toList())));
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case NUMBER:
        if (isDateFormat(cell.getDataFormatString())) {
          LocalDateTime moment = cell.asDate();
          return moment.toLocalTime().toSecondOfDay() == 0 ? moment.toLocalDate().toString() : TIMESTAMP.format(moment);
        }
        return cell.asNumber().stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return cell.asBoolean().toString();
      default:
        String raw = cell.getRawValue();
        return raw == null ? cell.getText() : raw;
    }
  }

  /** A number format that shows a date or time: it has y, d or h outside quoted text and [..] sections. */
  static boolean isDateFormat(String format) {
    if (format == null) {
      return false;
    }
    String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
    return bare.indexOf('y') >= 0 || bare.indexOf('d') >= 0 || bare.indexOf('h') >= 0;
  }

  private static EngagementException unreadable(String fileName, Exception e) {
    return new EngagementException(SqlState.BAD_FILE_FORMAT, fileName + ": not a readable .xlsx workbook ("
        + e.getMessage() + ")", e);
  }
}
