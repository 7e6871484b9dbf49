package com.engagementjdbc.benchmarks;

/**
 * The queries of the benchmark, in two workloads: the five {@code BENCHMARK} queries (and LINK_CONVERSIONS), which
 * {@link Engine#sql} adapts to each engine's dialect, and the {@code DASHBOARD} workload, written as Superset writes
 * its charts' SQL (quoted metric labels, {@code virtual_table} wrappers, {@code __timestamp} grains,
 * {@code LIMIT 10000}), the same SQL for this driver and DuckDB unless a query gives DuckDB its own.
 */
enum Query {
  AGGREGATE("full-scan aggregate: engagement rate per platform", null),
  SELECTIVE("selective filter, ORDER BY ... LIMIT", "SELECT post_id, likes FROM posts WHERE platform = 'tiktok'"
      + " AND likes > 1400 ORDER BY likes DESC, post_id LIMIT 10"),
  TIME_GRAIN("monthly time-grain GROUP BY", null),
  JOIN("touches joined to conversions within 30 days", "SELECT COUNT(*) AS pairs FROM conversions c"
      + " JOIN touches t ON t.contact_id = c.contact_id AND t.ts <= c.ts AND t.ts >= c.ts - INTERVAL '30' DAY"),
  JSON_COUNT("count over the NDJSON source", "SELECT COUNT(*) AS n FROM contacts"),
  LINK_CONVERSIONS("LINK_CONVERSIONS, time decay, 30 days", null),

