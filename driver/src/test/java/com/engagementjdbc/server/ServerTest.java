package com.engagementjdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import com.engagementjdbc.SqlAssert;
import java.net.ConnectException;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server through Avatica's own remote JDBC driver, in both serializations, on a real port. */
class ServerTest {
  @TempDir Path dir;
  private EngagementServer server;

  @BeforeEach void writeFiles() throws Exception {
    Db.write(dir, "posts.csv", "post_id,platform,published_at,likes,comments,shares,impressions\n"
        + "P1,instagram,2026-03-01 10:00:00,120,30,10,4000\n"
        + "P2,instagram,2026-03-15 18:30:00,60,10,10,2000\n"
        + "P3,linkedin,2026-04-02 08:00:00,5,1,0,250\n");
    Db.write(dir, "touches.csv", "contact_id,ts,channel\n1,2026-03-01 00:00:00,email\n");
    Db.write(dir, "conversions.csv", "conversion_id,contact_id,ts,value\nC1,1,2026-03-02 00:00:00,10\n");
  }

  @AfterEach void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(Users users, String... args) throws SQLException {
    List<String> all = new ArrayList<>(List.of(dir.toString(), "--port", "0"));
    all.addAll(List.of(args));
    server = EngagementServer.start(ServerOptions.parse(all.toArray(new String[0])), users);
  }

  private Connection remote(String serialization) throws SQLException {
    return DriverManager.getConnection(remoteUrl(serialization));
  }

  private String remoteUrl(String serialization) {
    return "jdbc:avatica:remote:url=" + server.address() + ";serialization=" + serialization;
  }

  @ParameterizedTest @ValueSource(strings = {"protobuf", "json"})
  void queriesAndFunctionsGiveTheLocalAnswers(String serialization) throws Exception {
    start(null);
    try (Connection connection = remote(serialization)) {
      // instagram: (120+30+10 + 60+10+10) / (4000 + 2000) = 240 / 6000 = 0.04; linkedin: 6 / 250 = 0.024
      assertEquals(List.of(Db.row("instagram", 2L, 0.04), Db.row("linkedin", 1L, 0.024)), Db.rows(connection,
          "select platform, count(*), engagement_rate_agg(likes + comments + shares, impressions)"
              + " from posts group by platform order by platform"));
      // monthly grain: March has P1 and P2, April P3
      assertEquals(List.of(Db.row("2026-03-01 00:00:00", 2L), Db.row("2026-04-01 00:00:00", 1L)),
          Db.rows(connection, "select cast(date_trunc('month', published_at) as varchar), count(*) from posts"
              + " group by date_trunc('month', published_at) order by 1"));
      // one touch one day before the conversion: all the credit, the whole value 10
      assertEquals(List.of(Db.row("email", 1.0, 10.0)), Db.rows(connection,
          "select channel, credit, credited_value from table(link_conversions('touches', 'conversions'))"));
    }
  }

  @ParameterizedTest @ValueSource(strings = {"protobuf", "json"})
  void textLiteralsArriveUnpaddedAsVarchar(String serialization) throws Exception {
    start(null);
    try (Connection connection = remote(serialization)) {
      // instagram (P1, P2) -> Meta, linkedin (P3) -> Microsoft: the shorter key is not padded to 'instagram'
      assertEquals(List.of(Db.row("Meta", 2L), Db.row("Microsoft", 1L)), Db.rows(connection,
          "select d.network, count(*) from posts p join (values ('instagram', 'Meta'), ('linkedin', 'Microsoft'))"
              + " as d (platform, network) on p.platform = d.platform group by d.network order by 1"));
      // likes > 100: P1 only
      try (ResultSet rs = connection.createStatement().executeQuery("select post_id, case when likes > 100"
          + " then 'viral' else 'regular' end as label from posts order by post_id")) {
        assertEquals(java.sql.Types.VARCHAR, rs.getMetaData().getColumnType(2));
        assertEquals("VARCHAR", rs.getMetaData().getColumnTypeName(2));
        List<String> labels = new ArrayList<>();
        while (rs.next()) {
          labels.add(rs.getString(2));
        }
        assertEquals(List.of("viral", "regular", "regular"), labels);
      }
    }
  }

  @ParameterizedTest @ValueSource(strings = {"protobuf", "json"})
  void parametersBindRemotely(String serialization) throws Exception {
    start(null);
    try (Connection connection = remote(serialization);
         PreparedStatement statement = connection.prepareStatement(
             "select post_id from posts where platform = ? and likes >= ? order by post_id limit ?")) {
      statement.setString(1, "instagram");
      statement.setInt(2, 60);
      statement.setInt(3, 5);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      assertEquals(List.of("P1", "P2"), ids);
    }
  }

