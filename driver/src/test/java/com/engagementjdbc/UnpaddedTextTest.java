package com.engagementjdbc;

import static com.engagementjdbc.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text literals and the expressions made of them are VARCHAR, never padded to the width of a longer value, as in
 * PostgreSQL and DuckDB: a padded {@code 'x     '} no longer equals the {@code x} of a file, and rows vanish.
 */
class UnpaddedTextTest {
  @TempDir Path dir;

  @BeforeEach void writePosts() throws Exception {
    Db.write(dir, "posts.csv", "post_id,platform,likes,campaign\n"
        + "P1,facebook,120,spring\n"
        + "P2,x,15,\n"
        + "P3,instagram,300,spring\n"
        + "P4,tiktok,40,launch\n"
        + "P5,x,101,\n"
        + "P6,linkedin,7,launch\n");
  }

  @Test void joinOnValuesOfDifferentLengthsKeepsEveryPlatform() throws Exception {
    // facebook + instagram -> Meta (2 posts), linkedin -> Microsoft (1), x -> X Corp (2), tiktok -> ByteDance (1)
    assertEquals(List.of(row("ByteDance", 1L), row("Meta", 2L), row("Microsoft", 1L), row("X Corp", 2L)),
        Db.rows(dir, "SELECT d.network, COUNT(*) AS posts FROM posts p JOIN (VALUES ('facebook', 'Meta'), "
            + "('instagram', 'Meta'), ('linkedin', 'Microsoft'), ('x', 'X Corp'), ('tiktok', 'ByteDance')) "
            + "AS d (platform, network) ON p.platform = d.platform GROUP BY d.network ORDER BY d.network"));
  }

  @Test void joinOnTheBundledSampleDataFindsFourNetworks() throws Exception {
    // posts.csv of the sample: facebook 147 + instagram 202 = 349, linkedin 123, x 173, tiktok 167
    try (Connection connection = java.sql.DriverManager.getConnection("jdbc:engagement:")) {
      assertEquals(List.of(row("ByteDance", 167L), row("Meta", 349L), row("Microsoft", 123L), row("X Corp", 173L)),
          Db.rows(connection, "SELECT d.network, COUNT(*) AS posts FROM posts p JOIN (VALUES ('facebook', 'Meta'), "
              + "('instagram', 'Meta'), ('linkedin', 'Microsoft'), ('x', 'X Corp'), ('tiktok', 'ByteDance')) "
              + "AS d (platform, network) ON p.platform = d.platform GROUP BY d.network ORDER BY 1"));
    }
  }

  @Test void inSubQueryOfValuesKeepsTheShortValue() throws Exception {
    // P2, P4, P5
    assertEquals(List.of(row("P2"), row("P4"), row("P5")), Db.rows(dir, "SELECT post_id FROM posts WHERE platform "
        + "IN (SELECT * FROM (VALUES ('x'), ('tiktok')) AS t (p)) ORDER BY 1"));
    assertEquals(List.of(row("P2"), row("P4"), row("P5")), Db.rows(dir,
        "SELECT post_id FROM posts WHERE platform IN ('x', 'tiktok') ORDER BY 1"));
  }

  @Test void caseLabelsAreUnpaddedAndFilterableOutside() throws Exception {
    // likes > 100: P1 120, P3 300, P5 101
    assertEquals(List.of(row("P1", "viral"), row("P2", "regular"), row("P3", "viral")), Db.rows(dir,
        "SELECT post_id, CASE WHEN likes > 100 THEN 'viral' ELSE 'regular' END AS label FROM posts "
            + "ORDER BY 1 LIMIT 3"));
    assertEquals(List.of(row("P1"), row("P3"), row("P5")), Db.rows(dir,
        "SELECT post_id FROM (SELECT post_id, CASE WHEN likes > 100 THEN 'viral' ELSE 'regular' END AS label "
            + "FROM posts) t WHERE label = 'viral' ORDER BY 1"));
  }

