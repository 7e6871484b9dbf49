package com.engagementjdbc.benchmarks;

/** The dashboard queries of the benchmark; {@link Engine#sql} adapts them to each engine's dialect. */
enum Query {
  AGGREGATE("full-scan aggregate: engagement rate per platform", null),
  SELECTIVE("selective filter, ORDER BY ... LIMIT", "SELECT post_id, likes FROM posts WHERE platform = 'tiktok'"
      + " AND likes > 1400 ORDER BY likes DESC, post_id LIMIT 10"),
  TIME_GRAIN("monthly time-grain GROUP BY", null),
  JOIN("touches joined to conversions within 30 days", "SELECT COUNT(*) AS pairs FROM conversions c"
      + " JOIN touches t ON t.contact_id = c.contact_id AND t.ts <= c.ts AND t.ts >= c.ts - INTERVAL '30' DAY"),
  JSON_COUNT("count over the NDJSON source", "SELECT COUNT(*) AS n FROM contacts"),
  LINK_CONVERSIONS("LINK_CONVERSIONS, time decay, 30 days", null);

  final String label;
  final String standardSql;

  Query(String label, String standardSql) {
    this.label = label;
    this.standardSql = standardSql;
  }
}
