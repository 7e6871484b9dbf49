package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sys.sources and sys.source_columns explain how each file was read and why each column has its type. */
class SourcesTableTest {
  @TempDir Path dir;

  @Test void explainsEachFileAndEachColumnDecision() throws Exception {
    Db.write(dir, "fr.csv", "\uFEFFdate;montant;note\r\n14/03/2026;1 234,5;ok\r\n01/02/2026;12;n/a\r\n");
    Db.write(dir, "us.csv", "d,n,code\n03/04/2026,1,x\n05/06/2026,2,\n");
    Db.write(dir, "bad.csv", "a,b\n1,2\n3\n");
    Db.write(dir, "p.json", "[{\"id\": 1, \"tags\": [\"a\"]}]");
    assertEquals(List.of(
            Db.row("bad", "files", "bad.csv", "csv", "UTF-8", ",", "\"", true, 1L, 1, null),
            Db.row("fr", "files", "fr.csv", "csv", "UTF-8 (BOM)", ";", "\"", true, 2L, 0, "dmy"),
            Db.row("p", "files", "p.json", "json: array of objects", "UTF-8", null, null, false, 1L, 0, null),
            Db.row("us", "files", "us.csv", "csv", "UTF-8", ",", "\"", true, 2L, 0, null)),
        Db.rows(dir, "select table_name, schema_name, file, format, encoding, delimiter, quote, header, row_count,"
            + " rejected_rows, date_orders from sys.sources order by table_name", "onError=skip"));
    assertEquals(List.of(
            Db.row("date", "DATE", 0L, null, "dmy", "DATE: every value is a date, day first"),
            Db.row("montant", "DOUBLE", 0L, ",", null, "DOUBLE: numbers with a fraction (decimal separator ',')"),
            // "n/a" marks no value, but a text column keeps it as text
            Db.row("note", "VARCHAR", 0L, null, null, "VARCHAR: line 2 has 'ok'")),
        Db.rows(dir, "select column_name, type, null_count, decimal_separator, date_order, reason"
            + " from sys.source_columns where table_name = 'fr' order by ordinal_position"));
    assertEquals(List.of(Db.row("d", "VARCHAR: every value is a date whose day and month are both 12 or less, so"
            + " their order is ambiguous: set dateOrder=dmy or dateOrder=mdy")),
        Db.rows(dir, "select column_name, reason from sys.source_columns where table_name = 'us' and type = 'VARCHAR'"
            + " and column_name = 'd'"));
  }
}
