package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.functions.FunctionCatalog;
import com.engagementjdbc.functions.FunctionCatalog.FunctionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The functions called from SQL through a real connection: argument types, NULLs, aggregates, metadata. */
class FunctionsSqlTest {
  @TempDir Path dir;

  @BeforeEach void writeFiles() throws Exception {
    Db.write(dir, "posts.csv", "id,likes,comments,shares,followers,spend,big,ts\n"
        + "1,120,30,10,4000,12.5,10000000000,2026-03-01 18:05:00\n"
        + "2,5,,1,250,0,20000000000,2026-03-02 09:10:00\n"
        + "3,,,,1000,,30000000000,2026-03-03 18:00:00\n");
  }

  @Test void scalarFunctionsTakeEveryNumericType() throws Exception {
    // INTEGER, BIGINT, DOUBLE, DECIMAL literal and NULL all accepted:
    // (120 + 30 + 10) / 4000 = 0.04; 120 / 4000 = 0.03; 1e10 / 4000 = 2500000; 1.5 / 3 = 0.5
    assertEquals(List.of(Db.row(0.04, 0.03, 2_500_000.0, 0.5, null, null)), Db.rows(dir,
        "select engagement_rate(likes, comments, shares, followers), engagement_rate(likes, followers),"
            + " engagement_rate(big, followers), engagement_rate(cast(1.5 as decimal(5, 2)), 3),"
            + " engagement_rate(null, 3), engagement_rate(likes, 0) from posts where id = 1"));
    // (5 + 0 + 1) / 250 = 0.024; all counts NULL -> NULL
    assertEquals(List.of(Db.row(0.024), Db.row((Object) null)),
        Db.rows(dir, "select engagement_rate(likes, comments, shares, followers) from posts where id > 1 order by id"));
  }

  @Test void conversionRatios() throws Exception {
    // 12 / 400 = 0.03; 250 / 1000 = 0.25; 250 / 10 = 25; 1000 / 250 = 4; (1000 - 250) / 250 = 3
    assertEquals(List.of(Db.row(0.03, 0.25, 25.0, 4.0, 3.0, null)), Db.rows(dir,
        "select conversion_rate(12, 400), cost_per_engagement(250, 1000), cost_per_conversion(250.0, 10),"
            + " roas(1000, 250), roi(1000, 250), roas(spend, 0) from posts where id = 1"));
  }

  @Test void aggregatesSeeEveryRowAndGroup() throws Exception {
    // rows with both values: (120 + 5) / (4000 + 250) = 125 / 4250; best hour: 18h twice, 9h once
    assertEquals(List.of(Db.row(125.0 / 4250, 18)), Db.rows(dir,
        "select engagement_rate_agg(likes, followers), best_send_hour(ts) from posts"));
    // 100 * (1 * 4/5 + 3 * 2/5) / (1 + 3) = 100 * 2 / 4 = 50; with max 10: 100 * (4/10 + 3 * 2/10) / 4 = 25
    assertEquals(List.of(Db.row(50.0, 25.0)), Db.rows(dir,
        "select matrix_score(s, w), matrix_score(s, w, 10) from (values (4, 1.0), (2, 3.0), (null, 5.0)) as t(s, w)"));
    assertEquals(List.of(Db.row(null, null)), Db.rows(dir,
        "select engagement_rate_agg(likes, followers), best_send_hour(ts) from posts where id > 99"));
  }

  @Test void levelsDecayAndQuadrants() throws Exception {
    // 80 * 2^(-14 / 7) = 20
    assertEquals(List.of(Db.row("engaged_to_buy", "engaged", 20.0, "engages_only", null)), Db.rows(dir,
        "select engagement_level(true, 12, 50, 0), engagement_level(true, 3, 4, 5, 3, 5, 6),"
            + " decayed_points(80, 14, 7), engagement_quadrant(0.05, 0.01, 0.05, 0.02),"
            + " engagement_quadrant(null, 0.01, 0.05, 0.02) from posts where id = 1"));
  }

  @Test void linkConversionsOverTwoTables() throws Exception {
    Db.write(dir, "touches.csv", "contact_id,ts,channel\n1,2026-03-01 00:00:00,instagram\n"
        + "1,2026-03-08 00:00:00,email\n2,2026-01-01 00:00:00,x\n");
    Db.write(dir, "conversions.csv", "conversion_id,contact_id,ts,value\nC1,1,2026-03-08 00:00:00,90\n"
        + "C2,2,2026-03-08 00:00:00,10\n");
    // C1: touches 7 and 0 days before, half-life 7 -> weights 0.5, 1 -> 1/3 and 2/3 of 90 = 30 and 60;
    // C2: its only touch is 66 days before, outside 30 days -> one row, NULL channel, credit 1, value 10
    assertEquals(List.of(Db.row("C1", 1, "email", 2, 0.0, 2.0 / 3, 60.0), Db.row("C1", 1, "instagram", 1, 7.0, 1.0 / 3, 30.0),
            Db.row("C2", 2, null, null, null, 1.0, 10.0)),
        Db.rows(dir, "select conversion_id, contact_id, channel, \"position\", days_before, credit, credited_value"
            + " from table(link_conversions('touches', 'conversions', 'time_decay', 30, 7))"
            + " order by conversion_id, channel nulls last"));
    SqlAssert.fails(() -> Db.rows(dir, "select * from table(link_conversions('touches', 'conversions', 'u_shaped'))"),
        "22023", "valid models: first_touch, last_touch, linear, time_decay, position_based");
    SqlAssert.fails(() -> Db.rows(dir, "select * from table(link_conversions('../../etc/passwd', 'conversions'))"),
        "42S02", "table '../../etc/passwd' not found");
  }

  @Test void linkConversionsWithOtherColumnNames() throws Exception {
    Db.write(dir, "visits.csv", "customer,visited_on,source\nA,2026-03-01,email\n");
    Db.write(dir, "orders.csv", "order_id,customer,ordered_at,revenue\nO1,A,2026-03-02 12:00:00,50\n");
    // one touch 1.5 days before: all credit under every model
    assertEquals(List.of(Db.row("O1", "A", "email", 1.5, 1.0, 50.0)), Db.rows(dir,
        "select conversion_id, contact_id, channel, days_before, credit, credited_value from table(link_conversions("
            + "'visits', 'orders', 'position_based', 30, 7, 'contact_id=customer, touches.ts=visited_on,"
            + " channel=source, conversion_id=order_id, conversions.ts=ordered_at, value=revenue'))"));
    SqlAssert.fails(() -> Db.rows(dir, "select * from table(link_conversions('visits', 'orders'))"), "42703",
        "column 'contact_id' not found in visits");
  }

  @Test void everyFunctionIsListedWithItsFormulaAndDocumented() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "functions.md"));
    try (Connection connection = Db.connect(dir);
         ResultSet functions = connection.getMetaData().getFunctions(null, null, "%")) {
      List<String> listed = new ArrayList<>();
      while (functions.next()) {
        listed.add(functions.getString("FUNCTION_NAME"));
        assertTrue(functions.getString("REMARKS").contains(" = "), functions.getString("REMARKS"));
      }
      for (FunctionSpec spec : FunctionCatalog.FUNCTIONS) {
        assertTrue(listed.contains(spec.sqlName()), spec.sqlName());
        assertTrue(docs.contains("## " + spec.sqlName()), spec.sqlName() + " is not documented in docs/functions.md");
      }
    }
  }
}
