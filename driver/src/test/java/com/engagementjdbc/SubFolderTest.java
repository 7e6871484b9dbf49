package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each sub-folder of the connection's folder is a schema; files in the folder itself stay unqualified. */
class SubFolderTest {
  @TempDir Path dir;

  @Test void subFoldersAreSchemas() throws Exception {
    Db.write(dir, "posts.csv", "id,likes\n1,10\n");
    Path facebook = Files.createDirectories(dir.resolve("Facebook Exports"));
    Db.write(facebook, "posts.csv", "id,likes\n1,100\n2,200\n");
    Files.createDirectories(dir.resolve("sys"));
    Files.createDirectories(dir.resolve(".git"));
    try (var connection = Db.connect(dir)) {
      // unqualified names are the root folder's files; 100 + 200 = 300 in the sub-folder
      assertEquals(List.of(Db.row(10L, 300L)), Db.rows(connection,
          "select (select sum(likes) from posts), (select sum(likes) from facebook_exports.posts)"));
      List<String> schemas = new ArrayList<>();
      try (var rows = connection.getMetaData().getSchemas()) {
        while (rows.next()) {
          schemas.add(rows.getString("TABLE_SCHEM"));
        }
      }
      // a folder named like a schema of the driver gets a suffix; hidden folders are not schemas
      assertEquals(List.of("facebook_exports", "files", "sys", "sys_2"), schemas);
      assertEquals(List.of(Db.row("facebook_exports", "posts", "Facebook Exports/posts.csv")), Db.rows(connection,
          "select schema_name, table_name, file from sys.sources where schema_name <> 'files'"));
    }
  }

  @Test void linkConversionsReadsQualifiedTables() throws Exception {
    Path crm = Files.createDirectories(dir.resolve("crm"));
    Db.write(crm, "touches.csv", "contact_id,ts,channel\n1,2026-03-01 00:00:00,email\n");
    Db.write(crm, "conversions.csv", "conversion_id,contact_id,ts,value\nC1,1,2026-03-02 00:00:00,10\n");
    // one touch one day before: all the credit, 10
    assertEquals(List.of(Db.row("email", 1.0, 10.0)), Db.rows(dir,
        "select channel, credit, credited_value from table(link_conversions('crm.touches', 'crm.conversions'))"));
  }
}
