package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything the driver keeps between queries is counted in the cache's budget and dropped with its files: the
 * merged columns of file sets, the touch paths of LINK_CONVERSIONS (which must not hold the conversions file),
 * workbooks' sheet names. Data four times the budget is queried in a JVM of its own, and the live heap it then
 * holds is compared with the heap before, after full collections.
 */
class MemoryBudgetTest {
  private static final long BUDGET = 8L << 20;
  /**
   * Live data the JVM gains beyond the cache over these 30 statements, whatever the files: their plans and
   * generated classes, Calcite's metadata caches, the JIT's profiles. Measured at 2-4 MB here; far below what the
   * data would leave behind uncounted (the sets alone hold 32 MB of columns with their merged copies).
   */
  private static final long TOLERANCE = 8L << 20;
  private static final String[] NAMES = {"a", "b", "c", "d", "e", "f", "g", "h"};

  @TempDir Path dir;

  @Test void fileSetsWorkbooksAndLinkagesStayWithinTheBudget() throws Exception {
    List<String> queries = new ArrayList<>(List.of("select count(*) from book_a", QueryProcess.HEAP));
    for (String name : NAMES) {
      // 2 files of 50 000 rows, id INTEGER, n BIGINT, x DOUBLE: 1 MB of columns each, 2 MB more merged
      for (int part = 1; part <= 2; part++) {
        StringBuilder csv = new StringBuilder("id,n,x\n");
        for (int i = 0; i < 50_000; i++) {
          csv.append(i).append(',').append(i * 1_000_003L).append(',').append(i / 8.0).append('\n');
        }
        Db.write(dir, "sales_" + name + "_" + part + ".csv", csv.toString());
      }
      queries.add("select count(*), sum(n), max(x) from sales_" + name);
    }
    for (String name : List.of("a", "b", "c")) {
      // text contact ids: 60 000 touches of 5 000 contacts, 30 000 conversions of 6 000
      StringBuilder touches = new StringBuilder("contact_id,ts,channel\n");
      for (int i = 0; i < 60_000; i++) {
        touches.append("c").append(i % 5000).append(",2026-03-").append(String.format("%02d", 1 + i % 27))
            .append(" 10:00:00,ch").append(i % 7).append('\n');
      }
      StringBuilder conversions = new StringBuilder("conversion_id,contact_id,ts,value\n");
      for (int i = 0; i < 30_000; i++) {
        conversions.append("v").append(i).append(",c").append(i % 6000).append(",2026-03-28 12:00:00,")
            .append(i % 90).append('\n');
      }
      Db.write(dir, "touches_" + name + ".csv", touches.toString());
      Db.write(dir, "conversions_" + name + ".csv", conversions.toString());
      queries.add("select count(*) from table(link_conversions('touches_" + name + "', 'conversions_" + name
          + "'))");
    }
    for (String name : List.of("a", "b", "c")) {
      workbook("book_" + name + ".xlsx");
      queries.add("select count(*) from book_" + name + "_spend");
    }
    queries.add(QueryProcess.HEAP);
    List<String> output = QueryProcess.run("256m -Dengagement.cacheSize=" + BUDGET, dir, "-",
        queries.toArray(String[]::new));
    long[] before = numbers(output.get(1));
    long[] after = numbers(output.get(output.size() - 1));
    assertEquals(queries.size(), output.size(), output::toString);
    assertTrue(after[1] <= BUDGET, () -> "the cache holds " + after[1] + " bytes: " + output);
    long gained = after[0] - before[0];
    assertTrue(gained <= BUDGET + TOLERANCE, () -> "the heap gained " + (gained >> 20) + " MB: " + output);
  }

  private static long[] numbers(String line) {
    String[] parts = line.split(" ");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
  }

  private void workbook(String name) throws Exception {
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet posts = workbook.newWorksheet("Posts");
      posts.value(0, 0, "likes");
      posts.value(1, 0, 120);
      Worksheet spend = workbook.newWorksheet("Spend");
      spend.value(0, 0, "spend");
      spend.value(1, 0, 12.5);
      workbook.finish();
    }
  }
}
