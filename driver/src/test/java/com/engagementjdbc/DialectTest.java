package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {",", ";", "\t", "|"})
  void sniffsTheDelimiter(String delimiter) throws Exception {
    Db.write(dir, "d.csv", String.join(delimiter, "name", "likes", "note") + "\n"
        + String.join(delimiter, "a", "1", "x, y; z") .replace("x, y; z", delimiter.equals(",") || delimiter.equals(";") ? "\"x, y; z\"" : "x, y; z") + "\n"
        + String.join(delimiter, "b", "2", "w") + "\n");
    assertEquals(List.of(List.of("a", 1, "x, y; z"), List.of("b", 2, "w")), Db.rows(dir, "select * from d"));
  }

  @Test void delimiterCanBeSet() throws Exception {
    Db.write(dir, "d.txt", "a:b\n1:2\n");
    assertEquals(List.of(List.of(1, 2)), Db.rows(dir, "select * from d", "delimiter=:"));
  }

  @Test void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
    Db.write(dir, "q.csv", "id,caption,likes\r\n"
        + "1,\"Hello, \"\"world\"\"\",5\r\n"
        + "2,\"two\r\nlines\nhere\",6\r\n"
        + "3,\"\",7\r\n");
    assertEquals(List.of(List.of(1, "Hello, \"world\"", 5), List.of(2, "two\r\nlines\nhere", 6)),
        Db.rows(dir, "select * from q where caption is not null order by id"));
    // a line break inside a quoted field still counts as a physical line for later messages
    Db.write(dir, "bad.csv", "id,caption\n1,\"a\nb\"\n2,x,extra\n");
    SqlAssert.fails(() -> Db.rows(dir, "select * from bad"), "22P04", "bad.csv: line 4");
  }

  @Test void quoteCharacterCanBeSet() throws Exception {
    Db.write(dir, "q.csv", "a,b\n'x, y',1\n");
    assertEquals(List.of(List.of("x, y", 1)), Db.rows(dir, "select * from q", "quote='"));
    // sniffed when fields are single-quoted and no double quote appears; apostrophes inside words do not count
    assertEquals(List.of(List.of("x, y", 1)), Db.rows(dir, "select * from q"));
    Db.write(dir, "apostrophes.csv", "nom,j'aime\nl'atelier,3\n");
    assertEquals(List.of(List.of("l'atelier", 3)), Db.rows(dir, "select * from apostrophes"));
  }

  @Test void headerIsDetectedOrSet() throws Exception {
    Db.write(dir, "noheader.csv", "1,2026-01-01,a\n2,2026-01-02,b\n");
    assertEquals(List.of("column_1 INTEGER", "column_2 DATE", "column_3 VARCHAR"), Db.columns(dir, "noheader"));
    Db.write(dir, "texts.csv", "a,b\nc,d\n");
    assertEquals(List.of("a VARCHAR", "b VARCHAR"), Db.columns(dir, "texts"));
    assertEquals(List.of("column_1 VARCHAR", "column_2 VARCHAR"), Db.columns(dir, "texts", "header=false"));
  }

  @Test void duplicateAndBlankHeaderNamesGetPredictableNames() throws Exception {
    Db.write(dir, "h.csv", "likes,,Likes,likes\n1,2,3,4\n");
    assertEquals(List.of("likes INTEGER", "column_2 INTEGER", "Likes_2 INTEGER", "likes_3 INTEGER"),
        Db.columns(dir, "h"));
  }

  @Test void headerOnlyAndEmptyFilesGiveEmptyTables() throws Exception {
    Db.write(dir, "header_only.csv", "a,b\n");
    Db.write(dir, "blank.csv", "");
    assertEquals(List.of(), Db.rows(dir, "select * from header_only"));
    assertEquals(List.of("a VARCHAR", "b VARCHAR"), Db.columns(dir, "header_only"));
    assertEquals(List.of(), Db.rows(dir, "select * from blank"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1"})
  void readsEncodings(String name) throws Exception {
    Charset charset = Charset.forName(name);
    String bom = name.startsWith("UTF-16") ? "\uFEFF" : "";
    Db.write(dir, "enc.csv", bom + "campagne,abonnés\nSoldes d'été,12\n", charset);
    assertEquals(List.of(List.of("Soldes d'été", 12)), Db.rows(dir, "select campagne, \"abonnés\" from enc"));
  }

  @Test void utf8WithBom() throws Exception {
    Db.write(dir, "bom.csv", "\uFEFFid,x\n1,é\n", StandardCharsets.UTF_8);
    assertEquals(List.of(List.of(1, "é")), Db.rows(dir, "select id, x from bom"));
  }

  @Test void forcedEncodingThatDoesNotFitNamesTheLine() throws Exception {
    Db.write(dir, "latin.csv", "a\nok\nété\n", StandardCharsets.ISO_8859_1);
    SqlAssert.fails(() -> Db.rows(dir, "select * from latin", "encoding=UTF-8"), "22021", "latin.csv: line 3");
  }

  @Test void errorColumnsCountCharactersNotBytes() throws Exception {
    // "é" is two bytes in UTF-8, the emoji four: the x after the closing quote is character 8 of line 2
    Db.write(dir, "posts.csv", "id,note\n1,\"é\uD83D\uDE00\"x\n2,ok\n");
    SqlAssert.fails(() -> Db.rows(dir, "select * from posts"), "22P04", "line 2, column 8",
        "unexpected character 'x'");
    Db.write(dir, "unclosed.csv", "id,note\nété,\"never closed\n");
    SqlAssert.fails(() -> Db.rows(dir, "select * from unclosed"), "22P04", "line 2, column 5");
  }

  @Test void doubledQuotesAmongMultiByteCharacters() throws Exception {
    Db.write(dir, "q.csv", "id,caption\n1,\"l'\"\"été\"\" 😀, \"\"ok\"\"\"\n2,\"\"\"\"\"\"\n");
    assertEquals(List.of(List.of(1, "l'\"été\" 😀, \"ok\""), List.of(2, "\"\"")),
        Db.rows(dir, "select * from q order by id"));
  }

  @Test void nonAsciiDelimiterWithLatin1Text() throws Exception {
    Db.write(dir, "s.csv", "campagne§abonnés\nSoldes d'été§12\n", StandardCharsets.UTF_8);
    assertEquals(List.of(List.of("Soldes d'été", 12)), Db.rows(dir, "select * from s", "delimiter=§"));
    Db.write(dir, "w.csv", "campagne§abonnés\nSoldes à 5 €§12\n", Charset.forName("windows-1252"));
    assertEquals(List.of(List.of("Soldes à 5 €", 12)), Db.rows(dir, "select * from w", "delimiter=§"));
    // in UTF-8, the euro sign is beyond the Latin-1 text a non-ASCII delimiter is read in
    Db.write(dir, "e.csv", "campagne§abonnés\nSoldes§12\nà 5 €§3\n", StandardCharsets.UTF_8);
    SqlAssert.fails(() -> Db.rows(dir, "select * from e", "delimiter=§"), "0A000", "e.csv: line 3",
        "beyond ISO-8859-1");
  }

  @Test void gzipFilesAreTables() throws Exception {
    Db.writeGzip(dir, "Posts Export.csv.gz", "id,likes\n1,10\n2,20\n");
    // 10 + 20 = 30
    assertEquals(List.of(List.of(30L)), Db.rows(dir, "select sum(likes) from posts_export"));
  }
}
