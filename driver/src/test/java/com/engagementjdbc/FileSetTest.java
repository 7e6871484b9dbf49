package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many files as one table: by the numbered-suffix rule or a glob in tables.properties. */
class FileSetTest {
  @TempDir Path dir;

  @Test void monthlyExportsAreOneTableWithWidenedTypesAndTheirFile() throws Exception {
    Db.write(dir, "posts_2026-01.csv", "id,likes,at\n1,10,2026-01-05\n");
    Db.write(dir, "posts_2026-02.csv", "id,likes,at,shares\n2,2.5,2026-02-01 10:00:00,7\n");
    try (var connection = Db.connect(dir)) {
      // likes: INTEGER then DOUBLE -> DOUBLE; at: DATE then TIMESTAMP -> TIMESTAMP; shares missing in January
      assertEquals(List.of("id INTEGER", "likes DOUBLE", "at TIMESTAMP", "shares INTEGER", "source_file VARCHAR"),
          Db.columns(connection, "posts"));
      assertEquals(List.of(Db.row(1, 10.0, Timestamp.valueOf("2026-01-05 00:00:00"), null, "posts_2026-01.csv"),
              Db.row(2, 2.5, Timestamp.valueOf("2026-02-01 10:00:00"), 7, "posts_2026-02.csv")),
          Db.rows(connection, "select * from posts order by id"));
      // a file added to the set is seen on the next query
      Db.write(dir, "posts_2026-03.csv", "id,likes,at\n3,1,2026-03-01\n");
      assertEquals(List.of(Db.row(3L)), Db.rows(connection, "select count(*) from posts"));
      assertEquals(List.of(Db.row("likes", "DOUBLE across files: INTEGER in posts_2026-01.csv, DOUBLE in"
              + " posts_2026-02.csv, INTEGER in posts_2026-03.csv")),
          Db.rows(connection, "select column_name, reason from sys.source_columns where column_name = 'likes'"));
    }
  }

  @Test void theSuffixAloneDecidesWhateverTheNameHolds() throws Exception {
    for (String stem : List.of("seta", "ga4_pages", "ads_v2", "report2025")) {
      Db.write(dir, stem + "_2026-01.csv", "clicks\n1\n");
      Db.write(dir, stem + "_2026-02.csv", "clicks\n2\n");
    }
    // two stems that differ (q1, q2) are two tables, each of one file
    Db.write(dir, "q1_2026.csv", "clicks\n4\n");
    Db.write(dir, "q2_2026.csv", "clicks\n8\n");
    assertEquals(List.of(Db.row("ads_v2"), Db.row("ga4_pages"), Db.row("q1_2026"), Db.row("q2_2026"),
            Db.row("report2025"), Db.row("seta")),
        Db.rows(dir, "select distinct table_name from sys.sources order by 1"));
    assertEquals(List.of(Db.row(3L, 2L)), Db.rows(dir, "select sum(clicks), count(distinct source_file) from ads_v2"));
  }

  @Test void mixedTypesBecomeText() throws Exception {
    Db.write(dir, "report1.csv", "code\n12\n");
    Db.write(dir, "report2.csv", "code\nA7\n");
    assertEquals(List.of(Db.row("12"), Db.row("A7")), Db.rows(dir, "select code from report order by 1"));
  }

  @Test void aGlobInTablesPropertiesDeclaresASet() throws Exception {
    Path exports = Files.createDirectories(dir.resolve("exports"));
    Db.write(exports, "fb_jan.csv", "likes\n1\n");
    Db.write(exports, "fb_feb.csv", "likes\n2\n");
    Db.write(dir, "tables.properties", "facebook = exports/fb_*.csv\n");
    assertEquals(List.of(Db.row(3L, 2L)), Db.rows(dir, "select sum(likes), count(distinct source_file) from facebook"));
  }

  @Test void aNameConflictIsResolvedAndReported() throws Exception {
    Db.write(dir, "posts.csv", "a\n1\n");
    Db.write(dir, "posts.json", "[{\"a\": 2}]");
    assertEquals(List.of(Db.row("posts", "posts.csv", null),
            Db.row("posts_2", "posts.json", "the name posts belongs to posts.csv, so this table is posts_2")),
        Db.rows(dir, "select table_name, file, note from sys.sources order by table_name"));
  }
}
