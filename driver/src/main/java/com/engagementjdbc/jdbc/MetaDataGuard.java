package com.engagementjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;

/** Database metadata that names this product rather than Calcite, and tells tools the data is read-only. */
final class MetaDataGuard extends JdbcGuard {
  private final ConnectionGuard connection;

  MetaDataGuard(DatabaseMetaData metaData, ConnectionGuard connection) {
    super(metaData);
    this.connection = connection;
  }

  @Override ConnectionGuard owner() {
    return connection;
  }

  @Override Object intercept(Object self, Method method, Object[] args) {
    switch (method.getName()) {
      case "getDatabaseProductName": return ProductVersion.PRODUCT_NAME;
      case "getDatabaseProductVersion": return ProductVersion.VERSION;
      case "getDriverName": return ProductVersion.DRIVER_NAME;
      case "getDriverVersion": return ProductVersion.VERSION;
      case "getDriverMajorVersion":
      case "getDatabaseMajorVersion":
        return ProductVersion.major();
      case "getDriverMinorVersion":
      case "getDatabaseMinorVersion":
        return ProductVersion.minor();
      case "isReadOnly": return true;
      case "getURL": return connection.config().url();
      case "getConnection": return connection.proxy();
      default: return FORWARD;
    }
  }
}
