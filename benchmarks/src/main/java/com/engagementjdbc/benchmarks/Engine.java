package com.engagementjdbc.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/** The engines compared, each with how it connects to a data folder and the SQL it needs for each query. */
enum Engine {
  ENGAGEMENT("this driver") {
    @Override Connection connect(Path data) throws SQLException {
      return DriverManager.getConnection("jdbc:engagement:" + data);
    }

    @Override String sql(Query query) {
      return switch (query) {
        case AGGREGATE -> "SELECT platform, ENGAGEMENT_RATE_AGG(likes + comments + shares, reach) AS rate"
            + " FROM posts GROUP BY platform";
        case TIME_GRAIN -> "SELECT FLOOR(published_at TO MONTH) AS m, COUNT(*) AS n, SUM(likes) AS likes FROM posts"
            + " GROUP BY FLOOR(published_at TO MONTH)";
        case LINK_CONVERSIONS -> "SELECT channel, SUM(credit) AS conversions, SUM(credited_value) AS revenue FROM"
            + " TABLE(LINK_CONVERSIONS('touches', 'conversions', 'time_decay', 30, 7)) GROUP BY channel";
        default -> query.standardSql;
      };
    }
  },

  DUCKDB_VIEWS("DuckDB, views over read_csv_auto (re-reads files)") {
    @Override Connection connect(Path data) throws SQLException {
      return duckdb(data, "VIEW");
    }
  },

  DUCKDB_TABLES("DuckDB, tables loaded once (its best case)") {
    @Override Connection connect(Path data) throws SQLException {
      return duckdb(data, "TABLE");
    }
  },

  CSVJDBC("CsvJdbc") {
    @Override Connection connect(Path data) throws SQLException {
      Properties properties = new Properties();
      properties.setProperty("suppressHeaders", "false");
      properties.setProperty("columnTypes", "");
      properties.setProperty("timestampFormat", "yyyy-MM-dd HH:mm:ss");
      return DriverManager.getConnection("jdbc:relique:csv:" + data, properties);
    }

    @Override String sql(Query query) {
      return query == Query.AGGREGATE || query == Query.SELECTIVE ? super.sql(query) : null;
    }
  },

  CALCITE_FILE("Calcite file adapter (typed headers)") {
    @Override Connection connect(Path data) throws SQLException {
      String model = "inline:{\"version\":\"1.0\",\"defaultSchema\":\"F\",\"schemas\":[{\"name\":\"F\","
          + "\"type\":\"custom\",\"factory\":\"org.apache.calcite.adapter.file.FileSchemaFactory\","
          + "\"operand\":{\"directory\":\"" + data.resolve("calcite").toString().replace("\\", "/") + "\"}}]}";
      Properties properties = new Properties();
      properties.setProperty("model", model);
      properties.setProperty("lex", "JAVA");
      return DriverManager.getConnection("jdbc:calcite:", properties);
    }

    @Override String sql(Query query) {
      if (query.workload == Query.Workload.DASHBOARD) {
        return null;
      }
      return switch (query) {
        case TIME_GRAIN -> ENGAGEMENT.sql(query);
        case JOIN -> query.standardSql;
        case JSON_COUNT -> null;
        default -> super.sql(query);
      };
    }
  };

  final String label;

  Engine(String label) {
    this.label = label;
  }

  abstract Connection connect(Path data) throws SQLException;

  /** The SQL of a query for this engine; null when the engine cannot run it. */
  String sql(Query query) {
    if (query.workload == Query.Workload.DASHBOARD) {
      return query.duckdbSql;
    }
    return switch (query) {
      case TIME_GRAIN -> "SELECT date_trunc('month', published_at) AS m, COUNT(*) AS n, SUM(likes) AS likes FROM posts"
          + " GROUP BY date_trunc('month', published_at)";
      case JOIN -> "SELECT COUNT(*) AS pairs FROM conversions c JOIN touches t ON t.contact_id = c.contact_id"
          + " AND t.ts <= c.ts AND t.ts >= c.ts - INTERVAL 30 DAY";
      case LINK_CONVERSIONS -> null;
      case AGGREGATE -> "SELECT platform, SUM(likes + comments + shares) * 1.0 / SUM(reach) AS rate FROM posts"
          + " GROUP BY platform";
      default -> query.standardSql;
    };
  }

  /** An in-memory DuckDB with each file as a VIEW (read on every query) or a TABLE (loaded now). */
  private static Connection duckdb(Path data, String kind) throws SQLException {
    Map<String, String> sources = Map.of(
        "posts", "read_csv_auto('" + data.resolve("posts.csv") + "')",
        "touches", "read_csv_auto('" + data.resolve("touches.csv") + "')",
        "conversions", "read_csv_auto('" + data.resolve("conversions.csv") + "')",
        "contacts", "read_json_auto('" + data.resolve("contacts.ndjson") + "')");
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String> table : sources.entrySet()) {
        statement.execute("CREATE " + kind + " " + table.getKey() + " AS SELECT * FROM " + table.getValue());
      }
    }
    return connection;
  }
}
