package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnErrorTest {
  @TempDir Path dir;

  @BeforeEach void writeBadFile() throws Exception {
    Db.write(dir, "posts.csv", "id,likes,note\n"   // line 1
        + "1,10,a\n"                               // line 2
        + "2,20\n"                                 // line 3: too few fields
        + "3,30,c,extra\n"                         // line 4: too many
        + "4,40,d\n");                             // line 5
  }

  @Test void failNamesFileLineAndWhatWasExpected() {
    SqlAssert.fails(() -> Db.rows(dir, "select * from posts"), "22P04",
        "posts.csv: line 3: expected 3 fields, found 2", "and 1 more", "onError=skip");
  }

  @Test void failStillLetsToolsSeeTheColumns() throws Exception {
    try (var connection = Db.connect(dir);
         var columns = connection.getMetaData().getColumns(null, "files", "posts", null)) {
      int count = 0;
      while (columns.next()) {
        count++;
      }
      assertEquals(3, count);
    }
  }

  @Test void skipLeavesRowsOutAndListsThem() throws Exception {
    assertEquals(List.of(List.of(1), List.of(4)), Db.rows(dir, "select id from posts order by id", "onError=skip"));
    assertEquals(List.of(
            List.of("posts", "posts.csv", 3L, "expected 3 fields, found 2", "skipped", "2,20"),
            List.of("posts", "posts.csv", 4L, "expected 3 fields, found 4", "skipped", "3,30,c,extra")),
        Db.rows(dir, "select table_name, file, line, reason, action, content from sys.rejects", "onError=skip"));
  }

  @Test void nullPadsShortRowsAndCutsLongOnes() throws Exception {
    assertEquals(List.of(List.of(1, 10, "a"), Db.row(2, 20, null), List.of(3, 30, "c"), List.of(4, 40, "d")),
        Db.rows(dir, "select * from posts order by id", "onError=null"));
    assertEquals(List.of(List.of(3L, "padded"), List.of(4L, "truncated")),
        Db.rows(dir, "select line, action from sys.rejects", "onError=null"));
  }

  @Test void returnedPlusRejectedRowsEqualTheRowsOfTheFile() throws Exception {
    long returned = (Long) Db.rows(dir, "select count(*) from posts", "onError=skip").get(0).get(0);
    long rejected = (Long) Db.rows(dir, "select count(*) from sys.rejects", "onError=skip").get(0).get(0);
    assertEquals(4, returned + rejected);
  }

  @Test void unterminatedQuoteNamesWhereItOpened() throws Exception {
    Db.write(dir, "posts.csv", "id,note\n1,ok\n2,\"never closed\n3,x\n");
    SqlAssert.fails(() -> Db.rows(dir, "select * from posts"), "22P04",
        "posts.csv: line 3, column 3: unterminated quoted field");
  }

  @Test void junkAfterAClosingQuoteIsAnError() throws Exception {
    Db.write(dir, "posts.csv", "id,note\n1,\"5\" inch\"\n2,ok\n");
    SqlAssert.fails(() -> Db.rows(dir, "select * from posts"), "22P04", "line 2, column 7");
    assertEquals(List.of(List.of(2, "ok")), Db.rows(dir, "select * from posts", "onError=skip"));
  }

  @Test void aValueThatDoesNotFitADeclaredTypeIsRejected() throws Exception {
    Db.write(dir, "posts.csv", "id,likes\n1,10\n2,many\n");
    Db.write(dir, "posts.csv.properties", "column.likes=INTEGER\n");
    SqlAssert.fails(() -> Db.rows(dir, "select * from posts"), "22018", "line 3, column 2", "'many'");
    assertEquals(List.of(List.of(1, 10), Db.row(2, null)),
        Db.rows(dir, "select * from posts order by id", "onError=null"));
  }
}
