package com.engagementjdbc.trino.linkage;

import io.trino.spi.connector.Connector;
import io.trino.spi.connector.ConnectorMetadata;
import io.trino.spi.connector.ConnectorSession;
import io.trino.spi.connector.ConnectorTransactionHandle;
import io.trino.spi.function.FunctionProvider;
import io.trino.spi.function.table.ConnectorTableFunction;
import io.trino.spi.function.table.ConnectorTableFunctionHandle;
import io.trino.spi.function.table.TableFunctionProcessorProvider;
import io.trino.spi.transaction.IsolationLevel;
import java.util.Optional;
import java.util.Set;

/** The engagement catalog: no table, no state, one table function. */
final class LinkageConnector implements Connector {
  private static final ConnectorMetadata NO_TABLES = new ConnectorMetadata() {
  };

  /** The only transaction there is: the catalog holds nothing to commit. */
  enum Transaction implements ConnectorTransactionHandle {
    INSTANCE
  }

  @Override public ConnectorTransactionHandle beginTransaction(IsolationLevel isolationLevel, boolean readOnly,
      boolean autoCommit) {
    return Transaction.INSTANCE;
  }

  @Override public ConnectorMetadata getMetadata(ConnectorSession session, ConnectorTransactionHandle transaction) {
    return NO_TABLES;
  }

  @Override public Set<ConnectorTableFunction> getTableFunctions() {
    return Set.of(new LinkConversionsFunction());
  }

  @Override public Optional<FunctionProvider> getFunctionProvider() {
    return Optional.of(new FunctionProvider() {
      @Override public TableFunctionProcessorProvider getTableFunctionProcessorProvider(
          ConnectorTableFunctionHandle handle) {
        return new TableFunctionProcessorProvider() {
          @Override public io.trino.spi.function.table.TableFunctionDataProcessor getDataProcessor(
              ConnectorSession session, ConnectorTableFunctionHandle functionHandle) {
            return new LinkConversionsProcessor((LinkConversionsHandle) functionHandle);
          }
        };
      }
    });
  }

  @Override public void shutdown() {
  }
}
