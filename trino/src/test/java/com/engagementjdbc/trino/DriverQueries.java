package com.engagementjdbc.trino;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The driver users download (its shaded jar, built by the driver module), in a class loader of its own so that its
 * Calcite, Jackson and Guava never meet Trino's: the reference answers for the parity tests.
 */
final class DriverQueries {
  private static Driver driver;

  private DriverQueries() {
  }

  /** The rows of a query over a folder; TIMESTAMPs as LocalDateTime, as Trino's test client gives them. */
  static List<List<Object>> rows(Path folder, String sql) {
    try (Connection connection = driver().connect("jdbc:engagement:" + folder, new Properties());
        Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      List<List<Object>> result = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = rows.getObject(i);
          row.add(value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : value);
        }
        result.add(row);
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("the driver failed on " + sql, e);
    }
  }

  private static synchronized Driver driver() {
    if (driver == null) {
      Path jar = Path.of(System.getProperty("engagement.driver.jar"));
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing: the parity tests compare with the driver's jar, which"
            + " `mvn package` in driver/ builds (the Java 17 build of the whole project does)");
      }
      try {
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        driver = (Driver) Class.forName("com.engagementjdbc.jdbc.EngagementDriver", true, loader)
            .getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | java.net.MalformedURLException e) {
        throw new IllegalStateException("cannot load the driver from " + jar, e);
      }
    }
    return driver;
  }
}
