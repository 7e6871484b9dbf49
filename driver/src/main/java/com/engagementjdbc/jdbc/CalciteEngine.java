package com.engagementjdbc.jdbc;

import com.engagementjdbc.plan.EngagementPrepare;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteFactory;
import org.apache.calcite.jdbc.Driver;

/**
 * Calcite's JDBC driver with this driver's statement preparation ({@link EngagementPrepare}) and type factory
 * ({@link AnalystTypeFactory}): Calcite builds a connection's type factory from the {@code typeSystem} property
 * alone, unless it is handed one.
 */
final class CalciteEngine extends Driver {
  CalciteEngine() {
    super(EngagementPrepare::new);
  }

  CalciteConnection connect(Properties properties) throws SQLException {
    AvaticaConnection connection = ((CalciteFactory) factory).newConnection(this, factory, CONNECT_STRING_PREFIX,
        properties, null, new AnalystTypeFactory());
    handler.onConnectionInit(connection);
    return connection.unwrap(CalciteConnection.class);
  }
}
