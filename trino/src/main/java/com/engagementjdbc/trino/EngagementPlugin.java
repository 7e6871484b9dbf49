package com.engagementjdbc.trino;

import com.engagementjdbc.trino.function.BestSendHourAggregation;
import com.engagementjdbc.trino.function.EngagementRateAggregation;
import com.engagementjdbc.trino.function.MatrixScoreAggregation;
import com.engagementjdbc.trino.function.ScalarFunctions;
import com.engagementjdbc.trino.linkage.LinkageConnectorFactory;
import io.trino.spi.Plugin;
import io.trino.spi.connector.ConnectorFactory;
import java.util.List;
import java.util.Set;

/**
 * The engagement functions for Trino: every scalar and aggregate function of the driver, global (no catalog
 * needed), and the connector {@code engagement} whose catalog holds the table function LINK_CONVERSIONS.
 */
public final class EngagementPlugin implements Plugin {
  @Override public Set<Class<?>> getFunctions() {
    return Set.of(ScalarFunctions.class, EngagementRateAggregation.class, MatrixScoreAggregation.class,
        BestSendHourAggregation.class);
  }

  @Override public Iterable<ConnectorFactory> getConnectorFactories() {
    return List.of(new LinkageConnectorFactory());
  }
}
