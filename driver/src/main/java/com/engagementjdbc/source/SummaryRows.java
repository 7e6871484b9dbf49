package com.engagementjdbc.source;

import java.util.regex.Pattern;

/**
 * Recognises a row that totals the others, as report exports add one: first under the header (YouTube Studio) or
 * last (Google Ads' {@code Total: Account}, {@code Total: Search}...). Such a row is labelled in its first
 * non-empty cell ({@code Total}, {@code Totals}, {@code Grand total}, {@code Total: ...}, {@code Total général},
 * {@code Gesamt}, {@code Summe}...), and its other cells are empty, a no-value mark ({@code --}) or numbers: a
 * text cell (a campaign status, a channel) makes it a row like the others, whatever its label. Where it may
 * stand is the caller's concern: a {@code Total} campaign among the rows is data.
 */
public final class SummaryRows {
  private static final Pattern LABEL = Pattern.compile("(?iu)(grand[ -]?)?totals?(\\s*[:(\\-–—].*)?"
      + "|total\\s+g[ée]n[ée]rale?|(gesamt|gesamtsumme|insgesamt|summe|totaal|totale|totalt|sum)(\\s*[:(\\-–—].*)?");
  private static final Pattern NO_VALUE = Pattern.compile("--|-|—|–|(?i)n/?a");

  private SummaryRows() {
  }

  /** True when the cells are those of a summary row. */
  public static boolean isSummary(String[] cells) {
    int label = 0;
    while (label < cells.length && cells[label].isBlank()) {
      label++;
    }
    if (label == cells.length || !LABEL.matcher(cells[label].strip()).matches()) {
      return false;
    }
    boolean number = false;
    for (int i = label + 1; i < cells.length; i++) {
      String cell = cells[i].strip();
      if (cell.isEmpty() || NO_VALUE.matcher(cell).matches()) {
        continue;
      }
      if (!hasDigit(cell)) {
        return false;
      }
      number = true;
    }
    return number;
  }

  private static boolean hasDigit(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      if (Character.isDigit(cell.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
