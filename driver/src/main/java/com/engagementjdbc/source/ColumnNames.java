package com.engagementjdbc.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Column names as the file spells them, made usable: a blank name becomes {@code column_N} (N its 1-based
 * position) and a repeated one gets {@code _2}, {@code _3}... in order of appearance. Names compare without
 * case, because unquoted SQL identifiers match without case.
 */
public final class ColumnNames {
  private ColumnNames() {
  }

  public static List<String> unique(List<String> raw) {
    List<String> names = new ArrayList<>(raw.size());
    Set<String> used = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String trimmed = raw.get(i) == null ? "" : raw.get(i).strip();
      String base = trimmed.isEmpty() ? "column_" + (i + 1) : trimmed;
      String candidate = base;
      for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        candidate = base + "_" + n;
      }
      names.add(candidate);
    }
    return names;
  }

  /** Names for a file without a header: column_1, column_2... */
  public static List<String> positional(int count) {
    List<String> names = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      names.add("column_" + i);
    }
    return names;
  }
}
