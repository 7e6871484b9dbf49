package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled sample data, queried as the README shows. */
class SampleDataTest {
  private static List<List<Object>> sample(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:engagement:")) {
      return Db.rows(connection, sql);
    }
  }

  @Test void everySampleFileIsReadWithoutRejects() throws Exception {
    assertEquals(List.of(List.of(0L)), sample("select count(*) from sys.rejects"));
    assertEquals(List.of(List.of(812L, 1000L, 5933L, 463L, 1108L, 15L, 75L, 180L, 120L, 360L)), sample(
        "select (select count(*) from posts), (select count(*) from contacts), (select count(*) from touches),"
            + " (select count(*) from conversions), (select count(*) from ad_spend),"
            + " (select count(*) from engagement_matrix), (select count(*) from brand_assessment),"
            + " (select count(*) from campagne_fr), (select count(*) from api_posts),"
            + " (select count(*) from api_posts__insights_data)"));
  }

  @Test void readmeQueryGroupsPostsByPlatform() throws Exception {
    List<List<Object>> rows = sample("SELECT platform, COUNT(*) AS posts, SUM(likes + comments + shares) AS"
        + " interactions FROM posts GROUP BY platform ORDER BY interactions DESC");
    assertEquals(5, rows.size());
    assertEquals(812L, rows.stream().mapToLong(row -> (Long) row.get(1)).sum());
    assertEquals("tiktok", rows.get(0).get(0));
  }

  @Test void sampleColumnsHaveTheDocumentedTypes() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:engagement:")) {
      assertEquals(List.of("post_id VARCHAR", "platform VARCHAR", "published_at TIMESTAMP", "post_type VARCHAR",
          "campaign VARCHAR", "caption VARCHAR", "likes INTEGER", "comments INTEGER", "shares INTEGER",
          "saves INTEGER", "clicks INTEGER", "impressions INTEGER", "reach INTEGER", "followers INTEGER"),
          Db.columns(connection, "posts"));
      assertEquals(List.of("date DATE", "campagne VARCHAR", "canal VARCHAR", "impressions INTEGER",
          "clics INTEGER", "j'aime INTEGER", "commentaires INTEGER", "partages INTEGER", "abonnés INTEGER",
          "dépenses (€) DOUBLE", "taux d'engagement DOUBLE"), Db.columns(connection, "campagne_fr"));
      assertEquals(List.of("conversion_id VARCHAR", "contact_id INTEGER", "ts TIMESTAMP",
          "conversion_type VARCHAR", "value DOUBLE"), Db.columns(connection, "conversions"));
    }
  }

  @Test void frenchSampleReadsAccentedNames() throws Exception {
    List<List<Object>> rows = sample("SELECT \"j'aime\", \"abonnés\" FROM campagne_fr WHERE \"date\" = DATE '2026-01-01'");
    assertEquals(1, rows.size());
    assertTrue((Integer) rows.get(0).get(1) >= 18000);
  }
}
