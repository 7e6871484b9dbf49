package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expressions and aggregates of dashboard queries computed on the vectors (CASE, COALESCE, NULLIF, IN, LIKE, text
 * functions, DATE_TRUNC, EXTRACT, COUNT(DISTINCT), MIN/MAX of text), over a file with a text column held as a
 * dictionary ({@code platform}) and one too varied for a dictionary ({@code caption}, more than 4096 values), with
 * NULLs in every column: each answer equal to Calcite's row-at-a-time plan's, and some to hand-computed values.
 */
class VectorExpressionTest {
  private static final String[] PLATFORMS = {"tiktok", "x", "Facebook", ""};
  private static final int ROWS = 6000;

  /**
   * Row i: platform PLATFORMS[i % 4] (every fourth NULL); likes i % 50, NULL when i % 7 == 3; reach i % 9 (0 every
   * ninth row); caption "Post i" with " #marketing" when i % 10 == 0, NULL when i % 11 == 5; published_at
   * 2025-01-01 plus i hours, NULL when i % 13 == 1; posted_on the date of published_at's day, NULL when i % 17 == 2.
   */
  private static String posts() {
    StringBuilder csv = new StringBuilder("post_id,platform,likes,reach,caption,published_at,posted_on\n");
    for (int i = 0; i < ROWS; i++) {
      java.time.LocalDateTime at = java.time.LocalDateTime.of(2025, 1, 1, 0, 0).plusHours(i);
      csv.append("P").append(i).append(',').append(PLATFORMS[i % 4]).append(',')
          .append(i % 7 == 3 ? "" : Integer.toString(i % 50)).append(',').append(i % 9).append(',')
          .append(i % 11 == 5 ? "" : "\"Post " + i + (i % 10 == 0 ? " #marketing" : "") + "\"").append(',')
          .append(i % 13 == 1 ? "" : at.toString().replace('T', ' ') + ":00").append(',')
          .append(i % 17 == 2 ? "" : at.toLocalDate().toString()).append('\n');
    }
    return csv.toString();
  }

  private static final List<String> QUERIES = List.of(
      "SELECT platform, SUM(CASE WHEN platform = 'tiktok' THEN likes ELSE 0 END), SUM(CASE WHEN likes > 40 THEN 1"
          + " END), COUNT(NULLIF(platform, 'x')) FROM posts GROUP BY platform",
      "SELECT CASE WHEN likes >= 40 THEN 'viral' WHEN likes >= 10 THEN 'good' ELSE 'low' END AS bucket, COUNT(*),"
          + " SUM(reach) FROM posts GROUP BY CASE WHEN likes >= 40 THEN 'viral' WHEN likes >= 10 THEN 'good' ELSE"
          + " 'low' END",
      "SELECT platform, SUM(COALESCE(likes, 0)), SUM(CASE WHEN likes IS NULL THEN 1 ELSE 0 END), COUNT(caption),"
          + " AVG(CAST(likes AS DOUBLE) / NULLIF(reach, 0)) FROM posts GROUP BY platform",
      "SELECT platform, COUNT(*) FROM posts WHERE caption LIKE '%#marketing%' GROUP BY platform",
      "SELECT COUNT(*), SUM(likes) FROM posts WHERE caption NOT LIKE 'Post 1%' AND platform LIKE '%k%'",
      "SELECT COUNT(*) FROM posts WHERE LOWER(caption) LIKE 'post _5%' OR UPPER(platform) = 'X'",
      "SELECT UPPER(platform) || '-' || SUBSTRING(caption FROM 1 FOR 6) AS k, COUNT(*) FROM posts"
          + " GROUP BY UPPER(platform) || '-' || SUBSTRING(caption FROM 1 FOR 6)",
      "SELECT TRIM(caption), CHAR_LENGTH(caption), COUNT(*) FROM posts WHERE likes = 7 GROUP BY TRIM(caption),"
          + " CHAR_LENGTH(caption)",
      "SELECT DATE_TRUNC('week', published_at) AS w, COUNT(*), MAX(likes) FROM posts GROUP BY DATE_TRUNC('week',"
          + " published_at)",
      "SELECT DATE_TRUNC('month', posted_on) AS m, EXTRACT(DOW FROM posted_on) AS dow, COUNT(*) FROM posts"
          + " GROUP BY DATE_TRUNC('month', posted_on), EXTRACT(DOW FROM posted_on)",
      "SELECT EXTRACT(HOUR FROM published_at) AS h, EXTRACT(YEAR FROM published_at) AS y, COUNT(*) FROM posts"
          + " GROUP BY EXTRACT(HOUR FROM published_at), EXTRACT(YEAR FROM published_at)",
      "SELECT platform, COUNT(DISTINCT caption), COUNT(DISTINCT likes), COUNT(DISTINCT posted_on), COUNT(*) FROM posts"
          + " GROUP BY platform",
      "SELECT COUNT(DISTINCT platform), COUNT(DISTINCT UPPER(caption)) FROM posts WHERE likes > 45",
      "SELECT platform, MIN(caption), MAX(caption), MIN(published_at), MAX(posted_on), MAX(post_id) FROM posts"
          + " GROUP BY platform",
      "SELECT platform IN ('tiktok', 'x') AS big, COUNT(*) FROM posts WHERE published_at >= TIMESTAMP"
          + " '2025-03-01 00:00:00' AND published_at < TIMESTAMP '2025-05-01 00:00:00' AND likes NOT IN (1, 2, 3)"
          + " GROUP BY platform IN ('tiktok', 'x')",
      "SELECT caption, COUNT(*) FROM posts WHERE caption > 'Post 5990' GROUP BY caption",
      "SELECT platform, COUNT(*) FROM posts WHERE caption LIKE '%nothing like this%' GROUP BY platform",
      "SELECT COUNT(*), COUNT(DISTINCT caption), MIN(caption) FROM posts WHERE caption LIKE '%nothing like this%'");

