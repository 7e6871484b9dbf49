package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
