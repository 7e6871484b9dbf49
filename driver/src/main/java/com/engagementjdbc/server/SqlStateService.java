package com.engagementjdbc.server;

import com.engagementjdbc.error.SqlState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.NoSuchConnectionException;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.Service;

/**
 * Gives remote clients the SQLSTATE of every error. Avatica's {@code JdbcMeta} wraps a driver's SQLException in a
 * plain RuntimeException, which its error response reports as state {@code 00000} with a stack of class names; an
 * {@link AvaticaRuntimeException} is the one form whose state and message travel to the client as they are.
 */
final class SqlStateService {
  private SqlStateService() {
  }

  static Service wrap(Service service) {
    return (Service) Proxy.newProxyInstance(Service.class.getClassLoader(), new Class<?>[] {Service.class},
        (proxy, method, args) -> {
          try {
            return method.invoke(service, args);
          } catch (InvocationTargetException e) {
            throw translate(e.getCause());
          }
        });
  }

  private static Throwable translate(Throwable thrown) {
    if (thrown instanceof NoSuchConnectionException) {
      // Avatica reports it with no message and state 00000; clients need to know to open a new connection
      return new AvaticaRuntimeException("the connection is unknown to the server: closed, expired after 10 minutes"
          + " idle, or the server restarted; open a new connection", 0, SqlState.CONNECTION_CLOSED.code(),
          AvaticaSeverity.ERROR);
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return new AvaticaRuntimeException(sql.getMessage(), sql.getErrorCode(), sql.getSQLState(),
            AvaticaSeverity.ERROR);
      }
    }
    return thrown;
  }
}
