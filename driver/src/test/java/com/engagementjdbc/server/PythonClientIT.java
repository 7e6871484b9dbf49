package com.engagementjdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Python client in {@code python/}, run by its own unittest suite against two servers on the sample data: one
 * open on loopback, one with HTTP Basic authentication. The DB-API module needs only Python 3; its SQLAlchemy
 * dialect needs SQLAlchemy too. A missing prerequisite skips the suite that needs it with a message saying how to
 * install it, unless the environment variable {@code ENGAGEMENT_REQUIRE_PYTHON=1} is set ({@code .ci/run} sets it),
 * which turns the skip into a failure. {@code -Dpython=...} picks the interpreter; {@code -Dpython.timeout=SECONDS}
 * bounds each suite's run (a hung suite fails with the output it printed so far).
 */
class PythonClientIT {
  private static final String USER = "analyst";
  private static final String PASSWORD = "s3cret";
  /** The suite that needs SQLAlchemy; every other {@code python/tests/test_*.py} needs only the interpreter. */
  private static final String SQLALCHEMY_SUITE = "test_sqlalchemy";
  private static final String INSTALL = "apt-get install python3 python3-sqlalchemy (Debian, Ubuntu)"
      + " or pip install 'SQLAlchemy>=1.4,<2.2', then -Dpython=/path/to/python3 if it is not /usr/bin/python3";
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  private static EngagementServer open;
  private static EngagementServer guarded;

  @BeforeAll static void startServers() throws Exception {
    ServerOptions sample = ServerOptions.parse(new String[] {"--port", "0"});
    open = EngagementServer.start(sample, null);
    guarded = EngagementServer.start(sample, Users.fromEnvironmentValue(USER + ":" + PASSWORD));
  }

  @AfterAll static void stopServers() {
    if (guarded != null) {
      guarded.close();
    }
    if (open != null) {
      open.close();
    }
  }

  @Test void dbApiSuitePasses() throws Exception {
    requireInterpreter();
    List<String> modules;
    try (Stream<Path> files = Files.list(PROJECT.resolve("python/tests"))) {
      modules = files.map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("test_") && name.endsWith(".py"))
          .map(name -> name.substring(0, name.length() - ".py".length()))
          .filter(name -> !name.equals(SQLALCHEMY_SUITE))
          .sorted().map(name -> "tests." + name).toList();
    }
    assertFalse(modules.isEmpty(), "no test module in python/tests");
    runSuite(modules);
  }

  @Test void sqlAlchemyDialectSuitePasses() throws Exception {
    requireInterpreter();
    require(probe("import sqlalchemy") == 0, "SQLAlchemy is not installed for " + python()
        + ": the SQLAlchemy dialect's tests (python/tests/" + SQLALCHEMY_SUITE + ".py) need it. Install it with "
        + INSTALL + ".");
    runSuite(List.of("tests." + SQLALCHEMY_SUITE));
  }

  private static void runSuite(List<String> modules) throws Exception {
    List<String> command = new ArrayList<>(List.of(python(), "-m", "unittest", "-v"));
    command.addAll(modules);
    File log = Files.createTempFile("python-client-suite", ".log").toFile();
    try {
      // output goes to a file, not a pipe read before waiting: a hung suite cannot hang the build
      ProcessBuilder suite = new ProcessBuilder(command).directory(PROJECT.resolve("python").toFile())
          .redirectErrorStream(true).redirectOutput(log);
      Map<String, String> environment = suite.environment();
      environment.put("PYTHONPATH", PROJECT.resolve("python").toString());
      // no __pycache__ folders left in the source tree by the build
      environment.put("PYTHONDONTWRITEBYTECODE", "1");
      environment.put("ENGAGEMENT_TEST_URL", open.address());
      environment.put("ENGAGEMENT_TEST_AUTH_URL", guarded.address());
      environment.put("ENGAGEMENT_TEST_USER", USER);
      environment.put("ENGAGEMENT_TEST_PASSWORD", PASSWORD);
      Process process = suite.start();
      long timeout = Long.getLong("python.timeout", 300);
      boolean finished = process.waitFor(timeout, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
      System.out.println(output);
      if (!finished) {
        fail("the Python suite " + modules + " did not finish within " + timeout
            + " s (-Dpython.timeout=SECONDS changes the bound); its output so far:\n" + output);
      }
      assertEquals(0, process.exitValue(), output);
    } finally {
      Files.deleteIfExists(log.toPath());
    }
  }

  private static void requireInterpreter() {
    require(probe("import sys; sys.exit(0 if sys.version_info >= (3, 8) else 1)") == 0, "No Python 3.8+ at "
        + python() + ": the Python client's tests (python/tests) need one. Install it with " + INSTALL + ".");
  }

  /**
   * Skips the calling test with the message, printed so that it shows in Maven's output; fails it instead when
   * ENGAGEMENT_REQUIRE_PYTHON=1 (CI, where the prerequisites are installed and a skip would hide a broken setup).
   */
  private static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if ("1".equals(System.getenv("ENGAGEMENT_REQUIRE_PYTHON"))) {
      fail(missing + " ENGAGEMENT_REQUIRE_PYTHON=1 makes this a failure.");
    }
    System.out.println("[WARNING] SKIPPED: " + missing);
    Assumptions.abort(missing);
  }

  /** The exit code of {@code python -c code}, or -1 when the interpreter cannot be started or does not answer. */
  private static int probe(String code) {
    try {
      Process process = new ProcessBuilder(python(), "-c", code).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String python() {
    String chosen = System.getProperty("python");
    if (chosen != null) {
      return chosen;
    }
    // Debian's interpreter, where python3-sqlalchemy installs; a pyenv python3 earlier on PATH lacks it
    return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }
}
