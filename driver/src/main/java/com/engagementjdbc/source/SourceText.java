package com.engagementjdbc.source;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * A file's bytes (un-gzipped when its name ends in {@code .gz}) decoded to text: a byte order mark decides the
 * encoding, else strict UTF-8, else windows-1252, which accepts any byte and is what spreadsheet programs on
 * Windows write (and a superset of ISO-8859-1 for printable text).
 */
public record SourceText(String text, String encoding) {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public static byte[] readBytes(Path file) {
    try {
      if (!isGzip(file)) {
        return Files.readAllBytes(file);
      }
      try (InputStream in = open(file)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  private static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The file's bytes, un-gzipped when its name ends in {@code .gz}. */
  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (isGzip(file)) {
      try {
        return new GZIPInputStream(in, 1 << 16);
      } catch (IOException notGzip) {
        in.close();
        throw notGzip;
      }
    }
    return new BufferedInputStream(in, 1 << 16);
  }

  /** The error a user sees when a file's bytes cannot be read. */
  public static EngagementException failure(Path file, IOException e) {
    if (e instanceof java.util.zip.ZipException) {
      return new EngagementException(SqlState.BAD_FILE_FORMAT,
          file.getFileName() + ": not a valid gzip file (" + e.getMessage() + ")", e);
    }
    if (e instanceof java.io.EOFException) {
      return new EngagementException(SqlState.BAD_FILE_FORMAT, file.getFileName() + ": the gzip stream is truncated",
          e);
    }
    return new EngagementException(SqlState.IO_ERROR, file.getFileName() + ": cannot be read: " + e, e);
  }

  /** How a file read as a stream is decoded: the charset, the bytes of byte order mark to skip, and its name. */
  public record StreamEncoding(Charset charset, int skip, String name, boolean mayFallBack) {
    /** What a stream that is not valid UTF-8 is read as, when the user set no encoding. */
    public static final StreamEncoding FALLBACK =
        new StreamEncoding(WINDOWS_1252, 0, "windows-1252 (not valid UTF-8)", false);
  }

  /**
   * The encoding of a file to be streamed, as {@link #decode} would pick it from the whole file: the byte order
   * mark, else the forced charset, else UTF-8, which the reader may find invalid only part-way through.
   */
  public static StreamEncoding streamEncoding(Path file, Charset forced) {
    byte[] start;
    try (InputStream in = open(file)) {
      start = in.readNBytes(3);
    } catch (IOException e) {
      throw failure(file, e);
    }
    boolean utf8Bom = startsWith(start, 0xEF, 0xBB, 0xBF);
    if (forced != null) {
      return new StreamEncoding(forced, forced.equals(StandardCharsets.UTF_8) && utf8Bom ? 3 : 0, forced.name(),
          false);
    }
    if (utf8Bom) {
      return new StreamEncoding(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)", false);
    }
    if (startsWith(start, 0xFF, 0xFE)) {
      return new StreamEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)", false);
    }
    if (startsWith(start, 0xFE, 0xFF)) {
      return new StreamEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)", false);
    }
    return new StreamEncoding(StandardCharsets.UTF_8, 0, "UTF-8", true);
  }

