package com.engagementjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;

/** Statements and prepared statements: refuse writing SQL, and report the guarded connection as their own. */
final class StatementGuard extends JdbcGuard {

  StatementGuard(Object statement, ConnectionGuard connection) {
    super(statement, connection);
  }

  @Override Object intercept(Object self, Method method, Object[] args) throws SQLException {
    String name = method.getName();
    if (name.equals("getConnection")) {
      return owner().proxy();
    }
    boolean runsSql = name.startsWith("execute") || name.equals("addBatch");
    if (runsSql && args != null && args.length > 0 && args[0] instanceof String sql) {
      ReadOnlySql.check(sql);
    }
    return FORWARD;
  }
}
