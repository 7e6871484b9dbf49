package com.engagementjdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Python DB-API module and SQLAlchemy dialect in {@code python/}, run by their own unittest suite against two
 * servers on the sample data: one open on loopback, one with HTTP Basic authentication. Needs Python 3 with
 * SQLAlchemy ({@code python3-sqlalchemy} on Debian; {@code .ci/run} installs it); {@code -Dpython=...} picks the
 * interpreter.
 */
class PythonClientIT {
  private static final String USER = "analyst";
  private static final String PASSWORD = "s3cret";

  @Test void pythonSuitePasses() throws Exception {
    Path project = Path.of("..").toAbsolutePath().normalize();
    ServerOptions sample = ServerOptions.parse(new String[] {"--port", "0"});
    try (EngagementServer open = EngagementServer.start(sample, null);
         EngagementServer guarded = EngagementServer.start(sample,
             Users.fromEnvironmentValue(USER + ":" + PASSWORD))) {
      ProcessBuilder suite = new ProcessBuilder(python(), "-m", "unittest", "discover", "-s", "python/tests",
          "-t", "python", "-v").directory(project.toFile()).redirectErrorStream(true);
      Map<String, String> environment = suite.environment();
      environment.put("PYTHONPATH", project.resolve("python").toString());
      // no __pycache__ folders left in the source tree by the build
      environment.put("PYTHONDONTWRITEBYTECODE", "1");
      environment.put("ENGAGEMENT_TEST_URL", open.address());
      environment.put("ENGAGEMENT_TEST_AUTH_URL", guarded.address());
      environment.put("ENGAGEMENT_TEST_USER", USER);
      environment.put("ENGAGEMENT_TEST_PASSWORD", PASSWORD);
      Process process = suite.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(5, TimeUnit.MINUTES);
      System.out.println(output);
      assertEquals(0, process.exitValue(), output);
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
