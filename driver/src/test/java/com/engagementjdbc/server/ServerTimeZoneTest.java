package com.engagementjdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server sends for a wall-clock time that the JVM's zone skips (29 March 2026 02:30 in Paris, 8 March
 * 02:15 in New York): the build runs this class under UTC, Europe/Paris and America/New_York, server and client in
 * one JVM, so the client's zone is the server's.
 */
class ServerTimeZoneTest {
  @TempDir Path dir;

  private EngagementServer start() throws Exception {
    Db.write(dir, "sends.csv", "id,sent_at\n1,2026-03-29 02:30:00\n2,2026-03-08 02:15:00\n");
    return EngagementServer.start(ServerOptions.parse(new String[] {dir.toString(), "--port", "0"}), null);
  }

  @ParameterizedTest @ValueSource(strings = {"protobuf", "json"})
  void remoteJdbcReadsTheWrittenTime(String serialization) throws Exception {
    try (EngagementServer server = start();
         Connection connection = DriverManager.getConnection("jdbc:avatica:remote:url=" + server.address()
             + ";serialization=" + serialization);
         Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("SELECT sent_at, DATE_TRUNC('hour', sent_at) FROM sends ORDER BY id")) {
      for (LocalDateTime written : List.of(LocalDateTime.of(2026, 3, 29, 2, 30), LocalDateTime.of(2026, 3, 8, 2, 15))) {
        rs.next();
        assertEquals(written.toString().replace('T', ' ') + ":00.000", rs.getString(1));
        assertEquals(written.withMinute(0).toString().replace('T', ' ') + ":00", rs.getString(2));
      }
    }
  }

  @Test void jsonCarriesTheWallClockAsMillisecondsOfUtc() throws Exception {
    try (EngagementServer server = start()) {
      post(server, "{\"request\":\"openConnection\",\"connectionId\":\"c\"}");
      String statement = post(server, "{\"request\":\"createStatement\",\"connectionId\":\"c\"}");
      String id = statement.replaceAll(".*\"statementId\":(\\d+).*", "$1");
      String result = post(server, "{\"request\":\"prepareAndExecute\",\"connectionId\":\"c\",\"statementId\":" + id
          + ",\"sql\":\"SELECT sent_at FROM sends WHERE id = 1\",\"maxRowsInFirstFrame\":-1,\"maxRowCount\":-1}");
      // 2026-03-29 02:30:00 read as UTC, whatever the server's zone: what the Python client turns into a datetime
      long millis = LocalDateTime.of(2026, 3, 29, 2, 30).toInstant(ZoneOffset.UTC).toEpochMilli();
      assertTrue(result.contains("[" + millis + "]"), result);
    }
  }

  private static String post(EngagementServer server, String body) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.address()))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }
}
