package com.engagementjdbc.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product's name and version, the version taken from the build so it never drifts from the jar's. */
public final class ProductVersion {
  public static final String PRODUCT_NAME = "Engagement JDBC";
  public static final String DRIVER_NAME = "Engagement JDBC Driver";
  public static final String VERSION = load();

  private ProductVersion() {
  }

  private static String load() {
    try (InputStream in = ProductVersion.class.getResourceAsStream("/com/engagementjdbc/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the driver jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int major() {
    return Integer.parseInt(VERSION.split("[.-]")[0]);
  }

  public static int minor() {
    String[] parts = VERSION.split("[.-]");
    return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
  }
}
