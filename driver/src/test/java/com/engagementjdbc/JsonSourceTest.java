package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSourceTest {
  @TempDir Path dir;

  @Test void arrayOfObjectsWithKeysInAnyOrderAndMissingKeys() throws Exception {
    Db.write(dir, "posts.json", "[\n"
        + "  {\"id\": 1, \"platform\": \"x\", \"likes\": 10},\n"
        + "  {\"likes\": 20, \"id\": 2},\n"
        + "  {\"id\": 3, \"platform\": \"facebook\", \"likes\": 5, \"shares\": 1}\n"
        + "]");
    assertEquals(List.of("id INTEGER", "platform VARCHAR", "likes INTEGER", "shares INTEGER"),
        Db.columns(dir, "posts"));
    assertEquals(List.of(Db.row(1, "x", 10, null), Db.row(2, null, 20, null), Db.row(3, "facebook", 5, 1)),
        Db.rows(dir, "select * from posts order by id"));
  }

  @Test void ndjsonWhateverTheExtension() throws Exception {
    String lines = "{\"id\": 1, \"ok\": true}\n{\"id\": 2, \"ok\": false}\n\n";
    Db.write(dir, "events.ndjson", lines);
    Db.write(dir, "log.json", lines);
    Db.writeGzip(dir, "zipped.jsonl.gz", lines);
    for (String table : List.of("events", "log", "zipped")) {
      assertEquals(List.of(Db.row(1, true), Db.row(2, false)), Db.rows(dir, "select * from " + table + " order by id"));
    }
  }

  @Test void apiResponseRowsSitInAnArrayField() throws Exception {
    Db.write(dir, "api.json", "{\"paging\": {\"next\": \"abc\"}, \"data\": [{\"id\": \"1\"}, {\"id\": \"2\"}],"
        + " \"summary\": {\"total\": 2}}");
    assertEquals(List.of(Db.row("1"), Db.row("2")), Db.rows(dir, "select id from api order by id"));
    Db.write(dir, "nested.json", "{\"response\": {\"items\": [{\"n\": 1}], \"other\": [{\"n\": 9}]}}");
    assertEquals(List.of(Db.row(1)), Db.rows(dir, "select n from nested", "jsonPath=response.items"));
    SqlAssert.fails(() -> Db.rows(dir, "select * from nested", "jsonPath=response.missing"), "22P04",
        "jsonPath 'response.missing' does not lead to an array");
  }

  @Test void typesWidenOverAllRecords() throws Exception {
    Db.write(dir, "w.json", "[{\"a\": 1, \"b\": 1, \"c\": \"2026-01-02\", \"d\": \"2026-01-02\", \"e\": 1},"
        + "{\"a\": 2.5, \"b\": 3000000000, \"c\": \"2026-01-03\", \"d\": \"2026-01-03T10:00:00Z\", \"e\": \"x\"}]");
    assertEquals(List.of("a DOUBLE", "b BIGINT", "c DATE", "d TIMESTAMP", "e VARCHAR"), Db.columns(dir, "w"));
    assertEquals(List.of(Db.row(1.0, 1L, Date.valueOf("2026-01-02"), Timestamp.valueOf("2026-01-02 00:00:00"), "1"),
            Db.row(2.5, 3_000_000_000L, Date.valueOf("2026-01-03"), Timestamp.valueOf("2026-01-03 10:00:00"), "x")),
        Db.rows(dir, "select * from w order by a"));
  }

  @Test void largeIdsKeepEveryDigit() throws Exception {
    // 2^53 + 1 = 9007199254740993 is not representable as a double; beyond BIGINT stays text
    Db.write(dir, "ids.json", "[{\"id\": 9007199254740993, \"big\": 123456789012345678901234567890}]");
    assertEquals(List.of(Db.row(9007199254740993L, "123456789012345678901234567890")),
        Db.rows(dir, "select id, big from ids"));
  }

  @Test void valuesReadTheSameFromLinesAndFromADocument() throws Exception {
    String first = "{\"id\": 1, \"m\": {}, \"v\": 1.50, \"mix\": 1.50, \"n\": null, \"ok\": true,"
        + " \"arr\": [1, {\"x\": 2}], \"o\": {\"p\": {\"q\": \"deep\"}}}";
    String second = "{\"id\": 2, \"m\": {}, \"v\": 2, \"mix\": \"text\", \"n\": null, \"ok\": false,"
        + " \"arr\": [], \"o\": {\"p\": {\"q\": \"d2\"}}}";
    Db.write(dir, "lines.ndjson", first + "\n" + second + "\n");
    Db.write(dir, "document.json", "[" + first + ",\n" + second + "]");
    for (String table : List.of("lines", "document")) {
      // an empty object is a value, as JSON text; a fraction keeps its digits where the column is text
      assertEquals(List.of("id INTEGER", "m VARCHAR", "v DOUBLE", "mix VARCHAR", "n VARCHAR", "ok BOOLEAN",
          "arr VARCHAR", "o.p.q VARCHAR"), Db.columns(dir, table), table);
      assertEquals(List.of(Db.row(1, "{}", 1.5, "1.50", null, true, "[1,{\"x\":2}]", "deep"),
              Db.row(2, "{}", 2.0, "text", null, false, "[]", "d2")),
          Db.rows(dir, "select * from " + table + " order by id"), table);
    }
  }

  @Test void nestedObjectsAreFlattenedAndArraysStayJson() throws Exception {
    Db.write(dir, "p.json", "[{\"id\": 1, \"insights\": {\"likes\": 10, \"reach\": {\"paid\": 3}},"
        + " \"tags\": [\"a\", \"b\"], \"insights_list\": [{\"name\": \"likes\", \"value\": 10}]}]");
    assertEquals(List.of("id INTEGER", "insights.likes INTEGER", "insights.reach.paid INTEGER", "tags VARCHAR",
        "insights_list VARCHAR"), Db.columns(dir, "p"));
    assertEquals(List.of(Db.row(10, 3, "b", "10")), Db.rows(dir, "select \"insights.likes\", \"insights.reach.paid\","
        + " json_value(tags, '$[1]'), json_value(insights_list, '$[0].value') from p"));
  }

  @Test void unnestGivesAChildTableWithOneRowPerElement() throws Exception {
    Db.write(dir, "posts.json", "[{\"id\": 1, \"insights\": {\"data\": [{\"name\": \"likes\", \"value\": 10},"
        + " {\"name\": \"shares\", \"value\": 2}]}}, {\"id\": 2, \"insights\": {\"data\": []}}]");
    Db.write(dir, "posts.json.properties", "unnest=insights.data\n");
    assertEquals(List.of(Db.row(2L)), Db.rows(dir, "select count(*) from posts"));
    assertEquals(List.of(Db.row(1, "likes", 10), Db.row(1, "shares", 2), Db.row(2, null, null)),
        Db.rows(dir, "select id, \"insights.data.name\", \"insights.data.value\" from posts__insights_data"
            + " order by id, 2"));
  }

  @Test void malformedJsonNamesLineAndColumn() throws Exception {
    Db.write(dir, "bad.json", "[\n  {\"id\": 1},\n  {\"id\": 2,,}\n]");
    SqlAssert.fails(() -> Db.rows(dir, "select * from bad"), "22P04", "bad.json: line 3, column 12", "invalid JSON");
    Db.write(dir, "cut.json", "[{\"id\": 1}, {\"id\"");
    SqlAssert.fails(() -> Db.rows(dir, "select * from cut"), "22P04", "cut.json: line 1", "end-of-input");
    Db.write(dir, "scalar.json", "[{\"id\": 1}, 42]");
    SqlAssert.fails(() -> Db.rows(dir, "select * from scalar"), "22P04",
        "scalar.json: line 1, column 13: a row must be a JSON object, found number");
  }

  @Test void skipLeavesBadNdjsonLinesOutAndListsThem() throws Exception {
    Db.write(dir, "events.jsonl", "{\"id\": 1}\n{\"id\": 2\n[3]\n{\"id\": 4}\n");
    SqlAssert.fails(() -> Db.rows(dir, "select * from events"), "22P04", "events.jsonl: line 2");
    assertEquals(List.of(Db.row(1), Db.row(4)), Db.rows(dir, "select id from events order by id", "onError=skip"));
    assertEquals(List.of(Db.row(2L), Db.row(3L)),
        Db.rows(dir, "select line from sys.rejects order by line", "onError=skip"));
  }

  /** Text after a line's object is never dropped unseen: the line is a problem row, named with the column. */
  @Test void aSecondValueOnAnNdjsonLineMakesTheLineAProblemRow() throws Exception {
    Db.write(dir, "pairs.ndjson", "{\"id\": 1} {\"id\": 2}\n  {\"id\": 3}\n{\"id\": 4} x\n  {\"id\": 6} 7\n"
        + "{\"id\": 5} \r\n    [1, 2]\n");
    SqlAssert.fails(() -> Db.rows(dir, "select * from pairs"), "22P04",
        "pairs.ndjson: line 1, column 11: a line must hold one JSON object, found more after its end");
    assertEquals(List.of(Db.row(3), Db.row(5)), Db.rows(dir, "select id from pairs order by id", "onError=skip"));
    // the second object starts at column 11 of line 1, the 7 at column 13 of line 4 (after two spaces)
    List<List<Object>> rejects = Db.rows(dir, "select line, \"column\" from sys.rejects order by line", "onError=skip");
    assertEquals(List.of(Db.row(1L, 11), Db.row(4L, 13)), List.of(rejects.get(0), rejects.get(2)));
    assertEquals(3L, rejects.get(1).get(0));
    // an array where the row should be, indented by four spaces: column 5
    assertEquals(Db.row(6L, 5), rejects.get(3));
  }

  @Test void deepNestingIsAnErrorNotAStackOverflow() throws Exception {
    Db.write(dir, "deep.json", "[" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "]");
    SqlAssert.fails(() -> Db.rows(dir, "select * from deep"), "22P04", "deep.json", "nesting depth");
  }
}
