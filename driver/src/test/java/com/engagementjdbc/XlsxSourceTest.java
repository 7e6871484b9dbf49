package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .xlsx workbooks, written here with fastexcel, read as tables: first sheet, every sheet, typed cells. */
class XlsxSourceTest {
  @TempDir Path dir;

  private void workbook(String name) throws Exception {
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet posts = workbook.newWorksheet("Posts");
      posts.value(0, 0, "post_id");
      posts.value(0, 1, "likes");
      posts.value(0, 2, "rate");
      posts.value(0, 3, "published");
      posts.value(0, 4, "at");
      posts.value(0, 5, "boosted");
      posts.value(1, 0, "P1");
      posts.value(1, 1, 120);
      posts.value(1, 2, 0.034);
      posts.value(1, 3, LocalDate.of(2026, 3, 14));
      posts.style(1, 3).format("yyyy-mm-dd").set();
      posts.value(1, 4, LocalDateTime.of(2026, 3, 14, 18, 5));
      posts.style(1, 4).format("yyyy-mm-dd hh:mm").set();
      posts.value(1, 5, true);
      posts.value(2, 0, "P2");
      posts.value(2, 1, 7);
      // row 3 ends early: its empty cells are NULL, not a malformed row
      Worksheet spend = workbook.newWorksheet("Ad Spend");
      spend.value(0, 0, "channel");
      spend.value(0, 1, "spend");
      spend.value(1, 0, "email");
      spend.value(1, 1, 12.5);
      workbook.finish();
    }
  }

  @Test void firstSheetAndEverySheetWithTypesFromTheCells() throws Exception {
    workbook("Campaign Report.xlsx");
    try (var connection = Db.connect(dir)) {
      assertEquals(List.of("post_id VARCHAR", "likes INTEGER", "rate DOUBLE", "published DATE", "at TIMESTAMP",
          "boosted BOOLEAN"), Db.columns(connection, "campaign_report"));
      assertEquals(List.of(Db.row("P1", 120, 0.034, Date.valueOf("2026-03-14"),
              Timestamp.valueOf("2026-03-14 18:05:00"), true), Db.row("P2", 7, null, null, null, null)),
          Db.rows(connection, "select * from campaign_report order by post_id"));
      assertEquals(List.of(Db.row("email", 12.5)), Db.rows(connection, "select * from campaign_report_ad_spend"));
      assertEquals(List.of(Db.row(2L)), Db.rows(connection, "select count(*) from campaign_report_posts"));
      List<List<Object>> sources = Db.rows(connection,
          "select table_name, format from sys.sources order by table_name");
      assertEquals(Db.row("campaign_report_ad_spend", "xlsx, sheet 'Ad Spend'"), sources.get(1));
    }
  }

  @Test void textCellsAreTypedAsInACsvFile() throws Exception {
    try (OutputStream out = Files.newOutputStream(dir.resolve("spend.xlsx"))) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("Spend");
      String[][] rows = {{"campaign", "cost", "ctr", "watch"}, {"A", "$0.10", "3.53%", "0:02:53"},
          {"B", "$0.10", "--", "1:00:00"}, {"C", "($0.10)", "-5%", "0:00:07"}};
      for (int row = 0; row < rows.length; row++) {
        for (int column = 0; column < rows[row].length; column++) {
          sheet.value(row, column, rows[row][column]);
        }
      }
      workbook.finish();
    }
    assertEquals(List.of("campaign VARCHAR", "cost DECIMAL", "ctr DOUBLE", "watch INTEGER"), Db.columns(dir, "spend"));
    // 0.10 + 0.10 - 0.10 = 0.10; 0.0353 - 0.05 = -0.0147 ('--' is NULL); 173 + 3600 + 7 = 3780 s
    List<List<Object>> sums = Db.rows(dir, "select sum(cost), sum(ctr), count(ctr), sum(watch) from spend");
    assertEquals(new java.math.BigDecimal("0.10"), sums.get(0).get(0));
    assertEquals(-0.0147, (Double) sums.get(0).get(1), 1e-15);
    assertEquals(List.of(2L, 3780L), sums.get(0).subList(2, 4));
  }

  @Test void aSidecarPicksTheSheetAndABrokenWorkbookIsAClearError() throws Exception {
    workbook("report.xlsx");
    Db.write(dir, "report.xlsx.properties", "sheet=Ad Spend\n");
    assertEquals(List.of(Db.row("email", 12.5)), Db.rows(dir, "select * from report"));
    Db.write(dir, "broken.xlsx", "not a zip at all");
    SqlAssert.fails(() -> Db.rows(dir, "select * from broken"), "22P04", "broken.xlsx: not a readable .xlsx workbook");
    List<String> tables = new ArrayList<>();
    try (var connection = Db.connect(dir);
         var rows = connection.getMetaData().getTables(null, "files", null, null)) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    assertTrue(tables.containsAll(List.of("report", "report_posts", "report_ad_spend", "broken")), tables.toString());
    // tools listing every column still work with the broken workbook in the folder
    int columns = 0;
    try (var connection = Db.connect(dir);
         var rows = connection.getMetaData().getColumns(null, "files", null, null)) {
      while (rows.next()) {
        columns++;
      }
    }
    assertTrue(columns > 6, "columns listed: " + columns);
    assertEquals(List.of(Db.row("broken", "broken.xlsx: not a readable .xlsx workbook")), Db.rows(dir,
        "select table_name, substring(error from 1 for 42) from sys.sources where error is not null"));
  }
}
