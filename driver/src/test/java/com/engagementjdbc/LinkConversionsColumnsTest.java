package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.functions.AttributionModel;
import com.engagementjdbc.functions.ConversionLinkage;
import com.engagementjdbc.functions.ConversionLinkage.ConversionEvent;
import com.engagementjdbc.functions.ConversionLinkage.Credit;
import com.engagementjdbc.functions.ConversionLinkage.Touch;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LINK_CONVERSIONS reads whole-number contact ids of a cached file straight from its columns. Whatever the ids
 * (a narrow range, or far apart), the time column (TIMESTAMP or DATE) and the channels (few, held as a dictionary,
 * or one per touch), with NULL contacts, times and channels among the touches and conversions of contacts without
 * touches, the rows are those the engine-neutral function gives for the same touches and conversions as records.
 */
class LinkConversionsColumnsTest {
  private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

  @TempDir Path dir;

  /**
   * @param ids {@code number}: whole-number ids in both files; {@code text}: text ids in both; {@code mixed}: whole
   *     numbers in the touches, text in the conversions (some ids there are not numbers), compared as text
   */
  @ParameterizedTest(name = "id step {0}, dates {1}, a channel per touch {2}, {3} ids")
  @CsvSource({"1, false, false, number", "1000000007, false, false, number", "1, true, false, number",
      "1000000007, true, true, number", "1, false, false, text", "7, true, true, text", "1, false, false, mixed"})
  void rowsEqualTheFunctionOverRecords(long idStep, boolean dates, boolean channelPerTouch, String ids)
      throws Exception {
    Random random = new Random(idStep + (dates ? 1 : 0) + (channelPerTouch ? 2 : 0) + ids.hashCode());
    List<Touch> touches = new ArrayList<>();
    StringBuilder touchesCsv = new StringBuilder("contact_id,ts,channel\n");
    for (int i = 0; i < 6_000; i++) {
      Object contact = random.nextInt(40) == 0 ? null : id(random.nextInt(300) * idStep, ids);
      LocalDateTime at = random.nextInt(50) == 0 ? null
          : START.plusMinutes(random.nextInt(60 * 24 * 120) / (dates ? 1440 : 1) * (dates ? 1440 : 1));
      String channel = random.nextInt(30) == 0 ? null : channelPerTouch ? "touch " + i : "c" + random.nextInt(9);
      touchesCsv.append(contact == null ? "" : contact).append(',').append(text(at, dates)).append(',')
          .append(channel == null ? "" : channel).append('\n');
      if (at != null) {
        touches.add(new Touch(contact, millis(at), channel));
      }
    }
    List<ConversionEvent> conversions = new ArrayList<>();
    StringBuilder conversionsCsv = new StringBuilder("conversion_id,contact_id,ts,value\n");
    for (int i = 0; i < 800; i++) {
      Object contact = random.nextInt(40) == 0 ? null : random.nextInt(20) == 0 && ids.equals("mixed") ? "none"
          : id(random.nextInt(330) * idStep, ids);
      LocalDateTime at = START.plusMinutes(random.nextInt(60 * 24 * 120));
      Double value = random.nextInt(10) == 0 ? null : random.nextInt(100_000) / 100.0;
      conversionsCsv.append(i).append(',').append(contact == null ? "" : contact).append(',')
          .append(text(at, false)).append(',').append(value == null ? "" : value).append('\n');
      conversions.add(new ConversionEvent(i, contact, millis(at), value));
    }
    Db.write(dir, "touches.csv", touchesCsv.toString());
    Db.write(dir, "conversions.csv", conversionsCsv.toString());

    List<List<Object>> expected = new ArrayList<>();
    for (Credit credit : ConversionLinkage.link(touches, conversions, AttributionModel.TIME_DECAY, 30, 7)) {
      expected.add(Db.row(credit.conversionId(), credit.contactId(), credit.channel(), credit.position(),
          credit.pathLength(), credit.daysBefore(), credit.credit(), credit.creditedValue()));
    }
    List<List<Object>> actual = Db.rows(dir, "select conversion_id, contact_id, channel, \"position\", path_length,"
        + " days_before, credit, credited_value from table(link_conversions('touches', 'conversions', 'time_decay',"
        + " 30, 7)) order by conversion_id, \"position\"");
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), normalized(actual.get(i)), "row " + i);
    }
    long linked = expected.stream().filter(row -> row.get(2) != null || (int) row.get(4) > 0).count();
    assertTrue(linked > 1_000, linked + " rows with a touch: too few to test the paths");
  }

  /**
   * Ids more than 2^63 apart are not a range to index by (their difference wraps to a negative number); before, two
   * contacts 2^32 apart shared a number, each one's conversion credited to the other's touch too.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"link", "join"})
  void idsFarApartKeepTheirOwnTouches(String query) throws Exception {
    long low = -6_000_000_000_000_000_000L;
    long high = 5_999_999_996_364_588_007L;
    Db.write(dir, "touches.csv", "contact_id,ts,channel\n" + low + ",2026-03-01 00:00:00,email\n" + (low + (1L << 32))
        + ",2026-03-02 00:00:00,ads\n" + high + ",2026-03-03 00:00:00,social\n");
    Db.write(dir, "conversions.csv", "conversion_id,contact_id,ts,value\nC1," + low + ",2026-03-05 00:00:00,10\n"
        + "C2," + high + ",2026-03-05 00:00:00,20\n");
    if (query.equals("link")) {
      // each conversion has one touch in its window: all the credit, the whole value
      assertEquals(List.of(Db.row("C1", "email", 1.0, 10.0), Db.row("C2", "social", 1.0, 20.0)), Db.rows(dir,
          "select conversion_id, channel, credit, credited_value from table(link_conversions('touches',"
              + " 'conversions')) order by conversion_id"));
    } else {
      assertEquals(List.of(Db.row("email", 1L), Db.row("social", 1L)), Db.rows(dir, "select t.channel, count(*)"
          + " from touches t join conversions c on t.contact_id = c.contact_id group by t.channel order by 1"));
    }
  }

  /** An id as the function over records compares it: a number, or the text both files hold. */
  private static Object id(long number, String ids) {
    return switch (ids) {
      case "number" -> number;
      case "text" -> "u" + number;
      default -> String.valueOf(number);
    };
  }

  /** Ids come back as the column's type: INTEGER when they fit, BIGINT otherwise. */
  private static List<Object> normalized(List<Object> row) {
    List<Object> copy = new ArrayList<>(row);
    if (copy.get(1) instanceof Number id) {
      copy.set(1, id.longValue());
    }
    return copy;
  }

  private static String text(LocalDateTime at, boolean dates) {
    if (at == null) {
      return "";
    }
    // minutes only, so the text of a LocalDateTime lacks just the seconds
    return dates ? at.toLocalDate().toString() : at.toString().replace('T', ' ') + ":00";
  }

  private static long millis(LocalDateTime at) {
    return at.toEpochSecond(ZoneOffset.UTC) * 1000;
  }
}
