package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.engagementjdbc.Db;
import com.engagementjdbc.SqlAssert;
import com.engagementjdbc.schema.SourceCache;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file larger than the cache budget is streamed: read anew by each query, a chunk at a time, with the same
 * columns, answers, rejects and errors as the same file read into memory. A budget of one byte
 * ({@link Db#streamed}) makes every file larger than the budget.
 */
class StreamingTest {
  private final long budget = SourceCache.SHARED.budget();
  @TempDir Path dir;

  @AfterEach void restoreBudget() {
    SourceCache.SHARED.budget(budget);
  }

  /**
   * Rows of posts: id i, platform by i % 3, likes i % 100 (NULL every 7th row), posted on day i % 28 of February
   * 2026; rows over two lines and rows with a field too many along the way.
   */
  private static String posts(int rows) {
    StringBuilder csv = new StringBuilder("id,platform,likes,posted,caption\r\n");
    String[] platforms = {"instagram", "linkedin", "tiktok"};
    for (int i = 1; i <= rows; i++) {
      csv.append(i).append(',').append(platforms[i % 3]).append(',').append(i % 7 == 0 ? "" : i % 100).append(',')
          .append(String.format("2026-02-%02d", i % 28 + 1)).append(',');
      csv.append(i % 1000 == 0 ? "\"over\ntwo lines, \"\"quoted\"\"\"" : "caption " + i);
      csv.append(i % 25_000 == 0 ? ",extra\r\n" : "\r\n");
    }
    return csv.toString();
  }

  private void assertSameStreamedAndInMemory(String sql, String... properties) throws Exception {
    List<List<Object>> inMemory = Db.rows(dir, sql, properties);
    assertEquals(inMemory, Db.streamed(() -> Db.rows(dir, sql, properties)), sql);
  }

  @Test void aStreamedFileAnswersAsTheFileInMemory() throws Exception {
    // 100 000 rows: 5.5 MB of text, five chunks of the stream
    Db.write(dir, "posts.csv", posts(100_000));
    // 4 rows have a field too many (25 000, 50 000...): with onError=skip they are left out and listed
    List<List<Object>> counts = Db.streamed(() -> Db.rows(dir, "select count(*), count(likes) from posts",
        "onError=skip"));
    // 100 000 rows less 4 skipped; likes NULL on the 14 285 multiples of 7, of which 25 000..100 000 are none
    assertEquals(List.of(Db.row(99_996L, 85_711L)), counts);
    for (String sql : List.of(
        "select platform, count(*), sum(likes), min(posted), max(posted) from posts group by platform order by 1",
        "select id, caption from posts where caption like 'over%' order by id desc limit 3",
        "select id, likes from posts where likes between 10 and 12 and platform = 'tiktok' order by id limit 5",
        "select count(*) from posts where likes is null",
        "select * from posts limit 2",
        "select line, \"column\", action, reason from sys.rejects order by line",
        "select table_name, type, null_count, reason from sys.source_columns order by ordinal_position",
        "select encoding, delimiter, header, row_count, rejected_rows from sys.sources")) {
      assertSameStreamedAndInMemory(sql, "onError=skip");
    }
    assertEquals(List.of(Db.row("csv, streamed", 99_996L)),
        Db.streamed(() -> Db.rows(dir, "select format, row_count from sys.sources", "onError=skip")));
  }

  /**
   * 2 million rows, 110 MB, in a JVM of 64 MB: the default budget (a quarter of the heap) is far below the file,
   * which is streamed, and queries answer without running out of memory.
   */
  @Test void aFileLargerThanTheHeapIsStreamed() throws Exception {
    int rows = 2_000_000;
    try (var out = Files.newBufferedWriter(dir.resolve("posts.csv"))) {
      out.write("id,platform,likes,caption\n");
      for (int i = 1; i <= rows; i++) {
        out.write(i + "," + (i % 2 == 0 ? "tiktok" : "instagram") + "," + i % 100 + ",caption of post " + i
            + " with a few words\n");
      }
    }
    // likes: i % 100 over 1..2 000 000 is 20 000 runs of 0..99 (4 950 each); the odd i hold the odd remainders
    // (50 per run, summing to 2 500), the even ones the even remainders (2 450)
    assertEquals(List.of("[[2000000, 99000000]]", "[[instagram, 1000000, 50000000], [tiktok, 1000000, 49000000]]",
            "[[csv, streamed]]"),
        QueryProcess.run("64m", dir, "-", "select count(*), sum(likes) from posts",
            "select platform, count(*), sum(likes) from posts group by platform order by 1",
            "select format from sys.sources"));
  }

  @Test void badRowsFailPadOrAreLeftOutAsInMemory() throws Exception {
    Db.write(dir, "posts.csv", posts(30_000));
    // the first bad row, 25 000, is on line 2 + 24 999 + 24 (the 24 captions over two lines before it)
    SqlAssert.fails(() -> Db.streamed(() -> Db.rows(dir, "select count(*) from posts")), "22P04",
        "posts.csv: line 25025",
        "expected 5 fields, found 6");
    assertSameStreamedAndInMemory("select id, caption from posts where id between 24999 and 25001 order by id",
        "onError=null");
    assertSameStreamedAndInMemory("select line, action from sys.rejects", "onError=null");
  }

  @Test void aCellThatDoesNotReadAsItsDeclaredTypeIsARejectBeforeAnyQuery() throws Exception {
    Db.write(dir, "posts.csv", "id,likes\n1,10\n2,many\n3,30\n");
    SqlAssert.fails(() -> Db.streamed(() -> Db.rows(dir, "select sum(likes) from posts", "column.likes=INTEGER")),
        "22018",
        "posts.csv: line 3, column 2: 'many' is not a valid INTEGER");
    assertSameStreamedAndInMemory("select id, likes from posts order by id", "column.likes=INTEGER", "onError=skip");
    assertSameStreamedAndInMemory("select id, likes from posts order by id", "column.likes=INTEGER", "onError=null");
    assertEquals(List.of(Db.row(1L)), Db.streamed(() -> Db.rows(dir, "select null_count from sys.source_columns"
        + " where column_name = 'likes'", "column.likes=INTEGER", "onError=null")));
    assertEquals(List.of(Db.row(2L, 40L)), Db.streamed(() -> Db.rows(dir, "select count(*), sum(likes) from posts",
        "column.likes=INTEGER", "onError=skip")));
  }

  @Test void encodingsGzipAndFilesWithoutHeader() throws Exception {
    // windows-1252 bytes (é = 0xE9) far into the file: the first read falls back from UTF-8 when it meets them
    String latin = "name,likes\n" + "plain,1\n".repeat(200_000) + "café,2\n";
    Db.write(dir, "latin.csv", latin, Charset.forName("windows-1252"));
    assertEquals(List.of(Db.row("café", "windows-1252 (not valid UTF-8)")), Db.streamed(() -> Db.rows(dir,
        "select l.name, s.encoding from latin l, sys.sources s where l.likes = 2")));
    SqlAssert.fails(() -> Db.streamed(() -> Db.rows(dir, "select count(*) from latin", "encoding=UTF-8")), "22021",
        "latin.csv: line 200002: bytes that are not valid UTF-8");
    Files.delete(dir.resolve("latin.csv"));
    Db.writeGzip(dir, "numbers.csv.gz", "1;2,5;10\n2;3,5;20\n3;4,5;30\n");
    assertSameStreamedAndInMemory("select * from numbers order by 1");
    // 1 + 2 + 3 and 2.5 + 3.5 + 4.5: every line holds numbers, so there is no header
    assertEquals(List.of(Db.row(6L, 10.5, false)), Db.streamed(() -> Db.rows(dir,
        "select sum(column_1), sum(column_2), (select header from sys.sources) from numbers")));
  }

  @Test void nonAsciiDelimitersAndBytesWindows1252Lacks() throws Exception {
    Db.write(dir, "s.csv", "campagne§abonnés\nSoldes d'été§12\n", StandardCharsets.UTF_8);
    assertSameStreamedAndInMemory("select * from s", "delimiter=§");
    // in UTF-8, the euro sign is beyond the Latin-1 text a non-ASCII delimiter is read in
    Db.write(dir, "s.csv", "campagne§abonnés\nSoldes§12\nà 5 €§3\n", StandardCharsets.UTF_8);
    SqlAssert.fails(() -> Db.streamed(() -> Db.rows(dir, "select * from s", "delimiter=§")), "0A000", "s.csv: line 3",
        "beyond ISO-8859-1");
    Files.delete(dir.resolve("s.csv"));
    // 0x81 is no character of windows-1252: a file that is not UTF-8 still reads, the byte as U+FFFD
    Db.write(dir, "odd.csv", "name,likes\ncaf\u00e9,1\n", StandardCharsets.ISO_8859_1);
    byte[] bytes = Files.readAllBytes(dir.resolve("odd.csv"));
    bytes[bytes.length - 4] = (byte) 0x81;
    Files.write(dir.resolve("odd.csv"), bytes);
    assertSameStreamedAndInMemory("select name, likes from odd");
    assertEquals(List.of(Db.row("caf\uFFFD", 1)), Db.rows(dir, "select name, likes from odd"));
  }

  @Test void aChangedFileIsReadAgainAndNeverMixed() throws Exception {
    Path file = Db.write(dir, "posts.csv", "likes\n1\n2\n");
    SourceCache.SHARED.budget(1);
    try (Connection connection = Db.connect(dir)) {
      assertEquals(List.of(Db.row(3L)), Db.rows(connection, "select sum(likes) from posts"));
      Files.writeString(file, "likes\n10\n20\n30\n");
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
      assertEquals(List.of(Db.row(60L)), Db.rows(connection, "select sum(likes) from posts"));
    }
  }

  @Test void jsonFilesOfEveryShapeAreStreamedAsInMemory() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 50_000; i++) {
      lines.append("{\"id\": ").append(i).append(", \"profile\": {\"city\": \"c").append(i % 7).append("\"}")
          .append(i % 3 == 0 ? ", \"signup\": \"2026-01-" + String.format("%02d", i % 28 + 1) + "\"" : "")
          .append(", \"tags\": [\"a\", \"b\"]}\n");
      if (i % 20_000 == 0) {
        lines.append("[\"not a row\"]\n").append("{broken\n");
      }
    }
    Db.write(dir, "contacts.ndjson", lines.toString());
    Db.write(dir, "api.json", "{\"paging\": {\"next\": null}, \"data\": [{\"n\": 1}, {\"n\": 2.5}, 7, {\"m\": \"x\"}],"
        + " \"total\": 3}");
    Db.write(dir, "single.json", "{\"a\": {\"b\": true}}");
    Db.write(dir, "listed.json", "[\n{\"k\": \"2026-03-01T10:00:00Z\"},\n{\"k\": null}\n]\n");
    for (String sql : List.of(
        "select count(*), count(signup), min(signup), max(signup), count(distinct \"profile.city\") from contacts",
        "select id, tags from contacts where id in (1, 19999, 50000) order by id",
        "select * from api order by 1, 2",
        "select * from single",
        "select * from listed",
        "select table_name, line, \"column\", reason from sys.rejects order by 1, 2",
        "select table_name, column_name, type, null_count from sys.source_columns order by 1, ordinal_position",
        "select table_name, format, row_count from sys.sources order by 1")) {
      assertSameStreamedAndInMemory(sql.replace("format,", "replace(format, ', streamed', ''),"), "onError=skip");
    }
    // 50 000 rows: the two lines after rows 20 000 and 40 000 are not rows
    assertEquals(List.of(Db.row("json: NDJSON (one object per line), streamed", 50_000L, 4)), Db.streamed(() ->
        Db.rows(dir, "select format, row_count, rejected_rows from sys.sources where table_name = 'contacts'",
            "onError=skip")));
    SqlAssert.fails(() -> Db.streamed(() -> Db.rows(dir, "select count(*) from contacts")), "22P04",
        "contacts.ndjson: line 20001", "a row must be a JSON object, found array");
  }

  @Test void linkConversionsAndFileSetsReadStreamedTables() throws Exception {
    Db.write(dir, "touches.csv", "contact_id,ts,channel\n1,2026-03-01 10:00:00,email\n1,2026-03-02 10:00:00,ads\n"
        + "2,2026-03-01 09:00:00,social\n");
    Db.write(dir, "conversions.csv", "conversion_id,contact_id,ts,value\nc1,1,2026-03-03 10:00:00,100\n"
        + "c2,2,2026-03-05 09:00:00,50\n");
    assertSameStreamedAndInMemory("select conversion_id, channel, credit from table(link_conversions('touches',"
        + " 'conversions', 'linear', 30)) order by 1, 2");
    Db.write(dir, "sales_2026-01.csv", "sale_day,amount\n2026-01-05,10\n");
    Db.write(dir, "sales_2026-02.csv", "sale_day,amount,note\n2026-02-05,2.5,promo\n");
    assertSameStreamedAndInMemory("select sale_day, amount, note, source_file from sales order by sale_day");
  }
}
