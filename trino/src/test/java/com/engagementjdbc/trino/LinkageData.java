package com.engagementjdbc.trino;

import io.trino.testing.MaterializedRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Touches and conversions made by SQL from a row number, so that Trino reads them as a subquery and the driver the
 * same rows written to CSV: about ten touches for each of 3 000 contacts on 180 instants of 90 days (so many at the
 * same instant), six channels among which 'Email' and 'email', and NULL contacts, times and channels; 4 000
 * conversions, some of contacts without touches, some of no contact, some without a value.
 */
final class LinkageData {
  static final String TOUCHES = "SELECT CASE WHEN i % 97 = 0 THEN NULL ELSE (i * 7919) % 3000 END AS contact_id,"
      + " CASE WHEN i % 89 = 0 THEN NULL ELSE TIMESTAMP '2026-01-01 00:00:00' + ((i * 104729) % 180) * 12"
      + " * INTERVAL '1' HOUR END AS ts, CASE WHEN i % 31 = 0 THEN NULL ELSE element_at(ARRAY['email',"
      + " 'paid_search', 'instagram', 'organic_search', 'Email', 'webinar'], i % 6 + 1) END AS channel"
      + " FROM " + numbers("i", 30_000);
  static final String CONVERSIONS = "SELECT j AS conversion_id, CASE WHEN j % 101 = 0 THEN NULL ELSE"
      + " (j * 331) % 3100 END AS contact_id, TIMESTAMP '2026-01-15 00:00:00' + ((j * 7907) % 1800)"
      + " * INTERVAL '1' HOUR AS ts, CASE WHEN j % 13 = 0 THEN NULL ELSE CAST((j * 37) % 50000 AS DOUBLE) / 100"
      + " END AS value FROM UNNEST(sequence(1, 4000)) AS t(j)";
  /**
   * The rows numbered 1 to {@code count}, a multiple of 10 000, in a column {@code name}: Trino's sequence() makes
   * 10 000 at most.
   */
  static String numbers(String name, int count) {
    return "(SELECT high.n * 10000 + low.n AS " + name + " FROM UNNEST(sequence(0, " + (count / 10_000 - 1)
        + ")) AS high(n) CROSS JOIN UNNEST(sequence(1, 10000)) AS low(n))";
  }

  private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private LinkageData() {
  }

  /** touches.csv and conversions.csv with the rows Trino makes of the two queries. */
  static Path writeCsv(Path folder) throws IOException {
    write(folder.resolve("touches.csv"), "contact_id,ts,channel", TOUCHES);
    write(folder.resolve("conversions.csv"), "conversion_id,contact_id,ts,value", CONVERSIONS);
    return folder;
  }

  private static void write(Path file, String header, String sql) throws IOException {
    StringBuilder csv = new StringBuilder(header).append('\n');
    for (MaterializedRow row : TrinoCluster.query(sql).getMaterializedRows()) {
      List<Object> fields = row.getFields();
      for (int i = 0; i < fields.size(); i++) {
        Object value = fields.get(i);
        csv.append(i == 0 ? "" : ",").append(value == null ? ""
            : value instanceof LocalDateTime time ? CSV_TIME.format(time) : value.toString());
      }
      csv.append('\n');
    }
    Files.writeString(file, csv);
  }
}
