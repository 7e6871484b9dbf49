package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table naming, identifier rules and the SQL clauses analysts type. */
class SqlDialectTest {
  @TempDir Path dir;

  @BeforeEach void writeFiles() throws Exception {
    Db.write(dir, "Posts Export (March).csv", "Post ID,platform,Likes\nP1,facebook,10\nP2,instagram,20\n"
        + "P3,facebook,5\nP4,tiktok,40\n");
  }

  @Test void tableNamesAreFileNamesAsUsersTypeThem() throws Exception {
    Db.write(dir, "2026 stats.tsv", "a\tb\n1\t2\n");
    Db.write(dir, "abonnés.csv", "a\n1\n");
    Db.write(dir, "notes.md", "not a table");
    Db.write(dir, ".hidden.csv", "a\n1\n");
    try (var connection = Db.connect(dir);
         var tables = connection.getMetaData().getTables(null, "files", null, null)) {
      List<String> names = new java.util.ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
      assertEquals(List.of("_2026_stats", "abonnés", "posts_export_march"), names.stream().sorted().toList());
    }
  }

  @Test void filesMappingToOneNameGetNumberedInFileOrder() throws Exception {
    Db.write(dir, "posts.csv", "a\n1\n");
    Db.write(dir, "Posts.tsv", "a\n2\n");
    // "Posts.tsv" sorts before "posts.csv", so it keeps the plain name
    assertEquals(List.of(List.of(2, 1)), Db.rows(dir, "select p.a, q.a from posts p, posts_2 q"));
  }

  @Test void unquotedNamesMatchWithoutCaseAndQuotesQuote() throws Exception {
    assertEquals(Db.rows(dir, "SELECT likes FROM POSTS_EXPORT_MARCH ORDER BY 1"),
        Db.rows(dir, "select LIKES from posts_export_march order by 1"));
    assertEquals(List.of(List.of("P4")),
        Db.rows(dir, "select \"Post ID\" from posts_export_march where \"Likes\" = 40"));
    // metadata keeps the header's spelling
    assertEquals(List.of("Post ID VARCHAR", "platform VARCHAR", "Likes INTEGER"),
        Db.columns(dir, "posts_export_march"));
  }

  @Test void sumsOfIntegersDoNotOverflowAndAveragesDoNotTruncate() throws Exception {
    Db.write(dir, "big.csv", "reach\n2000000000\n2000000000\n1\n");
    // 2e9 + 2e9 + 1 = 4 000 000 001, beyond INTEGER: the sum is a BIGINT; (2e9 + 2e9 + 1) / 3 = 1 333 333 333.67
    assertEquals(List.of(List.of(4_000_000_001L, 4_000_000_001.0 / 3)),
        Db.rows(dir, "select sum(reach), avg(reach) from big"));
    // AVG of 1 and 2 is 1.5, not 1
    assertEquals(List.of(List.of(1.5)), Db.rows(dir, "select avg(x) from (values (1), (2)) as t(x)"));
  }

  @Test void groupByOrdinalAndAliasLimitOffsetAndFetchFirst() throws Exception {
    // facebook 10 + 5 = 15, instagram 20, tiktok 40
    List<List<Object>> expected = List.of(List.of("tiktok", 40L), List.of("instagram", 20L));
    assertEquals(expected, Db.rows(dir,
        "select platform, sum(likes) as total from posts_export_march group by 1 order by total desc limit 2"));
    assertEquals(expected, Db.rows(dir,
        "select platform as p, sum(likes) as total from posts_export_march group by p order by 2 desc "
            + "fetch first 2 rows only"));
    assertEquals(List.of(List.of("instagram", 20L)), Db.rows(dir,
        "select platform, sum(likes) from posts_export_march group by platform order by 2 desc limit 1 offset 1"));
  }
}
