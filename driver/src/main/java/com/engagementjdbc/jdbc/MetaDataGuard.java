package com.engagementjdbc.jdbc;

import com.engagementjdbc.function.FunctionsTable;
import com.engagementjdbc.schema.SystemSchema;
import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Database metadata that names this product rather than Calcite, and tells tools the data is read-only. */
final class MetaDataGuard extends JdbcGuard {

  MetaDataGuard(DatabaseMetaData metaData, ConnectionGuard connection) {
    super(metaData, connection);
  }

  @Override Object intercept(Object self, Method method, Object[] args) throws Exception {
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
      case "getURL": return owner().config().url();
      case "getConnection": return owner().proxy();
      case "getFunctions": return functions((String) args[2]);
      case "getUserName": return "";
      case "getSchemas":
        return filtered(method, args, args == null || args.length < 2 ? null : (String) args[1], null);
      case "getTables":
      case "getProcedures":
      case "getFunctionColumns":
      case "getProcedureColumns":
        return filtered(method, args, (String) args[1], null);
      case "getColumns": return filtered(method, args, (String) args[1], MetaResultRules::rewriteColumn);
      case "supportsResultSetHoldability": return (Integer) args[0] == ResultSet.HOLD_CURSORS_OVER_COMMIT;
      // Avatica throws "todo" for these; the answer for read-only result sets is no
      case "deletesAreDetected":
      case "insertsAreDetected":
      case "updatesAreDetected":
      case "othersDeletesAreVisible":
      case "othersInsertsAreVisible":
      case "othersUpdatesAreVisible":
      case "ownDeletesAreVisible":
      case "ownInsertsAreVisible":
      case "ownUpdatesAreVisible":
        return false;
      default: return FORWARD;
    }
  }

  /** A metadata result set without Calcite's internal schema, with its values corrected by {@code rewriter}. */
  private ResultSet filtered(Method method, Object[] args, String schemaPattern,
      ResultSetGuard.ValueRewriter rewriter) throws Exception {
    ResultSet rows = (ResultSet) method.invoke(target, args);
    return proxy(ResultSet.class, new ResultSetGuard(rows, owner(), null,
        row -> MetaResultRules.keep(row, schemaPattern), rewriter));
  }

  /**
   * Our functions with their formulas as REMARKS (Calcite lists its built-in operators without remarks, which
   * buries ours among hundreds); the result set closes its statement when closed.
   */
  private ResultSet functions(String namePattern) throws SQLException {
    PreparedStatement statement = owner().proxy().prepareStatement("select FUNCTION_CAT, FUNCTION_SCHEM,"
        + " FUNCTION_NAME, REMARKS, FUNCTION_TYPE, SPECIFIC_NAME from \"" + SystemSchema.NAME + "\".\""
        + FunctionsTable.NAME + "\" where FUNCTION_NAME like ? order by FUNCTION_NAME, SPECIFIC_NAME");
    statement.setString(1, namePattern == null ? "%" : namePattern);
    statement.closeOnCompletion();
    return statement.executeQuery();
  }
}
