package com.engagementjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach void writeFile() throws Exception {
    Db.write(dir, "posts.csv", "id,platform,likes,caption\n1,facebook,10,\"Hi, \"\"you\"\"\"\n2,x,,plain\n");
  }

  private int run(String... args) throws Exception {
    return Shell.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test void printsATable() throws Exception {
    assertEquals(0, run(dir.toString(), "-e", "select id, platform, likes from posts order by id"));
    assertEquals(String.join(System.lineSeparator(),
        "+----+----------+-------+",
        "| id | platform | likes |",
        "+----+----------+-------+",
        "|  1 | facebook |    10 |",
        "|  2 | x        |  NULL |",
        "+----+----------+-------+",
        "2 rows", ""), out());
  }

  @Test void printsCsv() throws Exception {
    assertEquals(0, run(dir.toString(), "-e", "select id, likes, caption from posts order by id", "--format", "csv"));
    assertEquals("id,likes,caption\r\n1,10,\"Hi, \"\"you\"\"\"\r\n2,,plain\r\n", out());
  }

  @Test void printsJson() throws Exception {
    assertEquals(0, run(dir.toString(), "-e", "select id, likes, caption from posts order by id", "--format", "json"));
    assertEquals("[{\"id\":1,\"likes\":10,\"caption\":\"Hi, \\\"you\\\"\"},{\"id\":2,\"likes\":null,"
        + "\"caption\":\"plain\"}]" + System.lineSeparator(), out());
  }

  @Test void anSqlErrorGoesToStderrWithANonZeroStatus() throws Exception {
    assertEquals(Shell.SQL_ERROR, run(dir.toString(), "-e", "select nope from posts"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error [42703]: "), err::toString);
    assertEquals("", out());
  }

  @Test void theInteractiveShellStartsWithoutWarnings() throws Exception {
    String script = "select sum(likes) as total from posts;\n!quit\n";
    assertEquals(0, Shell.run(new String[] {dir.toString()},
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    // 10 + NULL = 10
    assertTrue(out().matches("(?s).*\\| total \\|.*\\| 10 +\\|.*"), out());
    String messages = err.toString(StandardCharsets.UTF_8);
    assertFalse(messages.contains("not supported"), messages);
    assertFalse(out().contains("not supported"), out());
  }

  @Test void badArgumentsShowTheUsage() throws Exception {
    assertEquals(Shell.USAGE, run(dir.toString(), "-e"));
    assertEquals(Shell.USAGE, run(dir.toString(), "-e", "select 1", "--format", "xml"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
  }
}
