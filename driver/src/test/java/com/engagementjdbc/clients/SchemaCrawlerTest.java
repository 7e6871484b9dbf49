package com.engagementjdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SchemaCrawler's command line, run as users run it (a separate JVM), with the maximum info level: its report
 * must match the golden file, whose only variable line (the time it was generated) is masked.
 */
class SchemaCrawlerTest {
  private static final String GOLDEN = "/schemacrawler/details.txt";
  @TempDir Path dir;

  @Test void detailsReportMatchesTheGoldenFile() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Db.write(data, "posts.csv", "post_id,platform,published_at,likes,rate\nP1,x,2026-01-15 10:00:00,10,0.5\n");
    Db.write(data, "contacts.json", "[{\"id\": 1, \"profile\": {\"country\": \"FR\"}, \"opted_in\": true}]");
    Path report = dir.resolve("report.txt");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "schemacrawler.Main",
        "--url", "jdbc:engagement:" + data, "--user", "", "--password", "",
        "--info-level", "maximum", "--command", "details", "--output-file", report.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "SchemaCrawler did not finish");
    assertEquals(0, process.exitValue(), () -> read(dir.resolve("console.txt")));
    String actual = mask(read(report));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources" + GOLDEN), actual);
    }
    try (InputStream golden = SchemaCrawlerTest.class.getResourceAsStream(GOLDEN)) {
      assertEquals(new String(golden.readAllBytes(), StandardCharsets.UTF_8), actual);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String mask(String report) {
    StringBuilder masked = new StringBuilder();
    for (String line : List.of(report.split("\n", -1))) {
      masked.append(line.startsWith("generated on") ? "generated on <masked>" : line.stripTrailing()).append('\n');
    }
    return masked.toString();
  }
}
