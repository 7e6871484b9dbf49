package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.SqlState;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The driver hands out proxies around Calcite's JDBC objects instead of the objects themselves, for two
 * reasons: every exception that crosses JDBC must become an {@link SQLException} with a SQLSTATE (Calcite lets
 * raw runtime exceptions out of {@code ResultSet.next()} and gives most errors no state), and a few methods must
 * behave as a read-only file database rather than as Calcite does. A subclass intercepts the methods it changes
 * and returns {@link #FORWARD} for the rest.
 */
abstract class JdbcGuard implements InvocationHandler {
  /** Returned by {@link #intercept} for a method the target should answer. */
  static final Object FORWARD = new Object();

  final Object target;
  private final ConnectionGuard owner;

  /** @param owner the guard of the connection this object belongs to; null for the connection itself */
  JdbcGuard(Object target, ConnectionGuard owner) {
    this.target = target;
    this.owner = owner;
  }

  /** The guard of the connection this object belongs to, so that children report it as their connection. */
  final ConnectionGuard owner() {
    return owner != null ? owner : (ConnectionGuard) this;
  }

  /** The proxy's own answer to a call, or {@link #FORWARD}. */
  abstract Object intercept(Object proxy, Method method, Object[] args) throws Throwable;

  static <T> T proxy(Class<T> type, JdbcGuard guard) {
    return type.cast(Proxy.newProxyInstance(JdbcGuard.class.getClassLoader(), new Class<?>[] {type}, guard));
  }

  @Override public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "equals":
        if (method.getParameterCount() == 1) {
          return proxy == args[0];
        }
        break;
      case "hashCode":
        if (method.getParameterCount() == 0) {
          return System.identityHashCode(proxy);
        }
        break;
      case "toString":
        if (method.getParameterCount() == 0) {
          return getClass().getSimpleName() + "[" + target + "]";
        }
        break;
      case "unwrap":
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return proxy;
        }
        break;
      case "isWrapperFor":
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return true;
        }
        break;
      default:
        break;
    }
    try {
      Object result = intercept(proxy, method, args);
      if (result == FORWARD) {
        result = method.invoke(target, args);
      }
      return guardResult(proxy, method, result);
    } catch (InvocationTargetException e) {
      throw translated(method, e.getCause());
    } catch (SQLException | RuntimeException | Error e) {
      throw translated(method, e);
    }
  }

  /** True when the statement this object belongs to was cancelled while it ran. */
  boolean cancelled() {
    return false;
  }

  /** Result sets, statements and metadata a call returns are guarded too. */
  private Object guardResult(Object proxy, Method method, Object result) {
    if (result == null || Proxy.isProxyClass(result.getClass())) {
      return result;
    }
    Class<?> type = method.getReturnType();
    if (result instanceof ResultSet resultSet && type == ResultSet.class) {
      Object statement = proxy instanceof Statement ? proxy : null;
      return proxy(ResultSet.class, new ResultSetGuard(resultSet, owner(), statement));
    }
    if (result instanceof Statement && Statement.class.isAssignableFrom(type)) {
      return proxy(type, new StatementGuard(result, owner()));
    }
    if (result instanceof DatabaseMetaData metaData && type == DatabaseMetaData.class) {
      return proxy(DatabaseMetaData.class, new MetaDataGuard(metaData, owner()));
    }
    return result;
  }

  /**
   * Everything becomes an SQLException where the method may throw one. That includes running out of heap or stack
   * inside a query: the error is raised where the query allocates or recurses, and once it has unwound to here the
   * query's rows are garbage and the JVM is whole again; other errors of the JVM pass through untouched.
   */
  private Throwable translated(Method method, Throwable error) {
    boolean throwsSql = Arrays.asList(method.getExceptionTypes()).contains(SQLException.class);
    if (!throwsSql) {
      return error;
    }
    if (error instanceof OutOfMemoryError) {
      return new SQLException("the query ran out of memory (the JVM's maximum heap is "
          + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB) and was stopped; filter or aggregate earlier, or"
          + " give the JVM more heap with -Xmx", SqlState.OUT_OF_MEMORY.code(), error);
    }
    if (error instanceof StackOverflowError) {
      return new SQLException("the statement is nested too deeply to run", SqlState.STATEMENT_TOO_COMPLEX.code(),
          error);
    }
    return error instanceof VirtualMachineError ? error : JdbcErrors.translate(error, cancelled());
  }
}