  BIG_NUMBER(Workload.DASHBOARD, "big number: totals", "SELECT COUNT(*) AS \"COUNT(*)\", SUM(likes) AS"
      + " \"SUM(likes)\", AVG(reach) AS \"AVG(reach)\" FROM (SELECT * FROM posts) AS virtual_table LIMIT 10000"),
  BAR_BY_PLATFORM(Workload.DASHBOARD, "bar chart: sums per platform", "SELECT platform AS platform, SUM(likes) AS"
      + " \"SUM(likes)\", SUM(comments) AS \"SUM(comments)\", SUM(shares) AS \"SUM(shares)\" FROM (SELECT * FROM"
      + " posts) AS virtual_table GROUP BY platform ORDER BY \"SUM(likes)\" DESC LIMIT 10000"),
  MONTHLY(Workload.DASHBOARD, "time series: monthly grain", "SELECT DATE_TRUNC('month', published_at) AS __timestamp,"
      + " SUM(likes) AS \"SUM(likes)\", COUNT(*) AS \"COUNT(*)\" FROM (SELECT * FROM posts) AS virtual_table"
      + " GROUP BY DATE_TRUNC('month', published_at) ORDER BY \"SUM(likes)\" DESC LIMIT 10000"),
  WEEKLY_BY_PLATFORM(Workload.DASHBOARD, "time series: weekly grain per platform", "SELECT DATE_TRUNC('week',"
      + " published_at) AS __timestamp, platform AS platform, SUM(likes) AS \"SUM(likes)\" FROM posts GROUP BY"
      + " DATE_TRUNC('week', published_at), platform ORDER BY \"SUM(likes)\" DESC LIMIT 10000"),
  DAILY_TOUCHES(Workload.DASHBOARD, "time series: daily touches", "SELECT DATE_TRUNC('day', ts) AS __timestamp,"
      + " COUNT(*) AS \"count\" FROM touches GROUP BY DATE_TRUNC('day', ts) ORDER BY \"count\" DESC LIMIT 10000"),
  HOUR_OF_DAY(Workload.DASHBOARD, "EXTRACT: posts per hour of day", "SELECT EXTRACT(HOUR FROM published_at) AS"
      + " hour_of_day, COUNT(*) AS \"COUNT(*)\", AVG(likes) AS \"AVG(likes)\" FROM (SELECT * FROM posts) AS"
      + " virtual_table GROUP BY EXTRACT(HOUR FROM published_at) ORDER BY \"COUNT(*)\" DESC LIMIT 10000"),
  CASE_SUM(Workload.DASHBOARD, "SUM(CASE ...) per month", "SELECT DATE_TRUNC('month', published_at) AS __timestamp,"
      + " SUM(CASE WHEN platform = 'tiktok' THEN likes ELSE 0 END) AS \"tiktok likes\", SUM(CASE WHEN platform IN"
      + " ('facebook', 'instagram') THEN likes ELSE 0 END) AS \"meta likes\" FROM (SELECT * FROM posts) AS"
      + " virtual_table GROUP BY DATE_TRUNC('month', published_at) ORDER BY \"tiktok likes\" DESC LIMIT 10000"),
  CASE_BUCKET(Workload.DASHBOARD, "CASE bucket as GROUP BY key", "SELECT CASE WHEN likes >= 1000 THEN 'viral' WHEN"
      + " likes >= 100 THEN 'good' ELSE 'low' END AS bucket, COUNT(*) AS \"COUNT(*)\", SUM(reach) AS \"SUM(reach)\""
      + " FROM (SELECT * FROM posts) AS virtual_table GROUP BY CASE WHEN likes >= 1000 THEN 'viral' WHEN likes >="
      + " 100 THEN 'good' ELSE 'low' END ORDER BY \"COUNT(*)\" DESC LIMIT 10000"),
  CAPTION_LIKE(Workload.DASHBOARD, "LIKE '%#marketing%' filter", "SELECT platform AS platform, COUNT(*) AS"
      + " \"COUNT(*)\", SUM(likes) AS \"SUM(likes)\" FROM (SELECT * FROM posts) AS virtual_table WHERE caption LIKE"
      + " '%#marketing%' GROUP BY platform ORDER BY \"COUNT(*)\" DESC LIMIT 10000"),
  LOWER_LIKE(Workload.DASHBOARD, "LOWER(...) LIKE, case-blind search", "SELECT DATE_TRUNC('month', published_at) AS"
      + " __timestamp, COUNT(*) AS \"COUNT(*)\" FROM posts WHERE LOWER(caption) LIKE '%#sale%' GROUP BY"
      + " DATE_TRUNC('month', published_at) ORDER BY \"COUNT(*)\" DESC LIMIT 10000"),
  COUNT_DISTINCT(Workload.DASHBOARD, "COUNT(DISTINCT) per channel", "SELECT channel AS channel, COUNT(DISTINCT"
      + " contact_id) AS \"COUNT_DISTINCT(contact_id)\" FROM (SELECT * FROM touches) AS virtual_table GROUP BY"
      + " channel ORDER BY \"COUNT_DISTINCT(contact_id)\" DESC LIMIT 10000"),
  TWO_DISTINCTS(Workload.DASHBOARD, "two COUNT(DISTINCT) and COUNT per month", "SELECT DATE_TRUNC('month', ts) AS"
      + " __timestamp, COUNT(DISTINCT contact_id) AS \"contacts\", COUNT(DISTINCT channel) AS \"channels\","
      + " COUNT(*) AS \"touches\" FROM touches GROUP BY DATE_TRUNC('month', ts) ORDER BY \"contacts\" DESC"
      + " LIMIT 10000"),
  NULL_COUNTS(Workload.DASHBOARD, "COALESCE and IS NULL in aggregates", "SELECT platform AS platform,"
      + " SUM(COALESCE(clicks, 0)) AS \"clicks\", SUM(CASE WHEN clicks IS NULL THEN 1 ELSE 0 END) AS"
      + " \"missing clicks\", COUNT(caption) AS \"captions\", SUM(CASE WHEN caption IS NOT NULL THEN likes END) AS"
      + " \"likes with caption\" FROM (SELECT * FROM posts) AS virtual_table GROUP BY platform ORDER BY \"clicks\""
      + " DESC LIMIT 10000"),
  NULLIF_RATE(Workload.DASHBOARD, "per-row rate with NULLIF", "SELECT platform AS platform, AVG(CAST(likes AS"
      + " DOUBLE) / NULLIF(reach, 0)) AS \"avg rate\", AVG(CAST(clicks AS DOUBLE) / NULLIF(impressions, 0)) AS \"avg ctr\""
      + " FROM (SELECT * FROM posts) AS virtual_table GROUP BY platform ORDER BY \"avg rate\" DESC LIMIT 10000"),
  IN_LIST_RANGE(Workload.DASHBOARD, "IN list and time range filter", "SELECT platform AS platform, SUM(likes) AS"
      + " \"SUM(likes)\", MAX(likes) AS \"MAX(likes)\" FROM (SELECT * FROM posts) AS virtual_table WHERE platform"
      + " IN ('tiktok', 'instagram', 'x') AND published_at >= TIMESTAMP '2025-03-01 00:00:00' AND published_at <"
      + " TIMESTAMP '2025-09-01 00:00:00' GROUP BY platform ORDER BY \"SUM(likes)\" DESC LIMIT 10000"),
  MIN_MAX_TEXT_DATE(Workload.DASHBOARD, "MIN/MAX of text and timestamps", "SELECT platform AS platform,"
      + " MIN(published_at) AS \"first\", MAX(published_at) AS \"last\", MIN(caption) AS \"MIN(caption)\","
      + " MAX(post_id) AS \"MAX(post_id)\" FROM (SELECT * FROM posts) AS virtual_table GROUP BY platform"
      + " LIMIT 10000"),
  STRING_KEY(Workload.DASHBOARD, "string functions as GROUP BY key", "SELECT UPPER(SUBSTRING(conversion_type FROM 1"
      + " FOR 3)) || '-' || TRIM(LOWER(conversion_type)) AS \"type code\", COUNT(*) AS \"COUNT(*)\", SUM(\"value\") AS"
      + " \"SUM(value)\" FROM (SELECT * FROM conversions) AS virtual_table GROUP BY UPPER(SUBSTRING(conversion_type"
      + " FROM 1 FOR 3)) || '-' || TRIM(LOWER(conversion_type)) ORDER BY \"COUNT(*)\" DESC LIMIT 10000"),
  CHANNEL_GROUPS(Workload.DASHBOARD, "CASE on text, COUNT(DISTINCT)", "SELECT CASE channel WHEN 'email' THEN 'owned'"
      + " WHEN 'webinar' THEN 'owned' WHEN 'paid_search' THEN 'paid' ELSE 'social' END AS \"channel group\","
      + " COUNT(*) AS \"touches\", COUNT(DISTINCT contact_id) AS \"contacts\" FROM (SELECT * FROM touches) AS"
      + " virtual_table GROUP BY CASE channel WHEN 'email' THEN 'owned' WHEN 'webinar' THEN 'owned' WHEN"
      + " 'paid_search' THEN 'paid' ELSE 'social' END ORDER BY \"touches\" DESC LIMIT 10000"),
  VALUE_STATS(Workload.DASHBOARD, "AVG/MIN/MAX/SUM of a DOUBLE", "SELECT conversion_type AS conversion_type,"
      + " AVG(\"value\") AS \"AVG(value)\", MIN(\"value\") AS \"MIN(value)\", MAX(\"value\") AS \"MAX(value)\","
      + " SUM(\"value\") AS \"SUM(value)\" FROM (SELECT * FROM conversions) AS virtual_table GROUP BY"
      + " conversion_type ORDER BY \"SUM(value)\" DESC LIMIT 10000"),
  RATE_BY_MONTH(Workload.DASHBOARD, "ENGAGEMENT_RATE_AGG per month", "SELECT DATE_TRUNC('month', published_at) AS"
      + " __timestamp, ENGAGEMENT_RATE_AGG(likes + comments + shares, reach) AS \"engagement rate\" FROM (SELECT *"
      + " FROM posts) AS virtual_table GROUP BY DATE_TRUNC('month', published_at) LIMIT 10000",
      "SELECT DATE_TRUNC('month', published_at) AS __timestamp, SUM(likes + comments + shares) * 1.0 / SUM(reach)"
      + " AS \"engagement rate\" FROM (SELECT * FROM posts) AS virtual_table GROUP BY DATE_TRUNC('month',"
      + " published_at) LIMIT 10000"),
  JSON_GROUP(Workload.DASHBOARD, "GROUP BY over the NDJSON contacts", "SELECT country AS country, opted_in AS"
      + " opted_in, COUNT(*) AS \"COUNT(*)\" FROM (SELECT * FROM contacts) AS virtual_table GROUP BY country,"
      + " opted_in ORDER BY \"COUNT(*)\" DESC LIMIT 10000"),
  RAW_TABLE(Workload.DASHBOARD, "table chart: raw rows, LIKE, ORDER BY", "SELECT post_id AS post_id, platform AS"
      + " platform, likes AS likes, caption AS caption FROM (SELECT * FROM posts) AS virtual_table WHERE caption"
      + " LIKE '%#marketing%' AND platform <> 'x' ORDER BY likes DESC, post_id LIMIT 1000"),
  LEFT_JOIN(Workload.DASHBOARD, "LEFT JOIN conversions to contacts", "SELECT k.country AS country,"
      + " c.conversion_type AS conversion_type, COUNT(*) AS \"COUNT(*)\", SUM(c.\"value\") AS \"SUM(value)\" FROM"
      + " conversions c LEFT JOIN contacts k ON k.contact_id = c.contact_id GROUP BY k.country, c.conversion_type"
      + " ORDER BY \"SUM(value)\" DESC LIMIT 10000"),
  IN_SUBQUERY(Workload.DASHBOARD, "IN (SELECT ...) semi-join", "SELECT channel AS channel, COUNT(*) AS \"COUNT(*)\""
      + " FROM touches WHERE contact_id IN (SELECT contact_id FROM conversions WHERE conversion_type = 'sale')"
      + " GROUP BY channel ORDER BY \"COUNT(*)\" DESC LIMIT 10000"),
  EXISTS(Workload.DASHBOARD, "EXISTS semi-join", "SELECT conversion_type AS conversion_type, COUNT(*) AS"
      + " \"COUNT(*)\", SUM(\"value\") AS \"SUM(value)\" FROM conversions c WHERE EXISTS (SELECT 1 FROM contacts k"
      + " WHERE k.contact_id = c.contact_id AND k.opted_in) GROUP BY conversion_type ORDER BY \"COUNT(*)\" DESC"
      + " LIMIT 10000"),
  SERIES_LIMIT(Workload.DASHBOARD, "series limit: grain joined to top-N", "SELECT DATE_TRUNC('week', published_at)"
      + " AS __timestamp, platform AS platform, SUM(likes) AS \"SUM(likes)\" FROM posts JOIN (SELECT platform AS"
      + " platform__, SUM(likes) AS mme_inner__ FROM posts GROUP BY platform ORDER BY mme_inner__ DESC LIMIT 3)"
      + " AS series_limit ON platform = platform__ GROUP BY DATE_TRUNC('week', published_at), platform ORDER BY"
      + " \"SUM(likes)\" DESC LIMIT 10000"),
  ROW_NUMBER(Workload.DASHBOARD, "ROW_NUMBER: top 3 posts per platform", "SELECT platform, post_id, likes, rn FROM"
      + " (SELECT platform, post_id, likes, ROW_NUMBER() OVER (PARTITION BY platform ORDER BY likes DESC, post_id)"
      + " AS rn FROM posts) AS virtual_table WHERE rn <= 3 ORDER BY platform, rn LIMIT 10000"),
  RANKS(Workload.DASHBOARD, "RANK/DENSE_RANK of monthly sums", "SELECT __timestamp, platform, likes, RANK() OVER"
      + " (PARTITION BY __timestamp ORDER BY likes DESC) AS \"rank\", DENSE_RANK() OVER (PARTITION BY platform"
      + " ORDER BY likes DESC) AS \"dense rank\" FROM (SELECT DATE_TRUNC('month', published_at) AS __timestamp,"
      + " platform AS platform, SUM(likes) AS likes FROM posts GROUP BY DATE_TRUNC('month', published_at),"
      + " platform) AS virtual_table LIMIT 10000"),
  RUNNING_SUM(Workload.DASHBOARD, "SUM OVER: cumulative daily touches", "SELECT channel, __timestamp, SUM(n) OVER"
      + " (PARTITION BY channel ORDER BY __timestamp) AS \"cumulative touches\" FROM (SELECT channel,"
      + " DATE_TRUNC('day', ts) AS __timestamp, COUNT(*) AS n FROM touches GROUP BY channel, DATE_TRUNC('day', ts))"
      + " AS virtual_table LIMIT 10000"),
  TOUCH_ROWS_OVER(Workload.DASHBOARD, "ROW_NUMBER over 3M touches: first touch", "SELECT channel AS channel,"
      + " COUNT(*) AS \"first touches\" FROM (SELECT channel, ROW_NUMBER() OVER (PARTITION BY contact_id ORDER BY"
      + " ts, touch_id) AS rn FROM touches) AS virtual_table WHERE rn = 1 GROUP BY channel ORDER BY"
      + " \"first touches\" DESC LIMIT 10000");

  /** Which set of queries a query belongs to: a run measures one. */
  enum Workload { BENCHMARK, DASHBOARD }

  final Workload workload;
  final String label;
  final String standardSql;
  /** DuckDB's SQL for the query when it is not {@link #standardSql}. */
  final String duckdbSql;

  Query(String label, String standardSql) {
    this(Workload.BENCHMARK, label, standardSql, standardSql);
  }

  Query(Workload workload, String label, String sql) {
    this(workload, label, sql, sql);
  }

  Query(Workload workload, String label, String standardSql, String duckdbSql) {
    this.workload = workload;
    this.label = label;
    this.standardSql = standardSql;
    this.duckdbSql = duckdbSql;
  }
}
