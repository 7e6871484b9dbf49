package com.engagementjdbc.server;

import com.engagementjdbc.jdbc.ConnectionConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.server.AvaticaJsonHandler;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.apache.calcite.avatica.server.HttpServer;
import org.apache.calcite.avatica.server.ServerCustomizer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DefaultHandler;
import org.eclipse.jetty.server.handler.HandlerList;
import org.eclipse.jetty.server.handler.StatisticsHandler;

/**
 * The driver served over HTTP with Avatica's protocol, for tools that cannot load a JDBC driver (Python BI tools
 * through the client in {@code python/}, or {@code jdbc:avatica:remote:} from another JVM). Every connection is
 * opened on the server's data with the server's options; what a client may do is run read-only SQL.
 */
public final class EngagementServer implements AutoCloseable {
  /** How long a stop waits for running requests before it cuts them. */
  static final long STOP_TIMEOUT_MILLIS = 10_000;

  private final HttpServer http;
  private final ServerOptions options;
  private final Users users;
  private final String url;

  private EngagementServer(HttpServer http, ServerOptions options, Users users, String url) {
    this.http = http;
    this.options = options;
    this.users = users;
    this.url = url;
  }

  /**
   * Checks the data opens, then listens. {@code users} may be null only on a loopback address: anyone who can
   * reach a wider address could otherwise read every file under the data path.
   */
  static EngagementServer start(ServerOptions options, Users users) throws SQLException {
    if (users == null && !options.bindsLoopbackOnly()) {
      throw new IllegalArgumentException("listening on " + options.bind() + " lets other machines read the data:"
          + " give --users FILE or set " + Users.ENVIRONMENT_VARIABLE + "=user:password");
    }
    String url = ConnectionConfig.PREFIX + options.data();
    try (Connection probe = DriverManager.getConnection(url)) {
      // opened only so that a wrong path or option stops the start with its own message
    }
    Service service = SqlStateService.wrap(new LocalService(new ServerMeta(url, new Properties())));
    SerializationRouter router =
        new SerializationRouter(new AvaticaJsonHandler(service), new AvaticaProtobufHandler(service));
    ServerCustomizer<Server> layout = server -> arrange(server, options, router, users, url);
    HttpServer http = new HttpServer.Builder<Server>()
        .withHandler(router)
        .withPort(options.port())
        .withServerCustomizers(List.of(layout), Server.class)
        .build();
    http.start();
    return new EngagementServer(http, options, users, url);
  }

  /** Replaces Avatica's handler layout: a health probe outside authentication, then the protected protocol. */
  private static void arrange(Server server, ServerOptions options, SerializationRouter router, Users users,
      String url) {
    ((ServerConnector) server.getConnectors()[0]).setHost(options.bind());
    Handler protocol = users == null ? router : users.protect(router);
    HandlerList handlers = new HandlerList(new HealthHandler(url), protocol, new DefaultHandler());
    // Jetty drains running requests on stop only when it counts them.
    StatisticsHandler counted = new StatisticsHandler();
    counted.setHandler(handlers);
    server.setHandler(counted);
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
  }

  public int port() {
    return http.getPort();
  }

  public String address() {
    String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    return "http://" + host + ":" + port() + "/";
  }

  String url() {
    return url;
  }

  boolean authenticates() {
    return users != null;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    http.join();
  }

  /** Stops taking requests, lets running ones finish (up to {@link #STOP_TIMEOUT_MILLIS}), then stops. */
  @Override
  public void close() {
    http.stop();
  }
}
