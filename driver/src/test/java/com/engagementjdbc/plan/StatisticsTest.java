package com.engagementjdbc.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planner knows the distinct counts and the unique columns of cached files: GROUP BY and join sizes are
 * estimated from them, and a GROUP BY or DISTINCT of a unique column is no aggregation at all.
 */
class StatisticsTest {
  @TempDir Path dir;

  @BeforeEach void writeFiles() throws Exception {
    // 3000 touches of contacts 0..99 (30 each), 3 channels; touch_id unique
    StringBuilder touches = new StringBuilder("touch_id,contact_id,channel\n");
    for (int i = 0; i < 3000; i++) {
      touches.append(i).append(',').append(i % 100).append(',').append(List.of("email", "social", "ads").get(i % 3))
          .append('\n');
    }
    Db.write(dir, "touches.csv", touches.toString());
    // 6 conversions of contacts 1..3, two each
    Db.write(dir, "conversions.csv", "contact_id,value\n1,10\n2,20\n3,30\n1,11\n2,21\n3,31\n");
  }

  /** The row count Calcite estimates for the plan's top node. */
  private double estimatedRows(String sql) throws Exception {
    String plan = String.valueOf(Db.rows(dir, "explain plan including all attributes for " + sql).get(0).get(0));
    Matcher rows = Pattern.compile("rowcount = ([0-9.E]+)").matcher(plan);
    assertTrue(rows.find(), plan);
    return Double.parseDouble(rows.group(1));
  }

  private String plan(String sql) throws Exception {
    return String.valueOf(Db.rows(dir, "explain plan for " + sql).get(0).get(0));
  }

  @Test void aGroupByIsEstimatedFromTheColumnsDistinctValues() throws Exception {
    // 3 channels, where Calcite alone guesses a tenth of the rows (300)
    assertEquals(3.0, estimatedRows("select channel, count(*) from touches group by channel"), 1e-9);
    // 100 contacts
    assertEquals(100.0, estimatedRows("select contact_id, count(*) from touches group by contact_id"), 1e-9);
  }

  @Test void anEquiJoinIsEstimatedFromItsKeysDistinctValues() throws Exception {
    // 3000 * 6 / max(100 contacts in touches, 3 in conversions) = 180, where Calcite alone guesses 15% of
    // 3000 * 6 pairs (2700); the true answer: contacts 1..3 have 30 touches and 2 conversions each, 180 pairs
    String sql = "select t.channel, c.\"value\" from touches t join conversions c on t.contact_id = c.contact_id";
    assertEquals(180.0, estimatedRows(sql), 1e-9);
    assertEquals(180, Db.rows(dir, sql).size());
  }

  @Test void aUniqueColumnNeedsNoAggregation() throws Exception {
    String sql = "select distinct touch_id from touches";
    assertFalse(plan(sql).contains("Aggregate"), plan(sql));
    assertEquals(3000, Db.rows(dir, sql).size());
    // contact_id repeats: the aggregation stays, 100 contacts
    assertTrue(plan("select distinct contact_id from touches").contains("Aggregate"));
    assertEquals(100, Db.rows(dir, "select distinct contact_id from touches").size());
  }

  @Test void twoNullsAreOneGroup() throws Exception {
    // ids 1 and 2 once each, and two NULLs: not unique, GROUP BY gives 3 groups (1, 2, NULL) with counts 1, 1, 2
    Db.write(dir, "ids.csv", "id,n\n1,5\n,6\n2,7\n,8\n");
    String sql = "select id, count(*) from ids group by id order by id nulls last";
    assertEquals(List.of(Db.row(1, 1L), Db.row(2, 1L), Db.row(null, 2L)), Db.rows(dir, sql));
    // one NULL among distinct values is unique: each group one row
    Db.write(dir, "one_null.csv", "id,n\n1,5\n,6\n2,7\n");
    String unique = "select id, count(*) from one_null group by id order by id nulls last";
    assertFalse(plan(unique).contains("Aggregate"), plan(unique));
    assertEquals(List.of(Db.row(1, 1L), Db.row(2, 1L), Db.row(null, 1L)), Db.rows(dir, unique));
  }
}