  /**
   * The file's text as a stream; bytes that are not valid in the encoding raise a CharacterCodingException, but for
   * the windows-1252 {@link StreamEncoding#FALLBACK}.
   */
  public static Reader reader(Path file, StreamEncoding encoding) {
    try {
      InputStream in = open(file);
      in.skipNBytes(encoding.skip());
      // the fallback, like reading a whole file, takes every byte: one windows-1252 lacks reads as U+FFFD
      return encoding == StreamEncoding.FALLBACK
          ? new InputStreamReader(in, encoding.charset()) : new InputStreamReader(in, decoder(encoding.charset()));
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /**
   * Reads a file as a stream for the first time, in the encoding it has ({@link #streamEncoding}); when it turns
   * out not to be valid UTF-8 and the user set no encoding, reads it again as windows-1252.
   */
  public static <T> T firstStreamRead(Path file, Charset forced, Function<StreamEncoding, T> read) {
    StreamEncoding encoding = streamEncoding(file, forced);
    try {
      return read.apply(encoding);
    } catch (Undecodable e) {
      if (!encoding.mayFallBack()) {
        throw e.error();
      }
      return read.apply(StreamEncoding.FALLBACK);
    }
  }

  /** What an IOException met reading a stream means: {@link Undecodable} bytes, or the file's read failure. */
  public static RuntimeException streamFailure(Path file, String fileName, StreamEncoding encoding, IOException e) {
    if (e instanceof CharacterCodingException) {
      return new Undecodable(new EngagementException(SqlState.UNTRANSLATABLE_CHARACTER, fileName + ": line "
          + lineOfUndecodable(file, encoding) + ": bytes that are not valid " + encoding.charset().name()
          + "; set the property encoding to the file's encoding (for example windows-1252)", e));
    }
    return failure(file, e);
  }

  /** The line of a stream's first bytes that are not valid in its encoding: decoded again, on the error path only. */
  private static long lineOfUndecodable(Path file, StreamEncoding encoding) {
    CharsetDecoder decoder = decoder(encoding.charset());
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream in = open(file)) {
      in.skipNBytes(encoding.skip());
      boolean end = false;
      while (true) {
        int read = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = read < 0;
        bytes.position(bytes.position() + Math.max(read, 0)).flip();
        CoderResult result = decoder.decode(bytes, chars, end);
        chars.flip();
        while (chars.hasRemaining()) {
          line += chars.get() == '\n' ? 1 : 0;
        }
        chars.clear();
        bytes.compact();
        if (result.isError() || (end && !result.isOverflow())) {
          return line;
        }
      }
    } catch (IOException e) {
      return line;
    }
  }

  /** Decodes with the given charset, or detects it when {@code forced} is null. */
  public static SourceText decode(byte[] bytes, Charset forced, String fileName) {
    Bytes encoded = bytes(bytes, forced, fileName);
    return new SourceText(encoded.text(), encoded.encoding());
  }

  /**
   * A file's bytes in the encoding they turned out to have, from {@code offset} on (after a byte order mark). The
   * encoding keeps ASCII as single bytes ({@link #keepsAscii}): a file in another (UTF-16, or a forced multi-byte
   * charset) is decoded and given as UTF-8.
   */
  public record Bytes(byte[] bytes, int offset, Charset charset, String encoding) {
    public String text() {
      return new String(bytes, offset, bytes.length - offset, charset);
    }

    /** The start of the text, {@code length} bytes of it decoded, for sniffing its dialect. */
    public String sample(int length) {
      // a character cut at the end of the sample does not matter for sniffing
      return new String(bytes, offset, Math.min(bytes.length - offset, length), charset);
    }
  }

  /** Like {@link #decode}, without decoding bytes that are already in an encoding that keeps ASCII. */
  public static Bytes bytes(byte[] bytes, Charset forced, String fileName) {
    if (forced == null) {
      if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
        return checked(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)", fileName);
      }
      if (startsWith(bytes, 0xFF, 0xFE)) {
        return transcoded(strict(bytes, 2, StandardCharsets.UTF_16LE, fileName), "UTF-16LE (BOM)");
      }
      if (startsWith(bytes, 0xFE, 0xFF)) {
        return transcoded(strict(bytes, 2, StandardCharsets.UTF_16BE, fileName), "UTF-16BE (BOM)");
      }
      return errorAt(bytes, 0, StandardCharsets.UTF_8) < 0
          ? new Bytes(bytes, 0, StandardCharsets.UTF_8, "UTF-8")
          : new Bytes(bytes, 0, WINDOWS_1252, "windows-1252 (not valid UTF-8)");
    }
    int bom = forced.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (keepsAscii(forced)) {
      return checked(bytes, bom, forced, forced.name(), fileName);
    }
    return transcoded(strict(bytes, bom, forced, fileName), forced.name());
  }

  /**
   * True for UTF-8 and for the single-byte encodings in which every ASCII character is its own byte: there, a byte
   * below 0x80 is always that ASCII character, never part of another one.
   */
  public static boolean keepsAscii(Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return true;
    }
    if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1) {
      return false;
    }
    byte[] ascii = new byte[0x80];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    String decoded = new String(ascii, charset);
    if (decoded.length() != ascii.length) {
      return false;
    }
    for (int i = 0; i < ascii.length; i++) {
      if (decoded.charAt(i) != i) {
        return false;
      }
    }
    return true;
  }

  private static Bytes checked(byte[] bytes, int offset, Charset charset, String encoding, String fileName) {
    int error = errorAt(bytes, offset, charset);
    if (error >= 0) {
      throw undecodable(bytes, error, charset, fileName, null);
    }
    return new Bytes(bytes, offset, charset, encoding);
  }

  private static Bytes transcoded(String text, String encoding) {
    return new Bytes(text.getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8, encoding);
  }

  /**
   * Where the bytes first fail to decode, or -1. ASCII bytes of an encoding that {@link #keepsAscii} are skipped
   * without the decoder; the rest is decoded into a small buffer that is thrown away, so checking costs no copy of
   * the text.
   */
  private static int errorAt(byte[] bytes, int offset, Charset charset) {
    int start = offset;
    boolean skipAscii = keepsAscii(charset);
    while (skipAscii && start < bytes.length && bytes[start] >= 0) {
      start++;
    }
    if (start == bytes.length) {
      return -1;
    }
    CharsetDecoder decoder = decoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(1 << 14);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      out.clear();
      if (result.isUnderflow()) {
        return decoder.flush(out).isError() ? in.position() : -1;
      }
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String fileName) {
    try {
      CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (MalformedInputException e) {
      throw undecodable(bytes, errorAt(bytes, offset, charset), charset, fileName, e);
    } catch (CharacterCodingException e) {
      throw new EngagementException(SqlState.UNTRANSLATABLE_CHARACTER,
          fileName + ": cannot be decoded as " + charset.name() + ": " + e, e);
    }
  }

  private static EngagementException undecodable(byte[] bytes, int badByte, Charset charset, String fileName,
      Exception cause) {
    return new EngagementException(SqlState.UNTRANSLATABLE_CHARACTER, fileName + ": line "
        + lineOfByte(bytes, badByte) + ": bytes that are not valid " + charset.name()
        + "; set the property encoding to the file's encoding (for example windows-1252)", cause);
  }

  private static long lineOfByte(byte[] bytes, int position) {
    long line = 1;
    for (int i = 0; i < position && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
