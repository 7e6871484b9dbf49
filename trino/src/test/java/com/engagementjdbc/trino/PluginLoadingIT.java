package com.engagementjdbc.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin reaches the cluster from its zip only, and every server of the cluster has it. */
class PluginLoadingIT {
  @Test void thePluginIsNotOnTheTestClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.engagementjdbc.trino.EngagementPlugin"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.engagementjdbc.functions.Engagement"));
  }

  @Test void theClusterHasACoordinatorAndTwoWorkersThatAllRunTheFunctions() {
    assertEquals(3, TrinoCluster.get().getNodeCount());
    // a GROUP BY over 100 groups crosses an exchange: partial aggregates on the workers, final ones elsewhere
    assertEquals(List.of(100L), TrinoCluster.query("SELECT count(*) FROM (SELECT i % 100 AS g,"
        + " engagement_rate_agg(i, 10 * i) AS rate FROM UNNEST(sequence(1, 10000)) AS t(i) GROUP BY i % 100)"
        + " WHERE rate = 0.1").getOnlyColumn().toList());
  }
}
