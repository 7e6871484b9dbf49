package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample data set bundled in the jar, copied once per JVM to a temporary folder so that it is read like any
 * other folder ({@code jdbc:engagement:} with no path).
 */
public final class SampleData {
  private static final String RESOURCES = "/com/engagementjdbc/sample/";
  private static Path folder;

  private SampleData() {
  }

  public static synchronized Path folder() {
    if (folder == null) {
      folder = extract();
    }
    return folder;
  }

  private static Path extract() {
    try {
      Path target = Files.createTempDirectory("engagement-sample-");
      target.toFile().deleteOnExit();
      for (String name : fileNames()) {
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCES + name)) {
          if (in == null) {
            throw new IOException("sample file " + name + " is listed but missing from the jar");
          }
          Path file = target.resolve(name);
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
          file.toFile().deleteOnExit();
        }
      }
      return target;
    } catch (IOException e) {
      throw new EngagementException(SqlState.IO_ERROR, "cannot unpack the bundled sample data: " + e, e);
    }
  }

  private static List<String> fileNames() throws IOException {
    try (InputStream in = SampleData.class.getResourceAsStream(RESOURCES + "index.txt")) {
      if (in == null) {
        throw new IOException("the sample data index is missing from the jar");
      }
      List<String> names = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          names.add(line.strip());
        }
      }
      return names;
    }
  }
}
