package com.engagementjdbc.source;

import java.util.ArrayList;
import java.util.List;

/**
 * How a file was read, as detected or set: reported to users so a surprising result can be explained.
 *
 * @param escape the character that escapes a quote inside a quoted field when it is not the quote itself
 *     ({@code \"}), else null
 * @param preambleLines the physical lines above the header (or the first row) that were skipped
 * @param skipped the lines that are not rows by design, in file order
 */
public record Dialect(String format, String encoding, Character delimiter, Character quote, boolean header,
    Character escape, long preambleLines, List<SkippedLine> skipped) {

  public Dialect(String format, String encoding, Character delimiter, Character quote, boolean header) {
    this(format, encoding, delimiter, quote, header, null, 0, List.of());
  }

  /** The same dialect with the header decided and more skipped lines found. */
  public Dialect with(boolean header, List<SkippedLine> more) {
    List<SkippedLine> all = new ArrayList<>(skipped);
    all.addAll(more);
    all.sort((a, b) -> Long.compare(a.line(), b.line()));
    return new Dialect(format, encoding, delimiter, quote, header, escape, preambleLines, List.copyOf(all));
  }

  /** How many skipped lines are of a kind. */
  public long count(SkippedLine.Kind kind) {
    return skipped.stream().filter(line -> line.kind() == kind).count();
  }
}
