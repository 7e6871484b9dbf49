package com.engagementjdbc.server;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;

/** {@code java -jar engagement-jdbc.jar serve ...}: starts the server and runs until the process is stopped. */
public final class ServeCommand {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private ServeCommand() {
  }

  public static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      out.println(ServerOptions.USAGE);
      return OK;
    }
    ServerOptions options;
    Users users;
    try {
      options = ServerOptions.parse(args);
      users = users(options);
    } catch (IllegalArgumentException | IOException e) {
      err.println(e.getMessage());
      err.println(ServerOptions.USAGE);
      return USAGE;
    }
    options.applyMemorySettings();
    EngagementServer server;
    try {
      server = EngagementServer.start(options, users);
    } catch (SQLException e) {
      err.println("error [" + e.getSQLState() + "]: " + e.getMessage());
      return FAILED;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      // Jetty reports a taken port as a RuntimeException around a BindException
      err.println("cannot listen on " + options.bind() + ":" + options.port() + ": " + rootMessage(e));
      return FAILED;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "engagement-server-stop"));
    out.println("Engagement JDBC server on " + server.address() + " serving " + server.url()
        + (server.authenticates() ? " (HTTP Basic authentication)" : " (no authentication: loopback only)"));
    out.println("  JDBC:   jdbc:avatica:remote:url=" + server.address() + ";serialization=protobuf");
    out.println("  Python: engagement://" + options.bind() + ":" + server.port() + "/");
    out.println("  health: " + server.address() + "health");
    server.join();
    return OK;
  }

  private static Users users(ServerOptions options) throws IOException {
    if (options.usersFile() != null) {
      return Users.fromFile(options.usersFile());
    }
    String fromEnvironment = System.getenv(Users.ENVIRONMENT_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isEmpty()
        ? null : Users.fromEnvironmentValue(fromEnvironment);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
