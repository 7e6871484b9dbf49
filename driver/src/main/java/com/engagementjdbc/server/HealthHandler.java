package com.engagementjdbc.server;

import com.engagementjdbc.jdbc.ProductVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * {@code GET /health}: 200 when a connection to the server's data opens and answers a query, 503 with the reason
 * when not (the folder was unmounted, say). Open to all, like a load balancer's probe expects: it tells nothing
 * about the data beyond whether it can be served.
 */
final class HealthHandler extends AbstractHandler {
  static final String PATH = "/health";

  private final String url;

  HealthHandler(String url) {
    this.url = url;
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (!PATH.equals(target) || !"GET".equals(request.getMethod())) {
      return;
    }
    baseRequest.setHandled(true);
    String body;
    try (Connection connection = DriverManager.getConnection(url);
         Statement statement = connection.createStatement();
         ResultSet one = statement.executeQuery("SELECT 1")) {
      one.next();
      response.setStatus(HttpServletResponse.SC_OK);
      body = "{\"status\":\"UP\",\"version\":\"" + ProductVersion.VERSION + "\"}";
    } catch (SQLException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      body = "{\"status\":\"DOWN\",\"sqlState\":\"" + e.getSQLState() + "\"}";
    }
    response.setContentType("application/json;charset=utf-8");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
