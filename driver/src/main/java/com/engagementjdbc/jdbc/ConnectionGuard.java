package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.SqlState;
import java.lang.reflect.Method;
import java.sql.Connection;

/**
 * The connection as users see it: read-only, so transactions have nothing to do (commit and rollback succeed
 * and change nothing, as pools and frameworks expect), and any statement that would write is refused with
 * SQLSTATE 25006.
 */
final class ConnectionGuard extends JdbcGuard {
  private final ConnectionConfig config;
  private Connection proxy;
  private volatile boolean autoCommit = true;

  private ConnectionGuard(Connection calcite, ConnectionConfig config) {
    super(calcite, null);
    this.config = config;
  }

  static Connection wrap(Connection calcite, ConnectionConfig config) {
    ConnectionGuard guard = new ConnectionGuard(calcite, config);
    guard.proxy = proxy(Connection.class, guard);
    return guard.proxy;
  }

  Connection proxy() {
    return proxy;
  }

  ConnectionConfig config() {
    return config;
  }

  @Override Object intercept(Object self, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "commit":
      case "rollback":
      case "setReadOnly":
      case "setTransactionIsolation":
      case "setCatalog":
        ensureOpen();
        return null;
      case "setAutoCommit":
        ensureOpen();
        autoCommit = (Boolean) args[0];
        return null;
      case "getAutoCommit":
        ensureOpen();
        return autoCommit;
      case "isReadOnly":
        ensureOpen();
        return true;
      case "prepareStatement":
      case "prepareCall":
        ReadOnlySql.check((String) args[0]);
        return FORWARD;
      default:
        return FORWARD;
    }
  }

  private void ensureOpen() throws Exception {
    if (((Connection) target).isClosed()) {
      throw new java.sql.SQLException("the connection is closed", SqlState.CONNECTION_CLOSED.code());
    }
  }

}