  @ParameterizedTest @ValueSource(strings = {"protobuf", "json"})
  void errorsKeepTheirSqlState(String serialization) throws Exception {
    start(null);
    try (Connection connection = remote(serialization)) {
      SqlAssert.fails(() -> Db.rows(connection, "select nope from posts"), "42703", "nope");
      SqlAssert.fails(() -> Db.rows(connection, "select * from missing"), "42S02", "missing");
      SqlAssert.fails(() -> connection.createStatement().executeUpdate("delete from posts"), "25006");
      // the connection is still usable after errors
      assertEquals(List.of(Db.row(3L)), Db.rows(connection, "select count(*) from posts"));
    }
  }

  @Test void anUnknownConnectionIs08003WithAMessage() throws Exception {
    start(null);
    HttpResponse<String> response = post(server.address(), "{\"request\":\"createStatement\",\"connectionId\":\"gone\"}");
    assertEquals(500, response.statusCode());
    assertTrue(response.body().contains("\"sqlState\":\"08003\""), response.body());
    assertTrue(response.body().contains("open a new connection"), response.body());
  }

  @Test void metadataListsTablesAndColumns() throws Exception {
    start(null);
    try (Connection connection = remote("protobuf")) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = meta.getTables(null, "files", "%", null)) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      assertEquals(List.of("conversions", "posts", "touches"), tables.stream().sorted().toList());
      List<String> columns = new ArrayList<>();
      try (ResultSet rows = meta.getColumns(null, "files", "posts", "%")) {
        while (rows.next()) {
          columns.add(rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME"));
        }
      }
      assertEquals(List.of("post_id VARCHAR", "platform VARCHAR", "published_at TIMESTAMP", "likes INTEGER",
          "comments INTEGER", "shares INTEGER", "impressions INTEGER"), columns);
    }
  }

  @Test void clientsCannotChooseTheDataOrLoadClasses() throws Exception {
    start(null);
    for (String key : List.of("model", "schemaFactory", "delimiter", "fun")) {
      Properties info = new Properties();
      info.setProperty(key, "x");
      // Avatica's client raises a refused openConnection as its own RuntimeException, with the server's state
      AvaticaClientRuntimeException refused = assertThrows(AvaticaClientRuntimeException.class,
          () -> DriverManager.getConnection(remoteUrl("protobuf"), info).createStatement());
      assertEquals("08001", refused.getSqlState());
      assertTrue(refused.getMessage().contains("fixed by the server; a client cannot set " + key),
          refused::getMessage);
    }
  }

  @Test void basicAuthenticationAdmitsOnlyKnownUsers() throws Exception {
    start(Users.fromEnvironmentValue("analyst:s3cret"));
    String url = remoteUrl("protobuf") + ";authentication=BASIC";
    try (Connection connection = DriverManager.getConnection(url + ";avatica_user=analyst;avatica_password=s3cret")) {
      assertEquals(List.of(Db.row(3L)), Db.rows(connection, "select count(*) from posts"));
    }
    Exception wrong = assertThrows(Exception.class, () ->
        DriverManager.getConnection(url + ";avatica_user=analyst;avatica_password=guess").createStatement());
    assertTrue(String.valueOf(wrong.getMessage()).contains("401"), wrong::toString);
    assertEquals(401, post(server.address(), "{\"request\":\"openConnection\",\"connectionId\":\"x\"}").statusCode());
    // the health probe stays open to load balancers
    assertEquals(200, get(server.address() + "health").statusCode());
  }

  @Test void usersFileTakesClearAndHashedPasswords() throws Exception {
    // bob's password "tulip" is stored as its MD5, so the file holds no clear text
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
        .digest("tulip".getBytes(StandardCharsets.UTF_8)));
    Path file = Db.write(dir, "users.properties", "alice=secret\nbob=MD5:" + md5 + "\n");
    start(Users.fromFile(file));
    String open = "{\"request\":\"openConnection\",\"connectionId\":\"%s\"}";
    assertEquals(200, post(server.address(), String.format(open, "a"), "alice", "secret").statusCode());
    assertEquals(200, post(server.address(), String.format(open, "b"), "bob", "tulip").statusCode());
    assertEquals(401, post(server.address(), String.format(open, "c"), "bob", "MD5:" + md5).statusCode());
    assertEquals(401, post(server.address(), String.format(open, "d"), "carol", "secret").statusCode());
  }

  @Test void widerAddressesNeedUsers() throws Exception {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> EngagementServer.start(ServerOptions.parse(new String[] {dir.toString(), "--port", "0", "--bind",
            "0.0.0.0"}), null));
    assertTrue(refused.getMessage().contains("--users"), refused::getMessage);
  }

  @Test void wrongDataStopsTheStartWithItsReason() {
    SqlAssert.fails(() -> EngagementServer.start(ServerOptions.parse(new String[] {dir.resolve("nowhere").toString(),
        "--port", "0"}), null), "08001", "nowhere");
  }

  @Test void healthAndShutdown() throws Exception {
    start(null);
    HttpResponse<String> health = get(server.address() + "health");
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"UP\",\"version\":\"0.1.0\"}", health.body());
    String address = server.address();
    server.close();
    server = null;
    assertThrows(ConnectException.class, () -> get(address + "health"));
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String body, String user, String password) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization",
        "Basic " + basic).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
