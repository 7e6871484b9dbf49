package com.engagementjdbc.trino;

import static io.trino.testing.TestingSession.testSessionBuilder;

import com.google.inject.Key;
import io.trino.Session;
import io.trino.server.PluginInstaller;
import io.trino.server.testing.TestingTrinoServer;
import io.trino.testing.DistributedQueryRunner;
import io.trino.testing.MaterializedResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One Trino cluster for every test of the JVM: a coordinator and two workers in process, the plugin installed as a
 * real server installs it. The zip {@code mvn package} built is unpacked into a plugin directory, and each server's
 * plugin manager loads that directory through its plugin class loader; neither this module's classes nor
 * engagement-functions are on the tests' class path (see the failsafe configuration), so nothing can be found there
 * by mistake.
 */
final class TrinoCluster {
  static final String CATALOG = "engagement";
  private static DistributedQueryRunner runner;
  private static long startMillis;

  private TrinoCluster() {
  }

  static synchronized DistributedQueryRunner get() {
    if (runner == null) {
      long start = System.nanoTime();
      runner = start();
      startMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.println("Trino cluster (coordinator and 2 workers, plugin loaded from the zip) started in "
          + startMillis + " ms");
      Runtime.getRuntime().addShutdownHook(new Thread(runner::close));
    }
    return runner;
  }

  static MaterializedResult query(String sql) {
    return get().execute(sql);
  }

  private static DistributedQueryRunner start() {
    try {
      Path plugins = Files.createTempDirectory("engagement-trino-plugins");
      unzip(Path.of(System.getProperty("engagement.plugin.zip")), plugins);
      Session session = testSessionBuilder().setCatalog(CATALOG).setSchema("system").build();
      DistributedQueryRunner cluster = DistributedQueryRunner.builder(session)
          .setWorkerCount(2)
          // the directory every server reads plugin.dir from, as etc/config.properties gives it to a real one
          .setBaseDataDir(Optional.of(plugins))
          .build();
      for (TestingTrinoServer server : cluster.getServers()) {
        server.getInstance(Key.get(PluginInstaller.class)).loadPlugins();
      }
      cluster.createCatalog(CATALOG, "engagement", Map.of());
      return cluster;
    } catch (Exception e) {
      throw new IllegalStateException("the test cluster did not start", e);
    }
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new UncheckedIOException(new IOException("zip entry outside the target: " + entry.getName()));
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(entries, out);
        }
      }
    }
  }
}
