package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What BI tools do on connect, while browsing and in generated SQL. */
class BiClientTest {
  @TempDir Path dir;

  @BeforeEach void writeFiles() throws Exception {
    Db.write(dir, "posts.csv", "post_id,platform,published_at,likes\n"
        + "P1,x,2026-01-15 10:00:00,10\nP2,x,2026-02-03 11:00:00,20\nP3,facebook,2026-02-20 12:00:00,5\n"
        + "P4,facebook,2026-04-02 09:00:00,40\n");
  }

  private static List<String> column(ResultSet rows, String label) throws SQLException {
    List<String> values = new ArrayList<>();
    while (rows.next()) {
      values.add(rows.getString(label));
    }
    return values;
  }

  @Test void browsingShowsTheDataSchemaWithPlainTypeNames() throws Exception {
    try (Connection connection = Db.connect(dir)) {
      DatabaseMetaData meta = connection.getMetaData();
      assertEquals(List.of("files", "sys"), column(meta.getSchemas(), "TABLE_SCHEM"));
      assertEquals(List.of("posts"), column(meta.getTables(null, "files", "%", null), "TABLE_NAME"));
      assertFalse(column(meta.getTables(null, null, null, null), "TABLE_SCHEM").contains("metadata"));
      // a tool that names Calcite's schema still gets it
      assertEquals(List.of("COLUMNS", "TABLES"), column(meta.getTables(null, "metadata", null, null), "TABLE_NAME"));
      try (ResultSet columns = meta.getColumns(null, "files", "posts", null)) {
        List<String> described = new ArrayList<>();
        while (columns.next()) {
          described.add(columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME") + " "
              + columns.getInt("COLUMN_SIZE") + " " + columns.getInt("ORDINAL_POSITION") + " "
              + columns.getString("IS_NULLABLE") + " " + columns.getObject(6));
        }
        assertEquals(List.of("post_id VARCHAR 2147483647 1 YES VARCHAR", "platform VARCHAR 2147483647 2 YES VARCHAR",
            "published_at TIMESTAMP 29 3 YES TIMESTAMP", "likes INTEGER 10 4 YES INTEGER"), described);
      }
      // DBeaver's ping, and the lists it reads on connect: answered, never an exception
      assertFalse(meta.getTables(null, null, "DBEAVERFAKETABLENAMEFORPING", null).next());
      assertFalse(meta.getPrimaryKeys(null, "files", "posts").next());
      assertFalse(meta.getImportedKeys(null, "files", "posts").next());
      assertFalse(meta.getIndexInfo(null, "files", "posts", false, true).next());
      assertTrue(meta.getTypeInfo().next());
      assertTrue(meta.getTableTypes().next());
      assertFalse(meta.ownUpdatesAreVisible(ResultSet.TYPE_FORWARD_ONLY));
      assertTrue(meta.supportsResultSetHoldability(ResultSet.HOLD_CURSORS_OVER_COMMIT));
      assertEquals("\"", meta.getIdentifierQuoteString());
      assertEquals("", meta.getUserName());
      assertTrue(connection.isValid(5));
    }
  }

