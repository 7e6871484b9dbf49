package com.engagementjdbc.source;

/**
 * A line of a file that the reader did not make a row, by design rather than because it did not fit (those are
 * {@link Reject}s): a report's preamble above the header, a comment, a row that totals the others, a footer.
 * Each is listed in {@code sys.skipped_lines} with its text, so nothing leaves a table unseen.
 */
public record SkippedLine(long line, Kind kind, String content) {
  /** What the line was taken for. */
  public enum Kind {
    /** Above the header: a title, {@code Key: value} lines, a date range, a {@code #} comment block. */
    PREAMBLE("preamble"),
    /** A {@code #} line below the header that does not have the table's fields. */
    COMMENT("comment"),
    /** A row that totals the others ({@code Total}, {@code Total: Search}...), first under the header or last. */
    SUMMARY("summary row"),
    /** A line of one field after the last row, such as a copyright notice. */
    FOOTER("footer");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
