package com.engagementjdbc.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes realistic exports at a given scale, deterministically (same seed, same bytes): {@code posts.csv} (N rows,
 * with empty clicks and captions here and there, and hashtags in some captions),
 * {@code touches.csv} (3N), {@code conversions.csv} (N/10) and {@code contacts.ndjson} (N/10), plus the same CSV
 * files with the typed headers Calcite's file adapter needs, under {@code calcite/}.
 *
 * <p>{@code java -cp ... com.engagementjdbc.benchmarks.Generate <folder> <rows>}
 */
public final class Generate {
  private static final String[] PLATFORMS = {"facebook", "instagram", "linkedin", "tiktok", "x"};
  private static final String[] CHANNELS = {"email", "instagram", "facebook", "linkedin", "tiktok", "paid_search",
      "organic_search", "webinar"};
  private static final String[] TYPES = {"sale", "lead", "co_creation_signup", "cv_received"};
  private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 0, 0);
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final int YEAR_SECONDS = 365 * 86_400;

  private Generate() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Generate <folder> <rows>");
      System.exit(2);
    }
    generate(Path.of(args[0]), Long.parseLong(args[1]));
  }

  public static void generate(Path folder, long rows) throws IOException {
    Files.createDirectories(folder.resolve("calcite"));
    posts(folder, rows);
    long contacts = Math.max(1, rows / 10);
    touches(folder, rows * 3, contacts);
    conversions(folder, rows / 10, contacts);
    contacts(folder, contacts);
  }

  private static String at(SplittableRandom random) {
    return START.plusSeconds(random.nextInt(YEAR_SECONDS)).format(TIMESTAMP);
  }

  /** Writes rows to a CSV file and to its copy with typed headers for Calcite's file adapter. */
  private static void csv(Path folder, String name, String header, String typedHeader, long rows,
      java.util.function.LongFunction<String> line) throws IOException {
    try (BufferedWriter plain = writer(folder.resolve(name));
         BufferedWriter typed = writer(folder.resolve("calcite").resolve(name))) {
      plain.write(header + "\n");
      typed.write(typedHeader + "\n");
      for (long i = 0; i < rows; i++) {
        String text = line.apply(i);
        plain.write(text);
        typed.write(text);
      }
    }
  }

  private static void posts(Path folder, long rows) throws IOException {
    SplittableRandom random = new SplittableRandom(1);
    csv(folder, "posts.csv", "post_id,platform,published_at,likes,comments,shares,clicks,impressions,reach,followers,"
        + "caption", "post_id:string,platform:string,published_at:timestamp,likes:int,comments:int,shares:int,"
        + "clicks:int,impressions:int,reach:int,followers:int,caption:string", rows, i -> {
          int reach = 100 + random.nextInt(50_000);
          boolean viral = random.nextInt(100) == 0;
          int likes = (int) (reach * (viral ? 0.2 : 0.03) * random.nextDouble());
          String start = "P" + i + "," + PLATFORMS[random.nextInt(PLATFORMS.length)] + "," + at(random) + ","
              + likes + "," + likes / 10 + "," + likes / 20 + ",";
          int clicks = random.nextInt(500);
          return start + (i % 50 == 7 ? "" : Integer.toString(clicks)) + "," + reach * 2 + "," + reach + ","
              + (1000 + random.nextInt(200_000)) + "," + caption(i) + "\n";
        });
  }

  /** A post's caption: a tenth with #marketing, a tenth with #Sale, one in 97 missing (an empty cell). */
  private static String caption(long i) {
    if (i % 97 == 5) {
      return "";
    }
    String tag = i % 10 == 0 ? " #marketing" : i % 10 == 3 ? " #Sale" : "";
    return "\"Post " + i + tag + ", new collection\"";
  }

  private static void touches(Path folder, long rows, long contacts) throws IOException {
    SplittableRandom random = new SplittableRandom(2);
    csv(folder, "touches.csv", "touch_id,contact_id,ts,channel",
        "touch_id:long,contact_id:long,ts:timestamp,channel:string", rows,
        i -> i + "," + random.nextLong(contacts) + "," + at(random) + ","
            + CHANNELS[random.nextInt(CHANNELS.length)] + "\n");
  }

  private static void conversions(Path folder, long rows, long contacts) throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    csv(folder, "conversions.csv", "conversion_id,contact_id,ts,conversion_type,value",
        "conversion_id:string,contact_id:long,ts:timestamp,conversion_type:string,value:double", rows,
        i -> "C" + i + "," + random.nextLong(contacts) + "," + at(random) + ","
            + TYPES[random.nextInt(TYPES.length)] + "," + random.nextInt(40_000) / 100.0 + "\n");
  }

  private static void contacts(Path folder, long rows) throws IOException {
    SplittableRandom random = new SplittableRandom(4);
    try (BufferedWriter out = writer(folder.resolve("contacts.ndjson"))) {
      for (long i = 0; i < rows; i++) {
        out.write("{\"contact_id\":" + i + ",\"country\":\"" + (random.nextBoolean() ? "FR" : "US")
            + "\",\"opted_in\":" + random.nextBoolean() + ",\"points\":{\"engagement\":" + random.nextInt(200)
            + ",\"intent\":" + random.nextInt(100) + "}}\n");
      }
    }
  }

  private static BufferedWriter writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
