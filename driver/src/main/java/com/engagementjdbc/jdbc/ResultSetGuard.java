package com.engagementjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.ResultSet;

/** Result sets: errors raised while rows are read (a file that fails mid-scan) come out as SQLExceptions. */
final class ResultSetGuard extends JdbcGuard {
  private final Object statement;

  ResultSetGuard(ResultSet resultSet, ConnectionGuard connection, Object statement) {
    super(resultSet, connection);
    this.statement = statement;
  }

  @Override Object intercept(Object self, Method method, Object[] args) {
    return method.getName().equals("getStatement") ? statement : FORWARD;
  }
}
