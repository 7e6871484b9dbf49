package com.engagementjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SQL example of the README and {@code docs/} runs, and prints the table the page shows. An example is an
 * {@code ```sql} block followed by a {@code ```text} block holding the table as {@code java -jar ... -e} prints it
 * (its {@code +---+} rules and row count left out). It runs on the bundled sample data, or on the folder a
 * {@code <!-- example data: path -->} line just before it names (relative to the project). A block that cannot
 * run here (it needs a server or tables the page only imagines) is marked {@code <!-- not run: why -->}; any other
 * SQL block without its output fails the test, so a new example cannot go unchecked.
 */
class DocExamplesTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MARKER = Pattern.compile("<!-- (example data|not run): (.+?) -->");

  private record Example(String place, String sql, String expected, String data, String notRun) {
  }

  @TestFactory Stream<DynamicTest> everyExamplePrintsItsTable() throws IOException {
    return examples().stream().filter(example -> example.expected() != null)
        .map(example -> DynamicTest.dynamicTest(example.place(), () -> assertPrints(example)));
  }

  @Test void everySqlBlockIsAnExampleOrMarked() throws IOException {
    List<Example> examples = examples();
    List<String> unchecked = examples.stream()
        .filter(example -> example.expected() == null && example.notRun() == null)
        .map(Example::place).toList();
    assertEquals(List.of(), unchecked, "SQL blocks with neither their output (a ```text block right after) nor a"
        + " <!-- not run: why --> marker");
    List<Example> notRun = examples.stream().filter(example -> example.notRun() != null).toList();
    System.out.println("documentation examples: " + (examples.size() - notRun.size()) + " run, " + notRun.size()
        + " marked not run: " + notRun.stream().map(example -> example.place() + " (" + example.notRun() + ")")
        .collect(Collectors.joining(", ")));
    assertFalse(examples.size() == notRun.size(), "no runnable example found under " + PROJECT.resolve("docs"));
  }

  private static void assertPrints(Example example) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String path = example.data() == null ? "" : PROJECT.resolve(example.data()).toString();
    int status = Shell.run(path.isEmpty() ? new String[] {"-e", example.sql()} : new String[] {path, "-e",
        example.sql()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(Shell.OK, status, err.toString(StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith("|")).collect(Collectors.joining("\n"));
    assertEquals(example.expected(), printed, example.place() + ": " + example.sql());
  }

  private static List<Example> examples() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(PROJECT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(PROJECT.resolve("docs"))) {
      docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<Example> examples = new ArrayList<>();
    for (Path page : pages) {
      examples.addAll(examples(PROJECT.relativize(page).toString(), Files.readAllLines(page)));
    }
    assertTrue(examples.size() > 0, "no SQL block found in " + pages);
    return examples;
  }

  private static List<Example> examples(String page, List<String> lines) {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```sql")) {
        continue;
      }
      String data = null;
      String notRun = null;
      Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1).strip()) : null;
      if (marker != null && marker.matches()) {
        if (marker.group(1).equals("not run")) {
          notRun = marker.group(2);
        } else {
          data = marker.group(2);
        }
      }
      int start = i;
      StringBuilder sql = new StringBuilder();
      for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
        sql.append(lines.get(i)).append('\n');
      }
      String expected = null;
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      if (next < lines.size() && lines.get(next).strip().equals("```text")) {
        StringBuilder table = new StringBuilder();
        for (i = next + 1; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          table.append(table.length() > 0 ? "\n" : "").append(lines.get(i));
        }
        expected = table.toString();
      }
      examples.add(new Example(page + ":" + (start + 1), sql.toString().strip(), expected, data, notRun));
    }
    return examples;
  }
}
