package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unknown column, table or function names the closest existing ones, as DuckDB and PostgreSQL do. */
class NearNameHintsTest {
  @TempDir Path dir;

  @BeforeEach void writeFiles() throws Exception {
    Db.write(dir, "ads.csv", "Campaign,Clicks,Impressions,Cost\nspring,120,4000,35.5\n");
    Db.write(dir, "posts.csv", "post_id,platform,likes,Campaign\nP1,x,10,spring\n");
  }

  @Test void unknownColumn() {
    SqlAssert.fails(() -> Db.rows(dir, "SELECT Clikcs FROM ads"), "42703",
        "Column 'Clikcs' not found", "did you mean 'Clicks'?");
    SqlAssert.fails(() -> Db.rows(dir, "SELECT a.Campaign FROM ads a JOIN posts p ON a.Campaign = p.Campaign "
        + "WHERE p.platfrm = 'x'"), "42703", "did you mean 'platform'?");
    // a name the statement gives: the alias of a sub-query's column
    SqlAssert.fails(() -> Db.rows(dir, "SELECT totl FROM (SELECT SUM(Clicks) AS total FROM ads) t"), "42703",
        "did you mean 'total'?");
    // impression and impressions, cost and Cost are one edit apart... only the closest are named
    SqlAssert.fails(() -> Db.rows(dir, "SELECT Impresions FROM ads"), "42703", "did you mean 'Impressions'?");
  }

  @Test void nothingNearNoHint() throws Exception {
    SQLException e = SqlAssert.fails(() -> Db.rows(dir, "SELECT nope FROM ads"), "42703", "Column 'nope' not found");
    assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
  }

  @Test void unknownTable() {
    SqlAssert.fails(() -> Db.rows(dir, "SELECT * FROM postz"), "42S02", "'postz' not found",
        "did you mean 'posts'?");
    SqlAssert.fails(() -> Db.rows(dir, "SELECT * FROM sys.sourcez"), "42S02", "did you mean 'sources'?");
    SqlAssert.fails(() -> Db.rows(dir, "SELECT * FROM source_column"), "42S02", "did you mean 'sys.source_columns'?");
  }

  @Test void unknownFunction() {
    SqlAssert.fails(() -> Db.rows(dir, "SELECT CONVERSON_RATE(1, 2)"), "42883", "CONVERSON_RATE",
        "did you mean 'CONVERSION_RATE'?");
    SqlAssert.fails(() -> Db.rows(dir, "SELECT DATE_TRUC('hour', TIMESTAMP '2026-03-29 02:30:00')"), "42883",
        "did you mean 'DATE_TRUNC'?");
  }
}
