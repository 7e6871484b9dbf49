package com.engagementjdbc.source;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          return in.readAllBytes();
        }
      }
      return Files.readAllBytes(file);
    } catch (java.util.zip.ZipException e) {
      throw new EngagementException(SqlState.BAD_FILE_FORMAT,
          file.getFileName() + ": not a valid gzip file (" + e.getMessage() + ")", e);
    } catch (java.io.EOFException e) {
      throw new EngagementException(SqlState.BAD_FILE_FORMAT,
          file.getFileName() + ": the gzip stream is truncated", e);
    } catch (IOException e) {
      throw new EngagementException(SqlState.IO_ERROR, file.getFileName() + ": cannot be read: " + e, e);
    }
  }

  /** Decodes with the given charset, or detects it when {@code forced} is null. */
  public static SourceText decode(byte[] bytes, Charset forced, String fileName) {
    if (forced == null) {
      if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
        return new SourceText(strict(bytes, 3, StandardCharsets.UTF_8, fileName), "UTF-8 (BOM)");
      }
      if (startsWith(bytes, 0xFF, 0xFE)) {
        return new SourceText(strict(bytes, 2, StandardCharsets.UTF_16LE, fileName), "UTF-16LE (BOM)");
      }
      if (startsWith(bytes, 0xFE, 0xFF)) {
        return new SourceText(strict(bytes, 2, StandardCharsets.UTF_16BE, fileName), "UTF-16BE (BOM)");
      }
      String utf8 = fastUtf8(bytes, 0);
      if (utf8 != null) {
        return new SourceText(utf8, "UTF-8");
      }
      try {
        return new SourceText(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
      } catch (CharacterCodingException notUtf8) {
        return new SourceText(new String(bytes, WINDOWS_1252), "windows-1252 (not valid UTF-8)");
      }
    }
    int bom = forced.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    return new SourceText(strict(bytes, bom, forced, fileName), forced.name());
  }

  /**
   * The text when the bytes are valid UTF-8 without a replacement character; else null, for the strict decoder
   * to tell invalid bytes from a U+FFFD written in the file. String's own decoder is several times faster than a
   * CharsetDecoder (it copies ASCII as bytes), but it replaces invalid bytes instead of reporting them.
   */
  private static String fastUtf8(byte[] bytes, int offset) {
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : null;
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String fileName) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      String utf8 = fastUtf8(bytes, offset);
      if (utf8 != null) {
        return utf8;
      }
    }
    try {
      CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (MalformedInputException e) {
      int badByte = offset + positionOfError(bytes, offset, charset);
      throw new EngagementException(SqlState.UNTRANSLATABLE_CHARACTER, fileName + ": line "
          + lineOfByte(bytes, badByte) + ": bytes that are not valid " + charset.name()
          + "; set the property encoding to the file's encoding (for example windows-1252)", e);
    } catch (CharacterCodingException e) {
      throw new EngagementException(SqlState.UNTRANSLATABLE_CHARACTER,
          fileName + ": cannot be decoded as " + charset.name() + ": " + e, e);
    }
  }

  /** Where decoding first fails: decoding again step by step is only done on the error path. */
  private static int positionOfError(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = decoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
    decoder.decode(in, out, true);
    return in.position() - offset;
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
