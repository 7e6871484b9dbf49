package com.engagementjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar as users run it: {@code java -jar} for the shell, and alone on a class path as DBeaver loads it. */
class ShadedJarIT {
  private static final Path JAR = Path.of(System.getProperty("driver.jar"));
  @TempDir Path dir;

  private record Run(int status, String out, String err) {
  }

  private Run javaJar(String... args) throws IOException, InterruptedException {
    return javaJar(new java.io.File("/dev/null"), args);
  }

  private Run javaJar(java.io.File input, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(input))
        .start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the shell did not exit");
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test void runsOneStatementAndExits() throws Exception {
    Db.write(dir, "posts.csv", "platform,likes\nx,1\nx,2\nfacebook,10\n");
    Run run = javaJar(dir.toString(), "-e", "select platform, sum(likes) as likes from posts group by platform"
        + " order by 2 desc", "--format", "csv");
    assertEquals("", run.err());
    // facebook 10; x 1 + 2 = 3
    assertEquals("platform,likes\r\nfacebook,10\r\nx,3\r\n", run.out());
    assertEquals(0, run.status());
  }

  @Test void anSqlErrorExitsNonZeroWithTheMessageOnStderr() throws Exception {
    Run run = javaJar(dir.toString(), "-e", "select * from missing");
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("error [42S02]: "), run.err());
  }

  @Test void withoutAPathItQueriesTheSampleData() throws Exception {
    Run run = javaJar("-e", "select count(*) as n from posts", "--format", "json");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().matches("\\[\\{\"n\":\\d+}]\\s*"), run.out());
  }

  @Test void theJarAloneIsADriverForTools() throws Exception {
    Db.write(dir, "posts.csv", "likes\n4\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Driver driver = null;
      for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
        if (candidate.acceptsURL("jdbc:engagement:")) {
          driver = candidate;
        }
      }
      assertEquals("com.engagementjdbc.jdbc.EngagementDriver", driver.getClass().getName());
      try (Connection connection = driver.connect("jdbc:engagement:" + dir, new Properties());
           ResultSet rows = connection.createStatement().executeQuery("select likes from posts")) {
        assertTrue(rows.next());
        assertEquals(4, rows.getInt(1));
      }
    }
  }

  @Test void theInteractiveShellIsSqlline() throws Exception {
    Db.write(dir, "posts.csv", "platform,likes\nx,1\nfacebook,10\n");
    Path script = Db.write(dir, "script.sql", "!tables\n!columns posts\nselect sum(likes) as total from posts;\n!quit\n");
    Run run = javaJar(script.toFile(), dir.toString());
    assertEquals(0, run.status(), run.err());
    // 1 + 10 = 11
    assertTrue(run.out().matches("(?s).*\\| total \\|.*\\| 11 +\\|.*"), run.out());
    assertTrue(run.out().matches("(?s).*\\| files +\\| posts +\\| TABLE.*"), run.out());
    assertTrue(run.out().matches("(?s).*\\| posts +\\| likes +\\| 4 .*"), run.out());
  }

  @Test void serveAnswersRemoteJdbcAndStopsGracefully() throws Exception {
    Db.write(dir, "posts.csv", "platform,likes\nx,1\nx,2\nfacebook,10\n");
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "serve", dir.toString(), "--port", "0").redirectErrorStream(true).start();
    try {
      BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
          StandardCharsets.UTF_8));
      String banner = output.readLine();
      Matcher address = Pattern.compile("server on (http://127\\.0\\.0\\.1:\\d+/) serving").matcher(banner);
      assertTrue(address.find(), banner);
      try (Connection connection = DriverManager.getConnection("jdbc:avatica:remote:url=" + address.group(1)
          + ";serialization=protobuf")) {
        // x: 1 + 2 = 3; facebook 10
        assertEquals(List.of(Db.row("facebook", 10L), Db.row("x", 3L)),
            Db.rows(connection, "select platform, sum(likes) from posts group by platform order by platform"));
      }
    } finally {
      server.destroy();
    }
    assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
    assertEquals(143, server.exitValue());
  }
}
