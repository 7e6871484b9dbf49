package com.engagementjdbc.server;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.schema.MemorySettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * What {@code serve} was asked for: the data (a path with optional {@code ;key=value} read options, exactly as after
 * {@code jdbc:engagement:}), where to listen, who may connect, and the JVM's memory settings ({@link MemorySettings}),
 * null where not given.
 */
public record ServerOptions(String data, String bind, int port, Path usersFile, String cacheSize,
    String memoryLimit) {
  public static final int DEFAULT_PORT = 8765;
  public static final String DEFAULT_BIND = "127.0.0.1";

  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar engagement-jdbc.jar serve [path] [--port N] [--bind HOST] [--users FILE] [--cache-size SIZE]"
          + " [--memory-limit SIZE]",
      "  path        a folder or file, optionally followed by ;key=value read options; omitted: the sample data",
      "  --port      TCP port, default " + DEFAULT_PORT + " (0 picks a free one)",
      "  --bind      address to listen on, default " + DEFAULT_BIND + " (loopback only)",
      "  --users     file of user=password lines: clients must then log in with HTTP Basic authentication;",
      "              or set " + Users.ENVIRONMENT_VARIABLE + "=user:password. Required when --bind is not loopback",
      "  --cache-size    memory for the files kept between queries, e.g. 2GB or 30% of the heap; default 25%",
      "  --memory-limit  live heap above which a query stops with 53200, e.g. 6GB or 90%; default 90%");

  /** Parses the arguments after {@code serve}; an IllegalArgumentException carries the message for the user. */
  public static ServerOptions parse(String[] args) {
    String data = "";
    String bind = DEFAULT_BIND;
    int port = DEFAULT_PORT;
    Path users = null;
    String cacheSize = null;
    String memoryLimit = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> port = port(value(args, ++i, arg));
        case "--bind" -> bind = value(args, ++i, arg);
        case "--users" -> users = Path.of(value(args, ++i, arg));
        case "--cache-size" -> cacheSize = size(value(args, ++i, arg), arg);
        case "--memory-limit" -> memoryLimit = size(value(args, ++i, arg), arg);
        default -> {
          if (arg.startsWith("-") || !data.isEmpty()) {
            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
          }
          data = arg;
        }
      }
    }
    return new ServerOptions(data, bind, port, users, cacheSize, memoryLimit);
  }

  private static String size(String text, String option) {
    try {
      MemorySettings.bytes(option, text);
      return text;
    } catch (EngagementException bad) {
      throw new IllegalArgumentException(bad.getMessage(), bad);
    }
  }

  /** Makes the memory settings given the JVM's, as if given with -D, before the first connection opens. */
  void applyMemorySettings() {
    if (cacheSize != null) {
      System.setProperty(MemorySettings.CACHE_SIZE_PROPERTY, cacheSize);
    }
    if (memoryLimit != null) {
      System.setProperty(MemorySettings.MEMORY_LIMIT_PROPERTY, memoryLimit);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below, with the text the user typed
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '" + text + "'");
  }

  boolean bindsLoopbackOnly() {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind: unknown host '" + bind + "'");
    }
  }
}
