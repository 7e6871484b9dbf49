package com.engagementjdbc.source;

import com.engagementjdbc.source.csv.CsvReader;
import com.engagementjdbc.source.csv.StreamedCsv;
import com.engagementjdbc.source.json.JsonReader;
import com.engagementjdbc.source.json.StreamedJson;
import com.engagementjdbc.source.xlsx.XlsxReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The file formats that become tables, recognised by extension (optionally followed by {@code .gz}). */
public enum SourceFormat {
  CSV(List.of("csv", "tsv", "txt")),
  JSON(List.of("json", "jsonl", "ndjson")),
  XLSX(List.of("xlsx"));

  private final List<String> extensions;

  SourceFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The format of a file name, or null when the file is not a table (a sidecar, an unknown type...). */
  public static SourceFormat of(String fileName) {
    String extension = extension(fileName);
    for (SourceFormat format : values()) {
      if (format.extensions.contains(extension)) {
        return format;
      }
    }
    return null;
  }

  /** The extension that names the format: {@code csv} for {@code Posts.CSV.gz}. */
  static String extension(String fileName) {
    String name = stripGzip(fileName.toLowerCase(Locale.ROOT));
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** The file name without its format extension and {@code .gz}: {@code Posts Export} for {@code Posts Export.csv.gz}. */
  public static String baseName(String fileName) {
    String name = stripGzip(fileName);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  private static String stripGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
  }

  /**
   * Reads a file into memory, or, with {@code stream} and a format that can be streamed (CSV, JSON), only its
   * layout, its rows being read from the file by each query.
   */
  public Dataset read(Path file, String displayName, ReadOptions options, boolean stream) {
    switch (this) {
      case CSV:
        return stream ? StreamedCsv.read(file, displayName, options) : CsvReader.read(file, displayName, options);
      case JSON:
        return stream ? StreamedJson.read(file, displayName, options) : JsonReader.read(file, displayName, options);
      case XLSX:
        return XlsxReader.read(file, displayName, options);
      default:
        throw new AssertionError(this);
    }
  }
}
