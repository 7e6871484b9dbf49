package com.engagementjdbc.schema;

import com.engagementjdbc.source.SourceFormat;
import java.util.Locale;

/**
 * The table name of a file, as a user would type it unquoted: the file name without extension, lower case, each
 * run of characters other than letters and digits turned into one {@code _}, no {@code _} at either end, and a
 * leading {@code _} when it would start with a digit. {@code Posts Export (March).csv} is {@code posts_export_march}.
 */
public final class TableNames {
  private TableNames() {
  }

  public static String of(String fileName) {
    return sanitize(SourceFormat.baseName(fileName));
  }

  /** Any text as an unquoted identifier, by the rule above: {@code insights.data} is {@code insights_data}. */
  public static String sanitize(String text) {
    String base = text.toLowerCase(Locale.ROOT);
    StringBuilder name = new StringBuilder(base.length());
    boolean pendingSeparator = false;
    for (int i = 0; i < base.length(); ) {
      int codePoint = base.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)) {
        if (pendingSeparator && name.length() > 0) {
          name.append('_');
        }
        pendingSeparator = false;
        name.appendCodePoint(codePoint);
      } else {
        pendingSeparator = true;
      }
    }
    if (name.length() == 0) {
      return "table";
    }
    return Character.isDigit(name.charAt(0)) ? "_" + name : name.toString();
  }
}
