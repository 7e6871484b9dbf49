package com.engagementjdbc.jdbc;

import com.engagementjdbc.function.ZoneFreeTime;
import java.lang.reflect.Method;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

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
    if (name.equals("setObject") && args.length == 2 && bindTime((Integer) args[0], args[1])) {
      return null;
    }
    boolean runsSql = name.startsWith("execute") || name.equals("addBatch");
    if (runsSql && args != null && args.length > 0 && args[0] instanceof String sql) {
      ReadOnlySql.check(sql);
    }
    return FORWARD;
  }

  /**
   * A {@code LocalDateTime} or {@code LocalDate} for a TIMESTAMP or DATE parameter, bound as the wall-clock value it
   * is: Calcite takes neither, and a {@code java.sql.Timestamp} cannot hold a time the JVM's zone skips.
   */
  private boolean bindTime(int index, Object value) throws SQLException {
    PreparedStatement statement = (PreparedStatement) target;
    if (value instanceof LocalDateTime time && parameterType(index) == Types.TIMESTAMP) {
      statement.setLong(index, ZoneFreeTime.millis(time));
      return true;
    }
    if (value instanceof LocalDate date && parameterType(index) == Types.DATE) {
      statement.setInt(index, Math.toIntExact(date.toEpochDay()));
      return true;
    }
    return false;
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
