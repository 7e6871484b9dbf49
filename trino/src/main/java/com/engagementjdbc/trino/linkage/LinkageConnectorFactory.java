package com.engagementjdbc.trino.linkage;

import io.trino.spi.TrinoException;
import io.trino.spi.StandardErrorCode;
import io.trino.spi.connector.Connector;
import io.trino.spi.connector.ConnectorContext;
import io.trino.spi.connector.ConnectorFactory;
import java.util.Map;

/** {@code connector.name=engagement}: a catalog that holds LINK_CONVERSIONS and no table. */
public final class LinkageConnectorFactory implements ConnectorFactory {
  @Override public String getName() {
    return "engagement";
  }

  @Override public Connector create(String catalogName, Map<String, String> config, ConnectorContext context) {
    if (!config.isEmpty()) {
      throw new TrinoException(StandardErrorCode.CONFIGURATION_INVALID, "catalog " + catalogName
          + ": the engagement connector takes no property but connector.name, not " + config.keySet());
    }
    return new LinkageConnector();
  }
}
