package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hash joins build their table from the smaller input, whichever side of the JOIN the query names it; an aggregate
 * over an equi-join of two files is computed on their vectors, an inner join building from the smaller file too.
 */
class JoinPlanTest {
  @TempDir Path dir;

  @BeforeEach void writeFiles() throws Exception {
    StringBuilder touches = new StringBuilder("contact_id,channel\n");
    for (int i = 0; i < 3000; i++) {
      touches.append(i % 100).append(',').append(i % 3 == 0 ? "email" : "social").append('\n');
    }
    Db.write(dir, "touches.csv", touches.toString());
    Db.write(dir, "conversions.csv", "contact_id,value\n1,10\n2,20\n3,30\n");
  }

  @Test void theSmallerTableIsBuilt() throws Exception {
    for (String sql : List.of(
        "select t.channel from conversions c join touches t on t.contact_id = c.contact_id",
        "select t.channel from touches t join conversions c on t.contact_id = c.contact_id")) {
      String plan = String.valueOf(Db.rows(dir, "explain plan for " + sql).get(0).get(0));
      // the hash table is built from the join's second (right) input
      assertTrue(plan.indexOf("touches") < plan.indexOf("conversions"), plan);
      assertTrue(plan.contains("SmallBuildSideHashJoin"), plan);
      // contacts 1, 2 and 3 have 30 touches each: i % 100 in 1..3 for i < 3000
      assertEquals(90, Db.rows(dir, sql).size());
    }
  }

  @Test void anAggregateOverTheJoinIsComputedOnTheVectors() throws Exception {
    for (String sql : List.of(
        "select count(*) from conversions c join touches t on t.contact_id = c.contact_id",
        "select count(*) from touches t join conversions c on t.contact_id = c.contact_id")) {
      String plan = String.valueOf(Db.rows(dir, "explain plan for " + sql).get(0).get(0));
      assertTrue(plan.contains("VectorAggregate(join="), plan);
      assertEquals(List.of(Db.row(90L)), Db.rows(dir, sql));
    }
  }

  @Test void anAggregateOverAnOuterJoinIsComputedOnTheVectors() throws Exception {
    String sql = "select count(*), sum(c.\"value\") from conversions c left join touches t"
        + " on t.contact_id = c.contact_id";
    String plan = String.valueOf(Db.rows(dir, "explain plan for " + sql).get(0).get(0));
    assertTrue(plan.contains("VectorAggregate(join=") && plan.contains("left join"), plan);
    // every conversion's contact has touches: 30 each, and no conversion is left without one
    assertEquals(List.of(Db.row(90L, 1800L)), Db.rows(dir, sql));
  }
}
