package com.engagementjdbc.source;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to read a file: the same keys serve the connection (URL or {@code Properties}) and a file's sidecar, so a
 * sidecar can override any of them for one file. A {@code null} dialect field means "sniff it from the file".
 * Immutable, and equal when the settings are, so it can be part of a cache key.
 */
public record ReadOptions(
    Character delimiter,
    Character quote,
    Boolean header,
    Charset encoding,
    Set<String> nullValues,
    Character decimalSeparator,
    DateOrder dateOrder,
    OnError onError,
    String jsonPath,
    String unnest,
    String sheet,
    boolean followLinks,
    int maxColumns,
    Map<String, ColumnType> columnTypes,
    Set<String> durationColumns,
    Integer skipLines,
    Character escape,
    boolean keepSummaryRows) {

  /** The prefix of a sidecar key that declares one column's type: {@code column.likes=INTEGER}, {@code column.3=DATE}. */
  public static final String COLUMN_PREFIX = "column.";

  /**
   * Cell texts that mean NULL in every column besides the empty cell, unless {@code nullValues} says otherwise. The
   * markers of no value ({@link NoValue}: {@code -}, {@code N/A}...) are NULL in typed columns and text in others.
   */
  public static final Set<String> DEFAULT_NULL_VALUES =
      Collections.unmodifiableSet(new LinkedHashSet<>(List.of("NULL", "#N/A")));

  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null, null, DEFAULT_NULL_VALUES, null,
      DateOrder.AUTO, OnError.FAIL, null, null, null, false, 10_000, Map.of(), Set.of(), null, null, false);

  /** Every key {@link #with} accepts, with its accepted values, for error messages and docs. */
  public static final Map<String, String> KEYS = keys();

  private static Map<String, String> keys() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("delimiter", "auto | , | ; | tab | \\| | any single character");
    keys.put("quote", "auto | a single character (auto: \" unless the file quotes fields with ')");
    keys.put("header", "auto | true | false");
    keys.put("encoding", "auto | a charset name such as UTF-8 or windows-1252");
    keys.put("nullValues", "comma-separated texts that mean NULL in every column (default NULL,#N/A)");
    keys.put("decimalSeparator", "auto | . | ,");
    keys.put("dateOrder", "auto | dmy | mdy");
    keys.put("onError", "fail | skip | null");
    keys.put("jsonPath", "auto | the dotted path of the array holding a JSON file's rows, e.g. data or response.items");
    keys.put("unnest", "the dotted path of an array of objects in each JSON row, e.g. insights.data: adds a table"
        + " with one row per element");
    keys.put("sheet", "the sheet of an .xlsx workbook its table shows (default: the first)");
    keys.put("maxColumns", "the most columns a file may have (default 10000): SQL over wider tables takes minutes"
        + " to plan");
    keys.put("skip", "auto | the number of lines above the header (or the first row) to skip; auto finds a"
        + " report's preamble");
    keys.put("headerLine", "auto | the line number of the header (same as header=true and skip=<line - 1>); also"
        + " spelt header_line");
    keys.put("escape", "auto | the character that escapes a quote inside a quoted field, such as \\ (auto: \\ when"
        + " the file writes \\\" inside quoted fields, else the quote doubled)");
    keys.put("summaryRows", "skip | keep: whether rows that total the others (Total, Total: Search...) first under the"
        + " header or last are left out of the table (and listed in sys.skipped_lines)");
    keys.put("followLinks", "false | true: whether symbolic links to files outside the folder are tables");
    return Collections.unmodifiableMap(keys);
  }

  /** A copy with one setting changed; IllegalArgumentException says what is wrong with the key or value. */
  public ReadOptions with(String key, String rawValue) {
    Builder builder = new Builder(this);
    builder.set(key, rawValue);
    return builder.build();
  }

  /** Fails when a file has more columns than {@code maxColumns}: planning SQL over them would seem to hang. */
  public void checkWidth(int columns, String fileName) {
    if (columns > maxColumns) {
      throw new EngagementException(SqlState.TOO_MANY_COLUMNS, fileName + ": " + columns + " columns, more than"
          + " maxColumns=" + maxColumns + "; raise the limit with the property maxColumns if the file is meant"
          + " to be that wide");
    }
  }

  /** The type declared for a column, by its name (any case) or its 1-based position. */
  public ColumnType declaredType(String columnName, int position) {
    ColumnType byName = columnTypes.get(columnName.toLowerCase(Locale.ROOT));
    return byName != null ? byName : columnTypes.get(Integer.toString(position));
  }

  /** Whether a column is declared {@code DURATION}: {@code h:mm:ss} or {@code m:ss} read as seconds (a DOUBLE). */
  public boolean declaredDuration(String columnName, int position) {
    String name = columnName.toLowerCase(Locale.ROOT);
    return durationColumns.contains(name)
        || (!columnTypes.containsKey(name) && durationColumns.contains(Integer.toString(position)));
  }

  private static Character parseDelimiter(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "auto": return null;
      case "tab": case "\\t": case "\t": return '\t';
      default:
        if (value.length() != 1 || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
          throw invalid("delimiter", value);
        }
        return value.charAt(0);
    }
  }

  private static int parseCount(String key, String value, int least) {
    try {
      int count = Integer.parseInt(value);
      if (count >= least) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted values
    }
    throw invalid(key, value);
  }

  private static Boolean parseBoolean(String key, String value) {
    if (value.equals("true") || value.equals("false")) {
      return Boolean.valueOf(value);
    }
    throw invalid(key, value);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("unknown encoding '" + name + "'", e);
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String key, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw invalid(key, value);
  }

  private static IllegalArgumentException invalid(String key, String value) {
    return new IllegalArgumentException("invalid value '" + value + "' for property '" + key + "'; expected "
        + KEYS.get(key));
  }

  /** The keys as a list, for "valid properties are ..." messages. */
  public static List<String> keyNames() {
    return new ArrayList<>(KEYS.keySet());
  }

  /** Mutable while settings are applied one by one, from the connection and then from a sidecar. */
  private static final class Builder {
    private Character delimiter;
    private Character quote;
    private Boolean header;
    private Charset encoding;
    private Set<String> nullValues;
    private Character decimalSeparator;
    private DateOrder dateOrder;
    private OnError onError;
    private String jsonPath;
    private String unnest;
    private String sheet;
    private boolean followLinks;
    private int maxColumns;
    private final Map<String, ColumnType> columnTypes;
    private final Set<String> durationColumns;
    private Integer skipLines;
    private Character escape;
    private boolean keepSummaryRows;

    Builder(ReadOptions from) {
      delimiter = from.delimiter;
      quote = from.quote;
      header = from.header;
      encoding = from.encoding;
      nullValues = from.nullValues;
      decimalSeparator = from.decimalSeparator;
      dateOrder = from.dateOrder;
      onError = from.onError;
      jsonPath = from.jsonPath;
      unnest = from.unnest;
      sheet = from.sheet;
      followLinks = from.followLinks;
      maxColumns = from.maxColumns;
      columnTypes = new LinkedHashMap<>(from.columnTypes);
      durationColumns = new LinkedHashSet<>(from.durationColumns);
      skipLines = from.skipLines;
      escape = from.escape;
      keepSummaryRows = from.keepSummaryRows;
    }

    void set(String key, String rawValue) {
      String value = rawValue.trim();
      String lower = value.toLowerCase(Locale.ROOT);
      boolean auto = lower.equals("auto");
      switch (key) {
        case "delimiter" -> delimiter = parseDelimiter(rawValue);
        case "quote" -> {
          if (!auto && rawValue.length() != 1) {
            throw invalid(key, rawValue);
          }
          quote = auto ? null : rawValue.charAt(0);
        }
        case "header" -> header = auto ? null : parseBoolean(key, lower);
        case "encoding" -> encoding = auto ? null : charset(value);
        case "nullValues" -> {
          Set<String> markers = new LinkedHashSet<>();
          for (String marker : rawValue.split(",", -1)) {
            if (!marker.isEmpty()) {
              markers.add(marker);
            }
          }
          nullValues = Collections.unmodifiableSet(markers);
        }
        case "decimalSeparator" -> {
          if (!auto && !value.equals(".") && !value.equals(",")) {
            throw invalid(key, rawValue);
          }
          decimalSeparator = auto ? null : value.charAt(0);
        }
        case "dateOrder" -> dateOrder = parseEnum(DateOrder.class, key, lower);
        case "onError" -> onError = parseEnum(OnError.class, key, lower);
        case "jsonPath" -> jsonPath = auto || value.isEmpty() ? null : value;
        case "unnest" -> unnest = value.isEmpty() ? null : value;
        case "sheet" -> sheet = value.isEmpty() ? null : value;
        case "followLinks" -> followLinks = parseBoolean(key, lower);
        case "skip" -> skipLines = auto ? null : parseCount(key, value, 0);
        case "headerLine", "header_line" -> {
          skipLines = auto ? null : parseCount("headerLine", value, 1) - 1;
          header = auto ? header : Boolean.TRUE;
        }
        case "escape" -> {
          if (!auto && rawValue.length() != 1) {
            throw invalid(key, rawValue);
          }
          escape = auto ? null : rawValue.charAt(0);
        }
        case "summaryRows" -> {
          if (!lower.equals("skip") && !lower.equals("keep")) {
            throw invalid(key, rawValue);
          }
          keepSummaryRows = lower.equals("keep");
        }
        case "maxColumns" -> maxColumns = parseCount(key, value, 1);
        default -> {
          if (!key.startsWith(COLUMN_PREFIX) || key.length() == COLUMN_PREFIX.length()) {
            throw new IllegalArgumentException("unknown property '" + key + "'");
          }
          String column = key.substring(COLUMN_PREFIX.length()).toLowerCase(Locale.ROOT);
          boolean duration = lower.equals("duration");
          columnTypes.put(column, duration ? ColumnType.DOUBLE : ColumnType.parse(value));
          if (duration) {
            durationColumns.add(column);
          } else {
            durationColumns.remove(column);
          }
        }
      }
    }

    ReadOptions build() {
      return new ReadOptions(delimiter, quote, header, encoding, nullValues, decimalSeparator, dateOrder, onError,
          jsonPath, unnest, sheet, followLinks, maxColumns, Collections.unmodifiableMap(new LinkedHashMap<>(columnTypes)),
          Collections.unmodifiableSet(new LinkedHashSet<>(durationColumns)), skipLines, escape, keepSummaryRows);
    }
  }
}
