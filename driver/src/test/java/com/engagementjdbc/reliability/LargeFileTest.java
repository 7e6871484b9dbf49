package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.engagementjdbc.Db;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files large enough to be split on several cores (parts of 4 M characters or more) give exactly what one reader
 * gives: every row once, physical line numbers in errors, and quoted fields across the cut between parts.
 */
class LargeFileTest {
  private static final int ROWS = 200_000;
  /** 20 characters, a line of the one big caption. */
  /** 20 characters: a line of the one big caption. */
  private static final String BIG_CAPTION_LINE = "a \"quoted\", caption\n";

  @TempDir Path dir;

  /**
   * Row {@code i} holds id i, likes i % 1000 and a caption; every 997th caption is quoted and spans two lines with
   * a doubled quote, every 50 000th row has a field too many. Returns the file's text.
   */
  private static String posts(int bigQuotedRow) {
    StringBuilder csv = new StringBuilder("id,likes,caption\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append(i).append(',').append(i % 1000).append(',');
      if (i == bigQuotedRow) {
        // one caption of 6 M characters over many lines: wherever the file is cut, a cut falls inside it, with
        // doubled quotes that a reader starting inside the field takes for the ends of fields
        csv.append('"').append(BIG_CAPTION_LINE.replace("\"", "\"\"").repeat(300_000)).append('"');
      } else if (i % 997 == 0) {
        csv.append("\"caption ").append(i).append(" says \"\"hi\"\"\nand goes on\"");
      } else {
        csv.append("caption number ").append(i).append(" with some words to make the file large");
      }
      if (i % 50_000 == 49_999) {
        csv.append(",extra");
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /** The physical line of row i: the header is line 1, and each 997th row before it took two lines. */
  private static long lineOf(int row) {
    return 2 + row + (row + 996) / 997;
  }

  @Test void splitOnCoresReadsEveryRowOnceWithItsLine() throws Exception {
    Db.write(dir, "posts.csv", posts(-1));
    // 4 rows with a field too many (49 999, 99 999, ...) are skipped; sum of i % 1000 over the rest
    long expectedSum = 0;
    List<List<Object>> expectedMultiline = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      if (i % 50_000 != 49_999) {
        expectedSum += i % 1000;
        if (i % 997 == 0) {
          expectedMultiline.add(Db.row(i, "caption " + i + " says \"hi\"\nand goes on"));
        }
      }
    }
    assertEquals(List.of(Db.row((long) ROWS - 4, expectedSum)),
        Db.rows(dir, "select count(*), sum(likes) from posts", "onError=skip"));
    assertEquals(expectedMultiline,
        Db.rows(dir, "select id, caption from posts where caption like '%goes on' order by id", "onError=skip"));
    assertEquals(List.of(Db.row(lineOf(49_999)), Db.row(lineOf(99_999)), Db.row(lineOf(149_999)),
        Db.row(lineOf(199_999))), Db.rows(dir, "select line from sys.rejects order by line", "onError=skip"));
    // the caption of the row after a multi-line one is where it belongs
    assertEquals(List.of(Db.row("caption number 99701 with some words to make the file large")),
        Db.rows(dir, "select caption from posts where id = 99701", "onError=skip"));
  }

  @Test void aQuotedFieldAcrossTheCutIsReadWhole() throws Exception {
    Db.write(dir, "posts.csv", posts(100_000));
    assertEquals(List.of(Db.row(6_000_000, (long) ROWS - 4)), Db.rows(dir,
        "select max(char_length(caption)), count(*) from posts", "onError=skip"));
    assertEquals(List.of(Db.row(BIG_CAPTION_LINE.repeat(300_000))),
        Db.rows(dir, "select caption from posts where id = 100000", "onError=skip"));
  }
}