  @Test void groupByACaseLabel() throws Exception {
    // viral: 120 + 300 + 101 = 521 over 3 posts; regular: 15 + 40 + 7 = 62 over 3 posts
    assertEquals(List.of(row("regular", 3L, 62L), row("viral", 3L, 521L)), Db.rows(dir,
        "SELECT CASE WHEN likes > 100 THEN 'viral' ELSE 'regular' END AS label, COUNT(*), SUM(likes) FROM posts "
            + "GROUP BY CASE WHEN likes > 100 THEN 'viral' ELSE 'regular' END ORDER BY 1"));
    assertEquals(List.of(row("regular", 3L), row("viral", 3L)), Db.rows(dir,
        "SELECT CASE WHEN likes > 100 THEN 'viral' ELSE 'regular' END AS label, COUNT(*) FROM posts "
            + "GROUP BY 1 ORDER BY 1"));
  }

  @Test void unionOfLabelsOfDifferentLengths() throws Exception {
    assertEquals(List.of(row("a"), row("abc"), row("ab")), Db.rows(dir,
        "SELECT 'a' AS label UNION ALL SELECT 'abc' UNION ALL SELECT 'ab'"));
    // the union joined back to the file: x (P2, P5) and tiktok (P4)
    assertEquals(List.of(row("P2"), row("P4"), row("P5")), Db.rows(dir,
        "SELECT p.post_id FROM posts p JOIN (SELECT 'x' AS platform UNION ALL SELECT 'tiktok') u "
            + "ON p.platform = u.platform ORDER BY 1"));
  }

  @Test void coalesceWithAShortLiteral() throws Exception {
    // campaign is empty (NULL) for P2 and P5
    assertEquals(List.of(row("P2", "n/a"), row("P5", "n/a")), Db.rows(dir,
        "SELECT post_id, COALESCE(campaign, 'n/a') AS c FROM posts WHERE COALESCE(campaign, 'n/a') = 'n/a' "
            + "ORDER BY 1"));
    assertEquals(List.of(row("P1", "spring"), row("P2", "-")), Db.rows(dir,
        "SELECT post_id, COALESCE(campaign, '-') FROM posts ORDER BY 1 LIMIT 2"));
  }

  @Test void literalsComparedThroughASubQueryOrCommonTableExpression() throws Exception {
    // the literal column of the inner query is compared with the file's column by the outer one
    assertEquals(List.of(row("P2", "x"), row("P5", "x")), Db.rows(dir,
        "WITH wanted AS (SELECT 'x' AS platform UNION ALL SELECT 'linkedin') "
            + "SELECT p.post_id, w.platform FROM posts p, wanted w WHERE p.platform = w.platform AND p.likes > 10 "
            + "ORDER BY 1"));
    assertEquals(List.of(row(2L)), Db.rows(dir,
        "SELECT COUNT(*) FROM (SELECT CASE WHEN platform = 'x' THEN 'x' ELSE 'instagram' END AS p FROM posts) t "
            + "WHERE p = 'x'"));
  }

  @Test void textExpressionsAreReportedAsVarchar() throws Exception {
    try (Connection connection = Db.connect(dir); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("SELECT 'viral' AS literal, "
             + "CASE WHEN likes > 100 THEN 'viral' ELSE 'regular' END AS label, "
             + "CASE WHEN likes > 100 THEN 'a' ELSE 'b' END AS same_length, COALESCE(campaign, 'n/a') AS c, "
             + "CAST(platform AS CHAR(3)) AS cast_char, v.code FROM posts, (VALUES ('ab'), ('abcd')) AS v (code) "
             + "ORDER BY post_id, code LIMIT 1")) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> types = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        assertEquals(Types.VARCHAR, meta.getColumnType(i), meta.getColumnLabel(i));
        types.add(meta.getColumnTypeName(i));
      }
      assertEquals(List.of("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"), types);
      rs.next();
      // CHAR(3) is VARCHAR(3), as in DuckDB: 'facebook' is cut to 3 characters, and a shorter value is not padded
      assertEquals(List.of("viral", "viral", "a", "spring", "fac", "ab"),
          List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6)));
    }
    assertEquals(List.of(row("x")), Db.rows(dir, "SELECT CAST(platform AS CHAR(5)) FROM posts WHERE post_id = 'P2'"));
  }
}