  @Test void supersetStyleVirtualTableWithTimeGrainsAndBoundLimit() throws Exception {
    String sql = "SELECT DATE_TRUNC('month', published_at) AS __timestamp, platform, SUM(likes) AS total_likes"
        + " FROM (SELECT * FROM posts WHERE likes > 0) AS virtual_table"
        + " GROUP BY DATE_TRUNC('month', published_at), platform ORDER BY SUM(likes) DESC LIMIT ? OFFSET ?";
    try (Connection connection = Db.connect(dir); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, 2L);
      statement.setObject(2, 0L);
      try (ResultSet rows = statement.executeQuery()) {
        // facebook April 40; x February 20
        assertTrue(rows.next());
        assertEquals(Timestamp.valueOf("2026-04-01 00:00:00"), rows.getTimestamp(1));
        assertEquals(40, rows.getInt(3));
        assertTrue(rows.next());
        assertEquals(Timestamp.valueOf("2026-02-01 00:00:00"), rows.getTimestamp(1));
        assertFalse(rows.next());
      }
    }
    // the same grain as FLOOR(... TO MONTH), and the other grains Superset emits
    assertEquals(List.of(List.of(3L)), Db.rows(dir, "select count(distinct floor(published_at to month)) from posts"
        + " where floor(published_at to month) = date_trunc('month', published_at)"));
    assertEquals(List.of(Db.row(Timestamp.valueOf("2026-02-02 00:00:00"), Timestamp.valueOf("2026-01-01 00:00:00"),
            Timestamp.valueOf("2026-01-01 00:00:00"), Timestamp.valueOf("2026-02-03 00:00:00"))),
        Db.rows(dir, "select date_trunc('week', published_at), date_trunc('quarter', published_at),"
            + " date_trunc('year', published_at), date_trunc('day', published_at) from posts where post_id = 'P2'"));
  }

  @Test void dateLiteralsAndConversionsToolsEmit() throws Exception {
    // P2 2026-02-03 11:00 -> 2026-02-04 11:00 after one day; 8 days before 2026-02-11 11:00; month 2
    assertEquals(List.of(Db.row(Timestamp.valueOf("2026-02-04 11:00:00"), 8, 2L, java.sql.Date.valueOf("2026-02-03"))),
        Db.rows(dir, "select {fn timestampadd(SQL_TSI_DAY, 1, published_at)},"
            + " timestampdiff(DAY, published_at, TIMESTAMP '2026-02-11 11:00:00'), extract(month from published_at),"
            + " cast(published_at as date) from posts where published_at = {ts '2026-02-03 11:00:00'}"));
  }

  @Test void cteInsideSubqueryAndUnselectedAggregateInOrderBy() throws Exception {
    assertEquals(List.of(Db.row("facebook"), Db.row("x")), Db.rows(dir,
        "select platform from (with t as (select * from posts) select platform, likes from t) as v"
            + " group by platform order by max(likes) desc"));
  }

  @Test void queryTimeoutAndCancelStopARunawayQuery() throws Exception {
    StringBuilder big = new StringBuilder("n\n");
    for (int i = 0; i < 3000; i++) {
      big.append(i).append('\n');
    }
    Db.write(dir, "big.csv", big.toString());
    String crossJoin = "select count(*) from big a, big b, big c";
    try (Connection connection = Db.connect(dir); Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      long start = System.nanoTime();
      SqlAssert.fails(() -> statement.executeQuery(crossJoin), "57014", "timeout of 1 s");
      assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped well before the 2.7e10 rows");
      Statement other = connection.createStatement();
      Thread canceller = new Thread(() -> {
        try {
          Thread.sleep(500);
          other.cancel();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      canceller.start();
      SqlAssert.fails(() -> other.executeQuery(crossJoin), "57014", "cancelled");
      canceller.join();
      // the connection is still usable
      assertEquals(List.of(List.of(3000L)), Db.rows(connection, "select count(*) from big"));
    }
  }

  /** 20 000 touches of one contact in the window of each of its 3 000 conversions: 60 million rows. */
  @Test void queryTimeoutStopsALongLinkage() throws Exception {
    StringBuilder touches = new StringBuilder("contact_id,ts,channel\n");
    for (int i = 0; i < 20_000; i++) {
      touches.append("1,2026-03-01 ").append(String.format("%02d:%02d:%02d", i / 3600, i / 60 % 60, i % 60))
          .append(",email\n");
    }
    StringBuilder conversions = new StringBuilder("conversion_id,contact_id,ts,value\n");
    for (int i = 0; i < 3_000; i++) {
      conversions.append(i).append(",1,2026-03-02 00:00:00,1\n");
    }
    Db.write(dir, "touches.csv", touches.toString());
    Db.write(dir, "conversions.csv", conversions.toString());
    try (Connection connection = Db.connect(dir); Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      long start = System.nanoTime();
      SqlAssert.fails(() -> statement.executeQuery("select count(*) from table(link_conversions('touches',"
          + " 'conversions'))"), "57014", "timeout of 1 s");
      assertTrue(System.nanoTime() - start < 20_000_000_000L, "stopped well before the 60 million rows");
      // the connection is still usable
      assertEquals(List.of(List.of(3_000L)), Db.rows(connection, "select count(*) from conversions"));
    }
  }

  @Test void connectionSettersToolsCallAreAccepted() throws Exception {
    try (Connection connection = Db.connect(dir); Statement statement = connection.createStatement()) {
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connection.setCatalog("anything");
      connection.setSchema("files");
      statement.setMaxRows(1);
      statement.setFetchSize(100);
      try (ResultSet rows = statement.executeQuery("select * from posts")) {
        assertTrue(rows.next());
        assertFalse(rows.next());
      }
    }
  }

  @Test void preparedStatementsTakeParametersOfEveryTypeAndDescribeThemselves() throws Exception {
    Db.write(dir, "typed.csv", "flag,n,big,ratio,day,moment,text\n"
        + "true,1,3000000000,0.5,2026-01-02,2026-01-02 10:00:00,a\n");
    String sql = "select text from typed where flag = ? and n = ? and big = ? and ratio = ? and \"day\" = ?"
        + " and moment = ? and text = ?";
    try (Connection connection = Db.connect(dir); PreparedStatement statement = connection.prepareStatement(sql)) {
      // described before execution
      assertEquals("text", statement.getMetaData().getColumnLabel(1));
      java.sql.ParameterMetaData parameters = statement.getParameterMetaData();
      assertEquals(7, parameters.getParameterCount());
      assertEquals(java.sql.Types.BOOLEAN, parameters.getParameterType(1));
      assertEquals(java.sql.Types.TIMESTAMP, parameters.getParameterType(6));
      statement.setBoolean(1, true);
      statement.setInt(2, 1);
      statement.setLong(3, 3_000_000_000L);
      statement.setDouble(4, 0.5);
      statement.setDate(5, java.sql.Date.valueOf("2026-01-02"));
      statement.setTimestamp(6, Timestamp.valueOf("2026-01-02 10:00:00"));
      statement.setString(7, "a");
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertEquals("a", rows.getString(1));
      }
      statement.setObject(2, 1L);
      statement.setObject(4, new java.math.BigDecimal("0.5"));
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
      }
      connection.setNetworkTimeout(Runnable::run, 1000);
    }
  }

  /** DBeaver reads these on connect and while browsing: each answers, none throws, no result set is null. */
  @Test void everyMetadataMethodAnswers() throws Exception {
    try (Connection connection = Db.connect(dir)) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> failures = new ArrayList<>();
      for (java.lang.reflect.Method method : DatabaseMetaData.class.getMethods()) {
        if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
          continue;
        }
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
          args[i] = types[i] == int.class ? (Object) ResultSet.TYPE_FORWARD_ONLY
              : types[i] == boolean.class ? (Object) false : types[i] == short.class ? (Object) (short) 0 : null;
        }
        try {
          Object result = method.invoke(meta, args);
          if (result == null && ResultSet.class.equals(method.getReturnType())) {
            failures.add(method.getName() + " returned null");
          }
          if (result instanceof ResultSet rows) {
            while (rows.next()) {
              rows.getObject(1);
            }
            rows.close();
          }
        } catch (java.lang.reflect.InvocationTargetException e) {
          failures.add(method.getName() + ": " + e.getCause());
        }
      }
      assertEquals(List.of(), failures);
      assertEquals("Engagement JDBC", meta.getDatabaseProductName());
      // quoted names match without case too (caseSensitive=false), and the driver says so
      assertFalse(meta.supportsMixedCaseQuotedIdentifiers());
    }
  }

  @Test void supersetGrainsAndSeriesLimitSubquery() throws Exception {
    // Calcite's FLOOR TO WEEK starts weeks on Sunday (2026-02-01), DATE_TRUNC('week') on Monday as PostgreSQL does
    assertEquals(List.of(Db.row(Timestamp.valueOf("2026-02-03 00:00:00"), Timestamp.valueOf("2026-02-01 00:00:00"),
            Timestamp.valueOf("2026-01-01 00:00:00"), Timestamp.valueOf("2026-01-01 00:00:00"))),
        Db.rows(dir, "select floor(published_at to day), floor(published_at to week), floor(published_at to quarter),"
            + " floor(published_at to year) from posts where post_id = 'P2'"));
    // the top platform by likes (facebook: 5 + 40 = 45 > x: 30), then its monthly series
    assertEquals(List.of(Db.row("facebook", Timestamp.valueOf("2026-02-01 00:00:00"), 5L),
            Db.row("facebook", Timestamp.valueOf("2026-04-01 00:00:00"), 40L)),
        Db.rows(dir, "SELECT posts.platform AS platform, DATE_TRUNC('month', published_at) AS __timestamp,"
            + " SUM(likes) AS \"SUM(likes)\" FROM posts JOIN (SELECT platform AS platform__, SUM(likes) AS mme"
            + " FROM posts GROUP BY platform ORDER BY mme DESC LIMIT 1) AS anon_1"
            + " ON posts.platform = anon_1.platform__ GROUP BY posts.platform, DATE_TRUNC('month', published_at)"
            + " ORDER BY \"SUM(likes)\" ASC"));
  }
}
