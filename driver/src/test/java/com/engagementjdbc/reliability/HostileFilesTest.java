package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import com.engagementjdbc.SqlAssert;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any bytes in, a clean answer out: for generated file contents, connecting and {@code SELECT *} either return
 * rows or throw an SQLException with a real SQLSTATE and the file's name; nothing else escapes, nothing hangs.
 * 200 cases per format in the default build (src/test/resources/junit-platform.properties), {@code -Pfuzz} runs
 * 2000.
 */
class HostileFilesTest {
  private static Path dir;
  private static final AtomicLong CASE = new AtomicLong();

  @BeforeContainer static void makeFolder() throws Exception {
    dir = Files.createTempDirectory("hostile");
  }

  @AfterContainer static void removeFolder() throws Exception {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Property void anyCsvBytes(@ForAll("csvLike") byte[] content) throws Exception {
    check("case" + CASE.incrementAndGet() + ".csv", content);
  }

  @Property void anyJsonBytes(@ForAll("jsonLike") byte[] content) throws Exception {
    check("case" + CASE.incrementAndGet() + ".json", content);
  }

  /**
   * The hostile files named in the reliability guarantees, each once, beside the generated ones; where the docs
   * say what a file gives, exactly that. An empty file is an empty table with one column column_1.
   */
  @Example void emptyFile() throws Exception {
    assertEmptyTable("empty.csv", new byte[0], List.of("column_1"));
    assertEmptyTable("empty.json", new byte[0], List.of("column_1"));
  }

  /** A header without rows is an empty table with the header's columns, VARCHAR as no value says otherwise. */
  @Example void headerOnly() throws Exception {
    assertEmptyTable("header.csv", "post_id,likes,published_at\n".getBytes(StandardCharsets.UTF_8),
        List.of("post_id", "likes", "published_at"));
  }

  @Example void aSingleQuote() throws Exception {
    check("quote.csv", "\"".getBytes(StandardCharsets.UTF_8));
    check("quote.json", "\"".getBytes(StandardCharsets.UTF_8));
  }

  @Example void truncatedUtf8() throws Exception {
    byte[] euro = "likes\n12 €".getBytes(StandardCharsets.UTF_8);
    check("truncated.csv", Arrays.copyOf(euro, euro.length - 1));
    byte[] json = "[{\"a\": \"€\"}]".getBytes(StandardCharsets.UTF_8);
    check("truncated.json", Arrays.copyOf(json, json.length - 5));
  }

  @Example void binary() throws Exception {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    bytes[10] = 0;
    check("binary.csv", bytes);
    check("binary.json", bytes);
  }

  /** Wider than maxColumns (10 000): refused with 54011, and listed in sys.sources with the reason. */
  @Example void hundredThousandColumns() throws Exception {
    StringBuilder header = new StringBuilder("c0");
    for (int i = 1; i < 100_000; i++) {
      header.append(",c").append(i);
    }
    Files.write(dir.resolve("columns.csv"), (header + "\n" + "1,".repeat(99_999) + "1\n")
        .getBytes(StandardCharsets.UTF_8));
    try {
      String refused = "columns.csv: 100000 columns, more than maxColumns=10000; raise the limit with the property"
          + " maxColumns if the file is meant to be that wide";
      assertEquals(refused, SqlAssert.fails(() -> Db.rows(dir, "select * from \"columns\""), "54011").getMessage());
      assertEquals(List.of(Db.row(0L, refused)), Db.rows(dir, "select row_count, error from sys.sources"
          + " where table_name = 'columns'"));
    } finally {
      Files.delete(dir.resolve("columns.csv"));
    }
  }

  @Example void tenMegabyteLine() throws Exception {
    check("longline.csv", ("caption,likes\n\"" + "x".repeat(10 << 20) + "\",1\n").getBytes(StandardCharsets.UTF_8));
    check("longline.json", ("[{\"caption\": \"" + "x".repeat(10 << 20) + "\"}]").getBytes(StandardCharsets.UTF_8));
  }

  @Example void deeplyNestedJson() throws Exception {
    check("deep.json", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
    check("deepobject.json", ("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
  }

  @Provide Arbitrary<byte[]> csvLike() {
    Arbitrary<String> text = Arbitraries.strings().withChars("ab1,;\t|\"'\r\n .-:/é€\u00A0\\").ofMaxLength(300);
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.oneOf(text.map(s -> s.getBytes(StandardCharsets.UTF_8)), bytes);
  }

  @Provide Arbitrary<byte[]> jsonLike() {
    Arbitrary<String> text = Arbitraries.strings().withChars("{}[]\":,1a.-e \n\ttruefalsnl\\").ofMaxLength(300);
    Arbitrary<String> nested = Arbitraries.integers().between(1, 3000).map(n -> "[".repeat(n) + "]".repeat(n / 2));
    return Arbitraries.oneOf(text, nested).map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertEmptyTable(String name, byte[] content, List<String> columns) throws Exception {
    Files.write(dir.resolve(name), content);
    String table = name.substring(0, name.indexOf('.'));
    try {
      assertEquals(columns.stream().map(column -> column + " VARCHAR").toList(), Db.columns(dir, table));
      assertEquals(List.of(), Db.rows(dir, "select * from \"" + table + "\""));
      assertEquals(columns.stream().map(column -> Db.row(column, "VARCHAR")).toList(), Db.rows(dir, "select"
          + " column_name, type from sys.source_columns where table_name = '" + table + "' order by ordinal_position"));
    } finally {
      Files.delete(dir.resolve(name));
    }
  }

  private static void check(String name, byte[] content) throws Exception {
    Files.write(dir.resolve(name), content);
    String table = "\"" + name.substring(0, name.indexOf('.')) + "\"";
    try (Connection connection = Db.connect(dir); Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(30);
      try (ResultSet rows = statement.executeQuery("select * from " + table)) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          for (int i = 1; i <= columns; i++) {
            rows.getObject(i);
          }
        }
      } catch (SQLException e) {
        assertNotNull(e.getSQLState(), e::getMessage);
        assertNotEquals("00000", e.getSQLState());
        assertNotEquals("XX000", e.getSQLState(), () -> "internal error for " + name + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(name), () -> "the message should name " + name + ": " + e.getMessage());
      }
    } finally {
      Files.delete(dir.resolve(name));
    }
  }
}
