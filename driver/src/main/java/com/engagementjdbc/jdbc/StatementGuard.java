package com.engagementjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Statements and prepared statements: refuse writing SQL, bind parameters the way Calcite can take them, and report
 * the guarded connection as their own.
 */
final class StatementGuard extends JdbcGuard {

  private int[] parameterTypes;

  StatementGuard(Object statement, ConnectionGuard connection) {
    super(statement, connection);
  }

  @Override Object intercept(Object self, Method method, Object[] args) throws SQLException {
    String name = method.getName();
    if (name.equals("getConnection")) {
      return owner().proxy();
    }
    if ((name.equals("setLong") || name.equals("setObject")) && args.length == 2 && args[1] instanceof Long value
        && value == value.intValue() && parameterType((Integer) args[0]) == Types.INTEGER) {
      // Calcite types LIMIT ? and OFFSET ? as INTEGER and fails on a Long there, which JDBC tools bind
      ((PreparedStatement) target).setInt((Integer) args[0], value.intValue());
      return null;
    }
    if ((name.equals("setString") || name.equals("setObject")) && args.length == 2 && args[1] instanceof String text
        && ParameterText.bind((PreparedStatement) target, (Integer) args[0], parameterType((Integer) args[0]), text)) {
      return null;
    }
    boolean runsSql = name.startsWith("execute") || name.equals("addBatch");
    if (runsSql && args != null && args.length > 0 && args[0] instanceof String sql) {
      ReadOnlySql.check(sql);
    }
    return FORWARD;
  }

  /** The SQL type Calcite inferred for parameter {@code index}, or {@link Types#OTHER} outside the range. */
  private int parameterType(int index) throws SQLException {
    if (parameterTypes == null) {
      ParameterMetaData meta = ((PreparedStatement) target).getParameterMetaData();
      parameterTypes = new int[meta.getParameterCount()];
      for (int i = 0; i < parameterTypes.length; i++) {
        parameterTypes[i] = meta.getParameterType(i + 1);
      }
    }
    return index >= 1 && index <= parameterTypes.length ? parameterTypes[index - 1] : Types.OTHER;
  }
}
