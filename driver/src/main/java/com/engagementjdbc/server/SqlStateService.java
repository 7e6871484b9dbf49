package com.engagementjdbc.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaSeverity;
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
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return new AvaticaRuntimeException(sql.getMessage(), sql.getErrorCode(), sql.getSQLState(),
            AvaticaSeverity.ERROR);
      }
    }
    return thrown;
  }
}
