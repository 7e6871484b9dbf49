package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.functions.AttributionModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Touches at the same instant are ordered by channel, not by where they stand in the file: the same touches in
 * another order, or split over two files of one table, give the same credits under every model.
 */
class LinkConversionsTiesTest {
  @TempDir Path dir;

  @Test void theOrderOfTheRowsDoesNotChangeTheCredits() throws Exception {
    Random random = new Random(24);
    List<String> touches = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      // midnights and noons of ten days and five channels (and NULL): most contacts have touches at one instant
      int hour = 12 * random.nextInt(20);
      String channel = random.nextInt(8) == 0 ? "" : "channel_" + random.nextInt(5);
      touches.add(random.nextInt(200) + ",2026-01-" + String.format("%02d %02d", 1 + hour / 24, hour % 24) + ":00:00,"
          + channel);
    }
    StringBuilder conversions = new StringBuilder("conversion_id,contact_id,ts,value\n");
    for (int i = 0; i < 400; i++) {
      conversions.append(i).append(',').append(random.nextInt(210)).append(",2026-01-")
          .append(String.format("%02d", 5 + random.nextInt(8))).append(" 12:00:00,").append(random.nextInt(500))
          .append('\n');
    }
    Path asWritten = folder("as_written", conversions, List.of(touches));
    List<String> shuffled = new ArrayList<>(touches);
    Collections.shuffle(shuffled, random);
    Path reordered = folder("reordered", conversions, List.of(shuffled));
    Path split = folder("split", conversions, List.of(shuffled.subList(0, 1_000), shuffled.subList(1_000, 3_000)));
    Db.write(split, "tables.properties", "touches = parts/touches_*.csv\n");

    try (Connection first = Db.connect(asWritten); Connection second = Db.connect(reordered);
        Connection third = Db.connect(split)) {
      for (AttributionModel model : AttributionModel.values()) {
        String sql = "select conversion_id, \"position\", channel, touched_at, path_length, credit, credited_value"
            + " from table(link_conversions('touches', 'conversions', '" + model.sqlName() + "', 3, 1))"
            + " order by conversion_id, \"position\"";
        List<List<Object>> expected = Db.rows(first, sql);
        assertTrue(expected.stream().anyMatch(row -> (Integer) row.get(4) > 1), "paths of several touches");
        assertEquals(expected, Db.rows(second, sql), model.sqlName() + ", rows in another order");
        assertEquals(expected, Db.rows(third, sql), model.sqlName() + ", rows split over two files");
      }
    }
  }

  /** A folder with conversions.csv and the touches as one file, or as several in parts/ when given several. */
  private Path folder(String name, StringBuilder conversions, List<List<String>> touchFiles) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Db.write(folder, "conversions.csv", conversions.toString());
    for (int i = 0; i < touchFiles.size(); i++) {
      String content = "contact_id,ts,channel\n" + String.join("\n", touchFiles.get(i)) + "\n";
      if (touchFiles.size() == 1) {
        Db.write(folder, "touches.csv", content);
      } else {
        Db.write(Files.createDirectories(folder.resolve("parts")), "touches_" + (char) ('a' + i) + ".csv", content);
      }
    }
    return folder;
  }
}
