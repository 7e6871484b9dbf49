package com.engagementjdbc.cli;

import com.engagementjdbc.jdbc.ConnectionConfig;
import com.engagementjdbc.jdbc.EngagementDriver;
import com.engagementjdbc.server.ServeCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import sqlline.SqlLine;

/**
 * {@code java -jar engagement-jdbc.jar [path] [-e SQL [--format table|csv|json]]}: with {@code -e}, runs one
 * statement, prints its result and exits (status 1 and the message on stderr on an SQL error); without, opens
 * sqlline connected to the path. No path means the bundled sample data. {@code serve} starts the HTTP server.
 */
public final class Shell {
  static final int OK = 0;
  static final int SQL_ERROR = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "usage: java -jar engagement-jdbc.jar [path] [-e SQL] [--format table|csv|json]",
      "       java -jar engagement-jdbc.jar serve [path] [--port N] [--bind HOST] [--users FILE]",
      "  path       a folder of CSV files, or one file; omitted: the bundled sample data",
      "  -e SQL     run one statement, print the result and exit",
      "  --format   how -e prints rows: table (default), csv or json",
      "  without -e an interactive SQL shell (sqlline) opens; type !help there",
      "  serve      an HTTP server (Avatica protocol) for remote JDBC and the Python client; serve --help");

  private Shell() {
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, null, out, err);
    // serve returns once the server is up; its threads keep the JVM running
    if (status != OK || !isServe(args)) {
      System.exit(status);
    }
  }

  private static boolean isServe(String[] args) {
    return args.length > 0 && args[0].equals("serve");
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    return run(args, null, out, err);
  }

  /** {@code input}: what the interactive shell reads, or null for the terminal. */
  static int run(String[] args, InputStream input, PrintStream out, PrintStream err) throws Exception {
    if (isServe(args)) {
      return ServeCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    String path = "";
    String sql = null;
    OutputFormat format = OutputFormat.TABLE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-h", "--help" -> {
          out.println(USAGE_TEXT);
          return OK;
        }
        case "-e" -> {
          if (++i == args.length) {
            return usage(err, "-e needs an SQL statement");
          }
          sql = args[i];
        }
        case "--format" -> {
          if (++i == args.length) {
            return usage(err, "--format needs table, csv or json");
          }
          try {
            format = OutputFormat.valueOf(args[i].toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            return usage(err, "unknown format '" + args[i] + "'");
          }
        }
        default -> {
          if (args[i].startsWith("-") || !path.isEmpty()) {
            return usage(err, "unexpected argument '" + args[i] + "'");
          }
          path = args[i];
        }
      }
    }
    String url = ConnectionConfig.PREFIX + path;
    if (sql == null) {
      return interactive(url, input, out, err);
    }
    try (Connection connection = DriverManager.getConnection(url);
         Statement statement = connection.createStatement()) {
      if (statement.execute(sql)) {
        try (ResultSet rows = statement.getResultSet()) {
          format.print(rows, out);
        }
      } else {
        out.println(statement.getUpdateCount() + " rows");
      }
      return OK;
    } catch (SQLException e) {
      err.println("error [" + e.getSQLState() + "]: " + e.getMessage());
      return SQL_ERROR;
    }
  }

  private static int interactive(String url, InputStream input, PrintStream out, PrintStream err)
      throws Exception {
    Class.forName(EngagementDriver.class.getName());
    // TRANSACTION_NONE, the level the driver reports (a read-only connection has no transactions), instead of
    // sqlline's default REPEATABLE_READ, which it would otherwise announce as unsupported on every start
    List<String> sqllineArgs = new ArrayList<>(List.of("-u", url, "-n", "", "-p", "", "-d",
        EngagementDriver.class.getName(), "--isolation=TRANSACTION_NONE"));
    if (System.console() == null) {
      // Without a terminal sqlline measures a width of 0 and prints every column empty (piped scripts).
      sqllineArgs.add("--maxWidth=10000");
    }
    SqlLine sqlLine = new SqlLine();
    sqlLine.setOutputStream(out);
    sqlLine.setErrorStream(err);
    SqlLine.Status status = sqlLine.begin(sqllineArgs.toArray(new String[0]), input, input == null);
    return switch (status) {
      case OK -> OK;
      case ARGS -> USAGE;
      case OTHER -> SQL_ERROR;
    };
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println(USAGE_TEXT);
    return USAGE;
  }

  /** Reads all rows as text once, for the printers that need column widths first. */
  static List<String[]> readAll(ResultSet rows, int columns) throws SQLException {
    List<String[]> all = new ArrayList<>();
    while (rows.next()) {
      String[] row = new String[columns];
      for (int i = 0; i < columns; i++) {
        row[i] = rows.getString(i + 1);
      }
      all.add(row);
    }
    return all;
  }
}
