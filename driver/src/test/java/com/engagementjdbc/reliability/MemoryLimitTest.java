package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query larger than the heap stops with 53200 and leaves the connection and the JVM working. */
class MemoryLimitTest {
  @TempDir Path dir;

  private List<String> runHog(String heap, String... properties) throws Exception {
    StringBuilder csv = new StringBuilder("id,label\n");
    for (int i = 0; i < 3000; i++) {
      csv.append(i).append(",label number ").append(i).append('\n');
    }
    Db.write(dir, "wide.csv", csv.toString());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), MemoryHog.class.getName(), dir.toString()));
    command.addAll(List.of(properties));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the query did not stop");
    assertEquals(0, process.exitValue(), output);
    return output.lines().toList();
  }

  @Test void theLimitStopsTheQueryBeforeTheHeapIsExhausted() throws Exception {
    List<String> output = runHog("192m");
    assertTrue(output.get(0).startsWith("BIG 53200 the query needs more memory than the limit of"), output::toString);
    assertEquals("SMALL [[3000]]", output.get(1), output::toString);
  }

  @Test void evenWithoutTheLimitAnOutOfMemoryErrorBecomes53200() throws Exception {
    List<String> output = runHog("192m", "memoryLimit=100%");
    assertTrue(output.get(0).startsWith("BIG 53200 "), output::toString);
    assertEquals("SMALL [[3000]]", output.get(1), output::toString);
  }
}
