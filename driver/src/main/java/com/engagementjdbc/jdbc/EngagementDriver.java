package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.function.EngagementFunctions;
import com.engagementjdbc.function.FunctionsTable;
import com.engagementjdbc.schema.FolderSchema;
import com.engagementjdbc.schema.MemorySettings;
import com.engagementjdbc.schema.SampleData;
import com.engagementjdbc.schema.SystemSchema;
import com.engagementjdbc.source.ReadOptions;
import com.engagementjdbc.source.SourceFormat;
import com.engagementjdbc.schema.TableNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;

/**
 * {@code jdbc:engagement:<folder or file>[;key=value]...}: a folder of metric exports as a read-only SQL
 * database. Each connection is a Calcite connection whose default schema ({@value #FILES_SCHEMA}) lists the
 * files, beside a {@code sys} schema that tells how they were read.
 */
public final class EngagementDriver implements Driver {
  public static final String FILES_SCHEMA = "files";

  private static final CalciteEngine CALCITE = new CalciteEngine();

  /**
   * Dashboards send the same queries again and again, and Calcite compiles the Java it generates for each one
   * anew (30-40 ms of a 60 ms warm query over a small file) unless this cache of compiled code is sized. Read once
   * when Calcite's properties load, so it is set here, before any Calcite class; a value the user set wins.
   */
  private static final String COMPILED_CODE_CACHE = "calcite.bindable.cache.maxSize";

  static {
    if (System.getProperty(COMPILED_CODE_CACHE) == null) {
      System.setProperty(COMPILED_CODE_CACHE, "1000");
    }
    try {
      DriverManager.registerDriver(new EngagementDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    ConnectionConfig config = ConnectionConfig.parse(url, info);
    try {
      MemorySettings.apply();
    } catch (EngagementException badSetting) {
      throw badSetting.toSqlException();
    }
    Path path = config.path() != null ? config.path() : sampleFolder();
    boolean folder = Files.isDirectory(path);
    if (!folder && SourceFormat.of(path.getFileName().toString()) == null) {
      throw new SQLException("not a supported file: " + path + " (tables come from .csv, .tsv, .txt, .json, .jsonl"
          + " and .ndjson files, optionally gzipped as .gz)", SqlState.CONNECTION_FAILED.code());
    }
    CalciteConnection calciteConnection = CALCITE.connect(calciteProperties());
    SchemaPlus root = calciteConnection.getRootSchema();
    Path rootFolder = folder ? path : path.getParent();
    List<FolderSchema> schemas = new ArrayList<>();
    schemas.add(new FolderSchema(FILES_SCHEMA, rootFolder, rootFolder, folder ? null : path, config.readOptions()));
    if (folder) {
      schemas.addAll(subFolderSchemas(rootFolder, config));
    }
    for (FolderSchema schema : schemas) {
      // Files may change between queries: Calcite must ask the schema every time, not remember its tables.
      root.add(schema.name(), schema).setCacheEnabled(false);
    }
    SchemaPlus system = root.add(SystemSchema.NAME, new SystemSchema(schemas));
    system.setCacheEnabled(false);
    system.add(FunctionsTable.NAME, new FunctionsTable());
    EngagementFunctions.register(root, schemas);
    calciteConnection.setSchema(FILES_SCHEMA);
    return ConnectionGuard.wrap(calciteConnection, config);
  }

  /**
   * Each sub-folder of the root is a schema named like a table ({@code Facebook Exports/} is
   * {@code facebook_exports}); names the driver uses itself get a suffix. Listed when the connection opens.
   */
  private static List<FolderSchema> subFolderSchemas(Path root, ConnectionConfig config) throws SQLException {
    List<FolderSchema> schemas = new ArrayList<>();
    Set<String> taken = new HashSet<>(Set.of(FILES_SCHEMA, SystemSchema.NAME, "metadata"));
    try (Stream<Path> listing = Files.list(root)) {
      for (Path sub : listing.filter(Files::isDirectory).sorted().toList()) {
        if (sub.getFileName().toString().startsWith(".")) {
          continue;
        }
        String base = TableNames.sanitize(sub.getFileName().toString());
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
          name = base + "_" + n;
        }
        schemas.add(new FolderSchema(name, root, sub, null, config.readOptions()));
      }
    } catch (IOException e) {
      throw new SQLException(root + ": cannot list the folder: " + e, SqlState.IO_ERROR.code(), e);
    }
    return schemas;
  }

  private static Path sampleFolder() throws SQLException {
    try {
      return SampleData.folder();
    } catch (EngagementException e) {
      throw e.toSqlException();
    }
  }

  /**
   * SQL as analysts and BI tools write it: unquoted names match without case, double quotes quote names,
   * Calcite's Babel parser takes the words exports name their columns with ({@code Day}, {@code Value},
   * {@code Position}...) as names, and the lenient conformance allows {@code GROUP BY} an alias or ordinal and
   * {@code LIMIT}; sums and averages of integers cannot overflow or truncate ({@link AnalystTypeSystem}); text is
   * never padded ({@link AnalystTypeFactory}).
   */
  private static Properties calciteProperties() {
    Properties properties = new Properties();
    properties.setProperty("quoting", "DOUBLE_QUOTE");
    properties.setProperty("unquotedCasing", "UNCHANGED");
    properties.setProperty("quotedCasing", "UNCHANGED");
    properties.setProperty("caseSensitive", "false");
    properties.setProperty("conformance", "LENIENT");
    properties.setProperty("parserFactory", SqlBabelParserImpl.class.getName() + "#FACTORY");
    return properties;
  }

  @Override public boolean acceptsURL(String url) {
    return url != null && url.startsWith(ConnectionConfig.PREFIX);
  }

  @Override public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    List<String> keys = ReadOptions.keyNames();
    DriverPropertyInfo[] properties = new DriverPropertyInfo[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      properties[i] = new DriverPropertyInfo(key, info == null ? null : info.getProperty(key));
      properties[i].description = ReadOptions.KEYS.get(key);
      properties[i].required = false;
    }
    return properties;
  }

  @Override public int getMajorVersion() {
    return ProductVersion.major();
  }

  @Override public int getMinorVersion() {
    return ProductVersion.minor();
  }

  @Override public boolean jdbcCompliant() {
    return false;
  }

  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("the driver does not log through java.util.logging", "0A000");
  }
}
