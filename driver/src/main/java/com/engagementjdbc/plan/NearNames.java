package com.engagementjdbc.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The existing names closest to a name that matched nothing, as "did you mean" hints (DuckDB and PostgreSQL give
 * them): those fewest single-character edits away, ignoring case, at most a third of the name's length (at least
 * one edit), so that {@code Clikcs} finds {@code Clicks} and {@code nope} finds nothing.
 */
final class NearNames {
  private static final int MAX_HINTS = 3;

  private NearNames() {
  }

  /** The closest names, as shown: {@code candidates} maps each name compared to the way it is shown. */
  static List<String> closest(String name, Map<String, String> candidates) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, wanted.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    int best = limit + 1;
    TreeSet<String> closest = new TreeSet<>();
    for (Map.Entry<String, String> entry : candidates.entrySet()) {
      String candidate = entry.getKey();
      // -1: beyond the limit
      int edits = distance.apply(wanted, candidate.toLowerCase(Locale.ROOT));
      if (edits < 0 || edits > best || candidate.equalsIgnoreCase(name)) {
        continue;
      }
      if (edits < best) {
        best = edits;
        closest.clear();
      }
      closest.add(entry.getValue());
    }
    return new ArrayList<>(closest).subList(0, Math.min(MAX_HINTS, closest.size()));
  }

  /** {@code "; did you mean 'a' or 'b'?"}, or an empty string when no name is near. */
  static String hint(String name, Collection<String> candidates) {
    Map<String, String> shown = new LinkedHashMap<>();
    candidates.forEach(candidate -> shown.put(candidate, candidate));
    return hint(name, shown);
  }

  static String hint(String name, Map<String, String> candidates) {
    List<String> closest = closest(name, candidates);
    if (closest.isEmpty()) {
      return "";
    }
    StringBuilder hint = new StringBuilder("; did you mean ");
    for (int i = 0; i < closest.size(); i++) {
      hint.append(i == 0 ? "" : i == closest.size() - 1 ? " or " : ", ").append('\'').append(closest.get(i))
          .append('\'');
    }
    return hint.append('?').toString();
  }
}
