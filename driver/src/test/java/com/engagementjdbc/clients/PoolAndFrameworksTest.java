package com.engagementjdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** HikariCP, Spring's JdbcTemplate and jOOQ, as applications use them, over the driver. */
class PoolAndFrameworksTest {
  @TempDir Path dir;

  @BeforeEach void writeFiles() throws Exception {
    Db.write(dir, "posts.csv", "post_id,platform,likes,reach\nP1,x,10,100\nP2,x,20,400\nP3,facebook,5,50\n");
  }

  private HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:engagement:" + dir);
    config.setReadOnly(true);
    config.setMaximumPoolSize(2);
    config.setAutoCommit(false);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return new HikariDataSource(config);
  }

  @Test void hikariPoolWithSpringJdbcTemplateAndTransactions() {
    try (HikariDataSource pool = pool()) {
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      // x: 10 + 20 = 30
      assertEquals(30, jdbc.queryForObject("select sum(likes) from posts where platform = ?", Integer.class, "x"));
      List<Map<String, Object>> rows = jdbc.queryForList(
          "select platform, engagement_rate_agg(likes, reach) as rate from posts group by platform order by 1");
      // facebook 5 / 50 = 0.1; x (10 + 20) / (100 + 400) = 0.06
      assertEquals(0.1, (Double) rows.get(0).get("RATE"), 1e-12);
      assertEquals(0.06, (Double) rows.get(1).get("RATE"), 1e-12);
      // a transaction commits (and a rollback rolls back) on a read-only connection, and the pool takes it back
      TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
      Integer inside = transactions.execute(status -> jdbc.queryForObject("select count(*) from posts", Integer.class));
      assertEquals(3, inside);
      transactions.executeWithoutResult(status -> {
        jdbc.queryForObject("select count(*) from posts", Integer.class);
        status.setRollbackOnly();
      });
      for (int i = 0; i < 5; i++) {
        assertEquals(3, jdbc.queryForObject("select count(*) from posts", Integer.class));
      }
      assertEquals(0, pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getActiveConnections());
    }
  }

  @Test void jooqReadsMetaAndBindsLimitAsAParameter() throws Exception {
    try (HikariDataSource pool = pool(); Connection connection = pool.getConnection()) {
      DSLContext sql = DSL.using(connection, SQLDialect.DEFAULT);
      List<String> tables = sql.meta().getTables().stream().map(Table::getName).toList();
      assertTrue(tables.contains("posts"), tables.toString());
      // jOOQ binds limit(2) as a parameter: LIMIT ?
      var query = sql.select(DSL.field(DSL.name("post_id"))).from(DSL.table(DSL.name("posts")))
          .orderBy(DSL.field(DSL.name("likes")).desc()).limit(2);
      assertTrue(query.getSQL().matches("(?s).*(limit|fetch next) \\?.*"), query.getSQL());
      Result<? extends Record> bound = query.fetch();
      assertEquals(List.of("P2", "P1"), bound.getValues(0, String.class));
    }
  }
}
