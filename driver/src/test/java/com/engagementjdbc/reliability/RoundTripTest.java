package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.engagementjdbc.Db;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Nothing lost, nothing invented: typed data written as CSV in every supported dialect (delimiter, quoting, line
 * ends, encoding) comes back cell for cell, including delimiters, quotes and line breaks inside text, Unicode,
 * extreme numbers and dates at the edges.
 */
class RoundTripTest {
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final String[] LINE_ENDS = {"\n", "\r\n"};
  private static final Charset[] ENCODINGS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE};
  private static final String[] TEXT_PIECES = {"a", "Zoé", "€", "日本", "x,y", "x;y", "tab\there", "pipe|", "\"q\"",
      "line\nbreak", "cr\r\nlf", " lead", "trail ", "😀", "l'été", "0042"};
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static Path dir;
  private static int files;

  @BeforeContainer static void makeFolder() throws Exception {
    dir = Files.createTempDirectory("roundtrip");
  }

  @AfterContainer static void removeFolder() throws Exception {
    try (var all = Files.walk(dir)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Property(tries = 60) void everyCellComesBack(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int rows)
      throws Exception {
    Random random = new Random(seed);
    char delimiter = DELIMITERS[random.nextInt(DELIMITERS.length)];
    String lineEnd = LINE_ENDS[random.nextInt(LINE_ENDS.length)];
    boolean quoteAll = random.nextBoolean();
    Charset encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
    List<List<Object>> expected = new ArrayList<>();
    StringBuilder csv = new StringBuilder(encoding == StandardCharsets.UTF_16LE || random.nextBoolean() ? "\uFEFF" : "");
    csv.append(String.join(String.valueOf(delimiter), "txt", "int", "big", "dbl", "flag", "day", "at")).append(lineEnd);
    for (int r = 0; r < rows; r++) {
      String text = TEXT_PIECES[random.nextInt(TEXT_PIECES.length)] + TEXT_PIECES[random.nextInt(TEXT_PIECES.length)];
      int integer = r == 0 ? Integer.MAX_VALUE : r == 1 ? Integer.MIN_VALUE : random.nextInt();
      long big = r == 0 ? Long.MAX_VALUE : r == 1 ? Long.MIN_VALUE : random.nextLong();
      double dbl = r == 0 ? Double.MAX_VALUE : r == 1 ? -Double.MIN_VALUE : r == 2 ? 0.5 : random.nextGaussian() * 1e6;
      boolean flag = random.nextBoolean();
      LocalDate day = r == 0 ? LocalDate.of(1, 1, 1) : r == 1 ? LocalDate.of(9999, 12, 31)
          : LocalDate.ofEpochDay(random.nextInt(40_000) - 10_000);
      LocalDateTime at = LocalDateTime.of(day, java.time.LocalTime.ofNanoOfDay(
          random.nextInt(86_400_000) * 1_000_000L));
      boolean nulls = r > 2 && random.nextInt(5) == 0;
      String[] cells = {quote(text, delimiter, quoteAll), quote(Integer.toString(integer), delimiter, quoteAll),
          quote(Long.toString(big), delimiter, quoteAll), quote(nulls ? "" : Double.toString(dbl), delimiter, quoteAll),
          quote(Boolean.toString(flag), delimiter, quoteAll), quote(day.toString(), delimiter, quoteAll),
          quote(nulls ? "" : TIMESTAMP.format(at), delimiter, quoteAll)};
      csv.append(String.join(String.valueOf(delimiter), cells)).append(lineEnd);
      expected.add(Db.row(text, integer, big, nulls ? null : dbl, flag, Date.valueOf(day),
          nulls ? null : Timestamp.valueOf(at)));
    }
    // letters, not numbers: rt1.csv, rt2.csv... would be one table by the numbered-files rule
    String name = "rt_" + letters(++files) + ".csv";
    Files.write(dir.resolve(name), csv.toString().getBytes(encoding));
    String table = name.substring(0, name.length() - 4);
    List<List<Object>> actual = Db.rows(dir, "select * from " + table);
    assertEquals(expected, actual, () -> "dialect " + (int) delimiter + " quoteAll=" + quoteAll + " " + encoding
        + " line end " + lineEnd.length());
  }

  /** The same typed data as JSON: an array or NDJSON, keys in any order, a NULL as a missing key or a null. */
  @Property(tries = 30) void everyJsonValueComesBack(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int rows)
      throws Exception {
    Random random = new Random(seed);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<List<Object>> expected = new ArrayList<>();
    List<String> records = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String text = TEXT_PIECES[random.nextInt(TEXT_PIECES.length)] + TEXT_PIECES[random.nextInt(TEXT_PIECES.length)];
      long big = r == 0 ? Long.MAX_VALUE : r == 1 ? Long.MIN_VALUE : random.nextLong();
      double dbl = r == 0 ? Double.MAX_VALUE : r == 1 ? 0.1 : random.nextGaussian() * 1e6;
      LocalDate day = LocalDate.ofEpochDay(random.nextInt(40_000) - 10_000);
      LocalDateTime at = LocalDateTime.of(day, java.time.LocalTime.ofNanoOfDay(random.nextInt(86_400_000) * 1_000_000L));
      boolean missing = r > 1 && random.nextInt(4) == 0;
      java.util.Map<String, Object> record = new java.util.LinkedHashMap<>();
      record.put("txt", text);
      record.put("big", big);
      if (!missing) {
        record.put("dbl", dbl);
      } else if (random.nextBoolean()) {
        record.put("dbl", null);
      }
      record.put("flag", r % 2 == 0);
      record.put("day", day.toString());
      record.put("at", TIMESTAMP.format(at));
      List<String> keys = new ArrayList<>(record.keySet());
      java.util.Collections.shuffle(keys, random);
      java.util.Map<String, Object> shuffled = new java.util.LinkedHashMap<>();
      keys.forEach(key -> shuffled.put(key, record.get(key)));
      records.add(json.writeValueAsString(shuffled));
      expected.add(Db.row(text, big, missing ? null : dbl, r % 2 == 0, Date.valueOf(day), Timestamp.valueOf(at)));
    }
    boolean lines = random.nextBoolean();
    String name = "js_" + letters(++files) + (lines ? ".ndjson" : ".json");
    Files.writeString(dir.resolve(name), lines ? String.join("\n", records) : "[" + String.join(",\n", records) + "]");
    String table = name.substring(0, name.indexOf('.'));
    assertEquals(expected, Db.rows(dir, "select txt, big, dbl, flag, \"day\", \"at\" from " + table),
        () -> name);
  }

  private static String letters(int n) {
    StringBuilder letters = new StringBuilder();
    for (int rest = n; rest > 0; rest /= 26) {
      letters.append((char) ('a' + rest % 26));
    }
    return letters.toString();
  }

  private static String quote(String value, char delimiter, boolean always) {
    boolean needed = always || value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n")
        || value.contains("\r") || value.startsWith(" ") || value.endsWith(" ") || value.contains("\t");
    return needed && !value.isEmpty() ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