  @Test void answersAsCalcitesRowPlan() throws Exception {
    try (TwoReadings files = new TwoReadings(Map.of("posts.csv", posts()));
         Connection connection = files.cached()) {
      for (String sql : QUERIES) {
        String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
        assertTrue(plan.contains("VectorAggregate"), sql + "\n" + plan);
        assertEquals(files.streamed(sql), TwoReadings.sorted(connection, sql), sql);
      }
    }
  }

  @Test void handComputedAnswers() throws Exception {
    try (TwoReadings files = new TwoReadings(Map.of("posts.csv", posts()));
         Connection connection = files.cached()) {
      // #marketing on rows i % 10 == 0, minus the NULL captions (i % 11 == 5: i = 60, 170, ... 5890): 600 - 54
      assertEquals(List.of(Db.row(546L)),
          Db.rows(connection, "SELECT COUNT(*) FROM posts WHERE caption LIKE '%#marketing%'"));
      // likes = i % 50 over rows of one i % 4: i % 50 of the same parity as i % 4, so 25 distinct values each
      assertEquals(List.of(Db.row("Facebook", 25L), Db.row("tiktok", 25L), Db.row("x", 25L), Db.row(null, 25L)),
          Db.rows(connection, "SELECT platform, COUNT(DISTINCT likes) FROM posts GROUP BY platform"
              + " ORDER BY platform NULLS LAST"));
      // the first week: 2025-01-01 (a Wednesday) is in the week of Monday 2024-12-30; hours 0-119 are its rows,
      // minus those with NULL published_at (i % 13 == 1: 1, 14, ..., 118: 10 rows)
      assertEquals(List.of(Db.row(Timestamp.valueOf("2024-12-30 00:00:00"), 110L)),
          Db.rows(connection, "SELECT DATE_TRUNC('week', published_at) AS w, COUNT(*) FROM posts"
              + " GROUP BY DATE_TRUNC('week', published_at) ORDER BY w NULLS LAST LIMIT 1"));
      // MAX of text compares as text: "Post 999" > "Post 5999"
      assertEquals(List.of(Db.row("Post 999")), Db.rows(connection, "SELECT MAX(caption) FROM posts"));
    }
  }

  @Test void topRowsFilteredByLike() throws Exception {
    try (TwoReadings files = new TwoReadings(Map.of("posts.csv", posts()));
         Connection connection = files.cached()) {
      String sql = "SELECT post_id, likes FROM posts WHERE caption LIKE '%#marketing%' AND platform <> 'x'"
          + " ORDER BY likes DESC, post_id LIMIT 5";
      String plan = Db.rows(connection, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
      assertTrue(plan.contains("VectorTopN"), plan);
      assertEquals(files.streamedInOrder(sql), Db.rows(connection, sql));
    }
  }
}
