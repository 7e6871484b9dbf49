package com.engagementjdbc.jdbc;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * Result sets: errors raised while rows are read (a file that fails mid-scan) come out as SQLExceptions. For
 * metadata, a row filter can hide rows and a rewriter can correct values (see {@link MetaResultRules}).
 */
final class ResultSetGuard extends JdbcGuard {
  /** Which rows a tool sees; the row is the underlying result set, positioned on it. */
  interface RowFilter {
    boolean keep(ResultSet row) throws SQLException;
  }

  /** The value a tool sees for a column of the current row. */
  interface ValueRewriter {
    Object rewrite(ResultSet row, String label, Object value) throws SQLException;
  }

  private static final Set<String> REWRITTEN_GETTERS = Set.of("getString", "getObject", "getInt", "getLong",
      "getShort");

  private final Object statement;
  private final RowFilter filter;
  private final ValueRewriter rewriter;

  ResultSetGuard(ResultSet resultSet, ConnectionGuard connection, Object statement) {
    this(resultSet, connection, statement, null, null);
  }

  ResultSetGuard(ResultSet resultSet, ConnectionGuard connection, Object statement, RowFilter filter,
      ValueRewriter rewriter) {
    super(resultSet, connection);
    this.statement = statement;
    this.filter = filter;
    this.rewriter = rewriter;
  }

  @Override boolean cancelled() {
    return statement != null && Proxy.getInvocationHandler(statement) instanceof StatementGuard guard
        && guard.cancelled();
  }

  @Override Object intercept(Object self, Method method, Object[] args) throws Exception {
    ResultSet rows = (ResultSet) target;
    String name = method.getName();
    if (name.equals("getStatement")) {
      return statement;
    }
    if (name.equals("next") && filter != null) {
      while (rows.next()) {
        if (filter.keep(rows)) {
          return true;
        }
      }
      return false;
    }
    if (args != null && args.length == 2 && WallClock.handles(name, args[1])) {
      Object value = WallClock.get(rows, args[0], name, args[1]);
      if (value != FORWARD) {
        return value;
      }
    }
    if (rewriter != null && REWRITTEN_GETTERS.contains(name) && args.length == 1) {
      String label = args[0] instanceof Integer index ? rows.getMetaData().getColumnLabel(index) : (String) args[0];
      Object value = rewriter.rewrite(rows, label, method.invoke(target, args));
      Class<?> type = method.getReturnType();
      if (type == String.class) {
        return value == null ? null : value.toString();
      }
      if (type == int.class || type == long.class || type == short.class) {
        Number number = value == null ? 0 : (Number) value;
        return type == int.class ? (Object) number.intValue()
            : type == long.class ? (Object) number.longValue() : (Object) number.shortValue();
      }
      return value;
    }
    return FORWARD;
  }
}
