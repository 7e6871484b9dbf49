package com.engagementjdbc.server;

import com.engagementjdbc.error.SqlState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.avatica.jdbc.JdbcMeta;

/**
 * Avatica's JDBC-backed meta, with every connection opened on the server's own URL and properties. A remote client
 * may say who it is (user, password: authentication is HTTP's job, so they are ignored) but cannot choose the data
 * path, a read option or any Calcite property: those define what the server exposes, and a client able to set
 * them could point the server at other files or make it load classes.
 */
final class ServerMeta extends JdbcMeta {
  private static final Set<String> CLIENT_KEYS = Set.of("user", "password");

  private final Properties serverInfo;

  ServerMeta(String url, Properties serverInfo) throws SQLException {
    super(url, serverInfo);
    this.serverInfo = serverInfo;
  }

  @Override
  protected Connection createConnection(String url, Properties clientInfo) throws SQLException {
    Set<String> refused = new TreeSet<>();
    for (String key : clientInfo.stringPropertyNames()) {
      if (!CLIENT_KEYS.contains(key)) {
        refused.add(key);
      }
    }
    if (!refused.isEmpty()) {
      throw new SQLException("connection properties are fixed by the server; a client cannot set "
          + String.join(", ", refused), SqlState.CONNECTION_FAILED.code());
    }
    return super.createConnection(url, serverInfo);
  }
}
