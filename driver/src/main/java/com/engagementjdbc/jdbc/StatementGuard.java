package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.function.ZoneFreeTime;
import java.lang.reflect.Method;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.BitSet;

/**
 * Statements and prepared statements: refuse writing SQL, bind parameters the way Calcite can take them, and report
 * the guarded connection as their own.
 */
final class StatementGuard extends JdbcGuard {

  private int[] parameterTypes;
  /** The parameters bound so far, by index. */
  private final BitSet bound = new BitSet();
  /** Set by {@code cancel()}; like Avatica's own flag, it stays set for the statement's later queries. */
  private volatile boolean cancelled;

  StatementGuard(Object statement, ConnectionGuard connection) {
    super(statement, connection);
  }

  @Override Object intercept(Object self, Method method, Object[] args) throws SQLException {
    String name = method.getName();
    if (name.equals("getConnection")) {
      return owner().proxy();
    }
    if (name.equals("cancel")) {
      cancelled = true;
      return FORWARD;
    }
    if (method.getDeclaringClass() == PreparedStatement.class) {
      checkParameters(name, args);
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

  @Override boolean cancelled() {
    return cancelled;
  }

  /**
   * Refuses a parameter index the statement does not have, and running it with a parameter unbound, before Calcite
   * does so with a message and no SQLSTATE.
   */
  private void checkParameters(String name, Object[] args) throws SQLException {
    int count = parameterCount();
    if (name.startsWith("set") && args.length >= 2 && args[0] instanceof Integer index) {
      if (index < 1 || index > count) {
        throw new SQLException("parameter index " + index + " is out of range: the statement has " + count
            + " parameter" + (count == 1 ? "" : "s"), SqlState.INVALID_PARAMETER_INDEX.code());
      }
      bound.set(index);
    } else if (name.equals("clearParameters")) {
      bound.clear();
    } else if ((name.startsWith("execute") || name.equals("addBatch")) && (args == null || args.length == 0)) {
      int unbound = bound.nextClearBit(1);
      if (unbound <= count) {
        throw new SQLException("parameter " + unbound + " of " + count + " is not set: bind every ? before"
            + " executing", SqlState.PARAMETER_NOT_SET.code());
      }
    }
  }

  private int parameterCount() throws SQLException {
    parameterType(1);
    return parameterTypes.length;
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
