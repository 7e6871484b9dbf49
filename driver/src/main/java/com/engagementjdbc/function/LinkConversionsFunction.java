package com.engagementjdbc.function;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import com.engagementjdbc.functions.AttributionModel;
import com.engagementjdbc.functions.ConversionLinkage;
import com.engagementjdbc.functions.ConversionLinkage.ConversionEvent;
import com.engagementjdbc.functions.ConversionLinkage.Credit;
import com.engagementjdbc.functions.ConversionLinkage.Touch;
import com.engagementjdbc.functions.TouchPaths;
import com.engagementjdbc.schema.Cancellable;
import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.schema.FolderSchema;
import com.engagementjdbc.schema.SourceCache;
import com.engagementjdbc.source.Column;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import com.engagementjdbc.source.RowCursor;
import com.engagementjdbc.vector.KeyNumbers;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.TableFunction;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;

/**
 * {@code TABLE(LINK_CONVERSIONS('touches', 'conversions' [, model [, lookback_days [, half_life_days
 * [, columns]]]]))}: {@link ConversionLinkage} over two tables of the connection. The tables are looked up by name
 * in the connection's files, so no argument can reach a file outside its folder; the names of the columns to use
 * default to contact_id, ts, channel (touches) and conversion_id, contact_id, ts, value (conversions), and
 * {@code columns} renames them: {@code 'touches.ts=touched_at, value=revenue'}.
 */
public final class LinkConversionsFunction implements TableFunction, ImplementableFunction {
  static final String NAME = "LINK_CONVERSIONS";
  private static final long MILLIS_PER_DAY = 86_400_000L;
  /** The output columns, in the order of {@link #rowType}. */
  private static final int COLUMNS = 11;
  /** Rows read between checks for cancel, timeout and a full heap while the inputs are gathered. */
  private static final int CHECK_EVERY = 1 << 16;
  /** Rows made ahead of the reader, about: conversions are linked a slice at a time while rows are read. */
  private static final int SLICE_ROWS = 4096;
  private static final int SLICE_CONVERSIONS = 256;
  private static final String[] PARAMETERS =
      {"touches_table", "conversions_table", "model", "lookback_days", "half_life_days", "columns"};

  private final List<FolderSchema> schemas;

  /** @param schemas the connection's schemas of files, the default one first */
  LinkConversionsFunction(List<FolderSchema> schemas) {
    this.schemas = schemas;
  }

  @Override public List<FunctionParameter> getParameters() {
    List<FunctionParameter> parameters = new ArrayList<>();
    for (int i = 0; i < PARAMETERS.length; i++) {
      int ordinal = i;
      parameters.add(new FunctionParameter() {
        @Override public int getOrdinal() {
          return ordinal;
        }

        @Override public String getName() {
          return PARAMETERS[ordinal];
        }

        /** Java types, because Calcite hands a table function only the literals of Java-typed parameters. */
        @Override public RelDataType getType(RelDataTypeFactory typeFactory) {
          return typeFactory.createJavaType(ordinal == 3 || ordinal == 4 ? Double.class : String.class);
        }

        @Override public boolean isOptional() {
          return ordinal >= 2;
        }
      });
    }
    return parameters;
  }

  /** Planning: checks the tables, columns and model now, so mistakes fail before any row is read. */
  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory, List<?> arguments) {
    Object[] values = new Object[PARAMETERS.length];
    for (int i = 0; i < arguments.size() && i < values.length; i++) {
      values[i] = arguments.get(i) instanceof NlsString text ? text.getValue() : arguments.get(i);
    }
    return rowType(typeFactory, Linkage.of(schemas, values));
  }

  @Override public Type getElementType(List<?> arguments) {
    return Object[].class;
  }

  @Override public CallImplementor getImplementor() {
    return RexImpTable.createImplementor((translator, call, operands) -> {
      List<Expression> arguments = new ArrayList<>();
      arguments.add(DataContext.ROOT);
      arguments.add(Expressions.constant(String.join(",", schemaNames())));
      for (int i = 0; i < PARAMETERS.length; i++) {
        arguments.add(i < operands.size() ? EnumUtils.convert(operands.get(i), Object.class)
            : Expressions.constant(null, Object.class));
      }
      return Expressions.call(LinkConversionsFunction.class, "scan", arguments);
    }, NullPolicy.NONE, false);
  }

  /**
   * Run time: the rows, from the tables of the connection that runs the query. The touches are grouped and the
   * arguments checked before the first row; the rows are then made a slice of conversions at a time as they are
   * read, so that the millions of rows of a large linkage are never all held at once, and a cancel or timeout stops
   * it.
   */
  public static Enumerable<Object[]> scan(DataContext root, String schemaNames, Object touchesTable,
      Object conversionsTable, Object model, Object lookbackDays, Object halfLifeDays, Object columns) {
    Linkage linkage = Linkage.of(schemas(root.getRootSchema(), schemaNames), new Object[] {touchesTable,
        conversionsTable, model, lookbackDays, halfLifeDays, columns});
    try {
      ConversionLinkage.checkWindow(linkage.lookbackDays, linkage.halfLifeDays);
    } catch (IllegalArgumentException e) {
      throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, NAME + ": " + e.getMessage(), e);
    }
    Runnable check = Cancellable.checker(root);
    TouchPaths paths = linkage.touchPaths(check);
    List<ConversionEvent> conversions = linkage.conversions(check);
    return Cancellable.rows(() -> credits(linkage, paths, conversions), COLUMNS, check);
  }

  private static RowCursor credits(Linkage linkage, TouchPaths paths, List<ConversionEvent> conversions) {
    return new RowCursor() {
      private final List<Credit> slice = new ArrayList<>();
      private int nextConversion;
      private int nextCredit;
      private Credit credit;
      /** Rows made so far, for the rows a conversion makes on average. */
      private long made;

      @Override public boolean next() {
        while (nextCredit == slice.size()) {
          if (nextConversion == conversions.size()) {
            return false;
          }
          slice.clear();
          nextCredit = 0;
          // conversions until some thousands of rows wait, as many at a time as make that many rows at the average
          // so far (one at first): a conversion with a path of 20 000 touches makes 20 000 rows, and 256 such at once
          // would be 5 million rows made between two checks for cancel and timeout
          while (slice.size() < SLICE_ROWS && nextConversion < conversions.size()) {
            long perConversion = nextConversion == 0 ? SLICE_ROWS : Math.max(1, made / nextConversion);
            int batch = (int) Math.max(1, Math.min(SLICE_CONVERSIONS, (SLICE_ROWS - slice.size()) / perConversion));
            int end = Math.min(conversions.size(), nextConversion + batch);
            int before = slice.size();
            ConversionLinkage.link(paths, conversions.subList(nextConversion, end), linkage.model,
                linkage.lookbackDays, linkage.halfLifeDays, slice::add);
            made += slice.size() - before;
            nextConversion = end;
          }
        }
        credit = slice.get(nextCredit++);
        return true;
      }

      @Override public Object value(int index) {
        return switch (index) {
          case 0 -> credit.conversionId();
          case 1 -> linkage.contactValue(credit.contactId());
          case 2 -> credit.convertedAt();
          case 3 -> credit.conversionValue();
          case 4 -> credit.touchedAt();
          case 5 -> credit.channel();
          case 6 -> credit.position();
          case 7 -> credit.pathLength();
          case 8 -> credit.daysBefore();
          case 9 -> credit.credit();
          case 10 -> credit.creditedValue();
          default -> throw new IndexOutOfBoundsException(index);
        };
      }

      @Override public void close() {
      }
    };
  }

  private List<String> schemaNames() {
    List<String> names = new ArrayList<>();
    for (FolderSchema schema : schemas) {
      names.add(schema.name());
    }
    return names;
  }

  /**
   * The schemas of files again at run time, when the generated code has only the data context: found by the
   * names planning saw (a schema name is a sanitized folder name, without commas).
   */
  private static List<FolderSchema> schemas(SchemaPlus root, String names) {
    List<FolderSchema> schemas = new ArrayList<>();
    for (String name : names.split(",")) {
      schemas.add(root.getSubSchema(name).unwrap(FolderSchema.class));
    }
    return schemas;
  }

  /** The arguments of one call, checked against the tables. */
  static final class Linkage {
    final AttributionModel model;
    final double lookbackDays;
    final double halfLifeDays;
    final Source touches;
    final Source conversions;
    /** Keys of both tables compare as numbers when both are whole numbers, else as text. */
    private final boolean numericKeys;
    private final ColumnType contactType;

    private Linkage(AttributionModel model, double lookbackDays, double halfLifeDays, Source touches,
        Source conversions) {
      this.model = model;
      this.lookbackDays = lookbackDays;
      this.halfLifeDays = halfLifeDays;
      this.touches = touches;
      this.conversions = conversions;
      this.numericKeys = isWhole(touches.type("contact_id")) && isWhole(conversions.type("contact_id"));
      ColumnType conversionKey = conversions.type("contact_id");
      this.contactType = numericKeys || conversionKey == ColumnType.VARCHAR ? conversionKey : ColumnType.VARCHAR;
    }

    /** The six arguments, as literals at planning time or values at run time; absent optional ones are null. */
    static Linkage of(List<FolderSchema> files, Object[] arguments) {
      String touchesTable = text(arguments[0], PARAMETERS[0]);
      String conversionsTable = text(arguments[1], PARAMETERS[1]);
      String model = text(arguments[2], PARAMETERS[2]);
      Double lookbackDays = number(arguments[3], PARAMETERS[3]);
      Double halfLifeDays = number(arguments[4], PARAMETERS[4]);
      String columns = text(arguments[5], PARAMETERS[5]);
      AttributionModel parsedModel;
      try {
        parsedModel = model == null ? AttributionModel.LINEAR : AttributionModel.parse(model);
      } catch (IllegalArgumentException e) {
        throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, NAME + ": " + e.getMessage(), e);
      }
      Map<String, String> names = columnNames(columns);
      Source touches = Source.of(files, "touches", touchesTable, names, "contact_id", "ts", "channel");
      Source conversions = Source.of(files, "conversions", conversionsTable, names, "conversion_id", "contact_id",
          "ts", "value");
      return new Linkage(parsedModel,
          lookbackDays == null ? ConversionLinkage.DEFAULT_LOOKBACK_DAYS : lookbackDays,
          halfLifeDays == null ? ConversionLinkage.DEFAULT_HALF_LIFE_DAYS : halfLifeDays, touches, conversions);
    }

    /** The type of the output contact_id: the conversions' own, unless keys had to be compared as text. */
    ColumnType contactType() {
      return contactType;
    }

    /** A matching key back as a value of {@link #contactType}. */
    Object contactValue(Object key) {
      return key instanceof Long number && contactType == ColumnType.INTEGER ? (Object) number.intValue() : key;
    }

    private Object key(Object value) {
      return key(value, numericKeys);
    }

    /** The key a contact id is matched by: a whole number as a Long, anything else as text. */
    private static Object key(Object value, boolean numeric) {
      if (value == null) {
        return null;
      }
      return numeric ? (Object) ((Number) value).longValue() : value.toString();
    }

    /**
     * The touches grouped by contact: from the cached columns, and kept with them, when the file is in memory (no
     * object per touch); from the rows of a streamed file.
     */
    TouchPaths touchPaths(Runnable check) {
      if (touches.dataset.isStreamed()) {
        return TouchPaths.of(touches(check));
      }
      PathsKey key = new PathsKey(touches.index("contact_id"), touches.index("ts"), touches.index("channel"),
          numericKeys);
      return SourceCache.SHARED.derived(touches.dataset, key, () -> columnPaths(check), SizedPaths::bytes).paths();
    }

    /**
     * The paths are kept with the touches file ({@link SourceCache#derived}), so nothing of them may hold this
     * linkage, and through it the conversions file: the functions they keep use the touches' columns only.
     */
    private SizedPaths columnPaths(Runnable check) {
      ColumnVector times = touches.vector("ts");
      ColumnVector channels = touches.vector("channel");
      boolean coded = channels.hasDictionary();
      boolean numeric = numericKeys;
      ContactNumbers contacts = numeric
          ? ContactNumbers.whole(KeyNumbers.of(touches.vector("contact_id"), touches.type("contact_id")))
          : ContactNumbers.text(touches.vector("contact_id"), value -> key(value, numeric));
      long millisPerUnit = touches.type("ts") == ColumnType.DATE ? MILLIS_PER_DAY : 1;
      int rows = times.size();
      int[] contactOfTouch = new int[rows];
      long[] touchedAt = new long[rows];
      // a dictionary's codes travel with the touches, so that reading a channel back is not a visit to its row
      int[] channelKeys = new int[rows];
      for (int row = 0; row < rows; row++) {
        if (row % CHECK_EVERY == 0) {
          check.run();
        }
        contactOfTouch[row] = times.isNull(row) ? -1 : contacts.numberOf(row);
        touchedAt[row] = times.isNull(row) ? 0 : times.longAt(row) * millisPerUnit;
        channelKeys[row] = !coded ? row : channels.isNull(row) ? -1 : channels.codeAt(row);
      }
      TouchPaths paths = TouchPaths.of(contacts.size(), contactOfTouch, touchedAt, channelKeys, rows, key -> {
        Object channel = coded ? key < 0 ? null : channels.decode(key) : channels.get(key);
        return channel == null ? null : channel.toString();
      }, contacts::find);
      return new SizedPaths(paths, paths.bytes() + contacts.bytes());
    }

    private List<Touch> touches(Runnable check) {
      List<Touch> list = new ArrayList<>();
      try (RowCursor rows = touches.dataset.cursor(touches.index("contact_id"), touches.index("ts"),
          touches.index("channel"))) {
        for (long read = 0; rows.next(); read++) {
          if (read % CHECK_EVERY == 0) {
            check.run();
          }
          Long at = touches.millis(rows.value(1));
          if (at != null) {
            Object channelName = rows.value(2);
            list.add(new Touch(key(rows.value(0)), at, channelName == null ? null : channelName.toString()));
          }
        }
      }
      return list;
    }

    List<ConversionEvent> conversions(Runnable check) {
      List<ConversionEvent> list = new ArrayList<>();
      try (RowCursor rows = conversions.dataset.cursor(conversions.index("conversion_id"),
          conversions.index("contact_id"), conversions.index("ts"), conversions.index("value"))) {
        for (long read = 0; rows.next(); read++) {
          if (read % CHECK_EVERY == 0) {
            check.run();
          }
          Long at = conversions.millis(rows.value(2));
          if (at == null) {
            throw new EngagementException(SqlState.DATA_EXCEPTION, NAME + ": conversion " + rows.value(0)
                + " in " + conversions.table + " has no " + conversions.column("ts") + ", so it cannot be linked");
          }
          Object number = rows.value(3);
          Double amount = number == null ? null : ((Number) number).doubleValue();
          list.add(new ConversionEvent(rows.value(0), key(rows.value(1)), at, amount));
        }
      }
      return list;
    }
  }

  /**
   * What {@link TouchPaths} kept with a touches file were built from: its columns (contact, time, channel), and
   * whether the contacts were compared as numbers or as text.
   */
  private record PathsKey(int contact, int ts, int channel, boolean numericKeys) {
  }

  /** The contacts of a touches column numbered 0, 1, 2..., and the number of a conversion's contact key. */
  private interface ContactNumbers {
    /** The number of the contact of a row with a non-NULL time, a new one if need be; -1 for a NULL contact. */
    int numberOf(int row);

    /** A bound on the numbers given. */
    int size();

    /** The number of a key as {@link Linkage#key} makes it, -1 for a contact without touches. */
    int find(Object key);

    long bytes();

    /** Whole numbers, without boxing. */
    static ContactNumbers whole(KeyNumbers numbers) {
      return new ContactNumbers() {
        @Override public int numberOf(int row) {
          return numbers.numberOf(row);
        }

        @Override public int size() {
          return numbers.size();
        }

        @Override public int find(Object key) {
          return numbers.find((Long) key);
        }

        @Override public long bytes() {
          return numbers.bytes();
        }
      };
    }

    /**
     * Text, or numbers compared as text because the other table's ids are text: by the key {@code key} makes of a
     * value, the one a conversion's id is looked up by.
     */
    static ContactNumbers text(ColumnVector column, Function<Object, Object> key) {
      Map<String, Integer> numbers = new HashMap<>();
      long[] bytes = {0};
      return new ContactNumbers() {
        @Override public int numberOf(int row) {
          Object value = column.get(row);
          if (value == null) {
            return -1;
          }
          return numbers.computeIfAbsent((String) key.apply(value), text -> {
            // a map entry, the String and its boxed number, roughly
            bytes[0] += 96 + 2L * text.length();
            return numbers.size();
          });
        }

        @Override public int size() {
          return numbers.size();
        }

        @Override public int find(Object key) {
          return numbers.getOrDefault(key, -1);
        }

        @Override public long bytes() {
          return bytes[0];
        }
      };
    }
  }

  /** Paths and the heap bytes they hold with their contact numbering. */
  private record SizedPaths(TouchPaths paths, long bytes) {
  }

  /** Parses {@code 'touches.ts=touched_at, value=revenue'}: an unqualified name applies to both tables. */
  private static Map<String, String> columnNames(String columns) {
    Map<String, String> names = new LinkedHashMap<>();
    if (columns == null || columns.isBlank()) {
      return names;
    }
    for (String pair : columns.split(",")) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, NAME + ": malformed column mapping '"
            + pair.trim() + "'; write role=column, e.g. 'touches.ts=touched_at, value=revenue'");
      }
      names.put(pair.substring(0, equals).trim().toLowerCase(Locale.ROOT), pair.substring(equals + 1).trim());
    }
    return names;
  }

  private static boolean isWhole(ColumnType type) {
    return type == ColumnType.INTEGER || type == ColumnType.BIGINT;
  }

  /** One input table and where its roles (contact_id, ts...) are. */
  static final class Source {
    final String table;
    private final Dataset dataset;
    private final Map<String, Integer> indexes = new LinkedHashMap<>();
    private final Map<String, String> columnNames = new LinkedHashMap<>();

    private Source(String table, Dataset dataset) {
      this.table = table;
      this.dataset = dataset;
    }

    /** {@code table} is a table of the default schema, or {@code schema.table}. */
    static Source of(List<FolderSchema> schemas, String role, String table, Map<String, String> mapping,
        String... roles) {
      if (table == null) {
        throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, NAME + ": the " + role
            + " table name must be a text literal such as '" + role + "'");
      }
      int dot = table.indexOf('.');
      FolderSchema files = schemas.get(0);
      String tableName = table;
      for (FolderSchema schema : schemas) {
        if (dot > 0 && schema.name().equalsIgnoreCase(table.substring(0, dot))) {
          files = schema;
          tableName = table.substring(dot + 1);
        }
      }
      FileTable fileTable = null;
      for (Map.Entry<String, FileTable> entry : files.fileTables().entrySet()) {
        if (entry.getKey().equalsIgnoreCase(tableName)) {
          fileTable = entry.getValue();
        }
      }
      if (fileTable == null) {
        throw new EngagementException(SqlState.UNDEFINED_TABLE, NAME + ": table '" + table + "' not found; tables of "
            + files.name() + ": " + String.join(", ", files.fileTables().keySet()));
      }
      Source source = new Source(table, fileTable.dataset());
      source.dataset.checkReadable();
      for (String column : roles) {
        String name = mapping.getOrDefault(role + "." + column, mapping.getOrDefault(column, column));
        source.bind(column, name);
      }
      return source;
    }

    private void bind(String role, String name) {
      List<Column> columns = dataset.columns();
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).name().equalsIgnoreCase(name)) {
          ColumnType type = columns.get(i).type();
          boolean fits = switch (role) {
            case "ts" -> type == ColumnType.TIMESTAMP || type == ColumnType.DATE;
            case "value" -> type == ColumnType.INTEGER || type == ColumnType.BIGINT || type == ColumnType.DECIMAL
                || type == ColumnType.DOUBLE;
            default -> true;
          };
          if (!fits) {
            throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, NAME + ": column '" + name + "' of "
                + table + " is " + type + ", but " + role + " must be " + (role.equals("ts")
                ? "a TIMESTAMP or DATE" : "a number"));
          }
          indexes.put(role, i);
          columnNames.put(role, columns.get(i).name());
          return;
        }
      }
      throw new EngagementException(SqlState.UNDEFINED_COLUMN, NAME + ": column '" + name + "' not found in " + table
          + " (columns: " + String.join(", ", dataset.columns().stream().map(Column::name).toList())
          + "); name it with the columns argument, e.g. '" + role + "=your_column'");
    }

    int index(String role) {
      return indexes.get(role);
    }

    String column(String role) {
      return columnNames.get(role);
    }

    ColumnType type(String role) {
      return dataset.columns().get(index(role)).type();
    }

    /** The cached column of a role; only for a dataset in memory. */
    ColumnVector vector(String role) {
      return dataset.vectors().get(index(role));
    }

    /** TIMESTAMP values are milliseconds already; a DATE counts from its midnight. */
    Long millis(Object value) {
      if (value == null) {
        return null;
      }
      return type("ts") == ColumnType.DATE ? ((Integer) value) * MILLIS_PER_DAY : (Long) value;
    }
  }

  /** The output columns; the id columns take their types from the conversions table. */
  static RelDataType rowType(RelDataTypeFactory typeFactory, Linkage linkage) {
    return typeFactory.builder()
        .add("conversion_id", sqlType(typeFactory, linkage.conversions.type("conversion_id")))
        .add("contact_id", sqlType(typeFactory, linkage.contactType()))
        .add("converted_at", nullable(typeFactory, SqlTypeName.TIMESTAMP, 3))
        .add("conversion_value", nullable(typeFactory, SqlTypeName.DOUBLE, -1))
        .add("touched_at", nullable(typeFactory, SqlTypeName.TIMESTAMP, 3))
        .add("channel", nullable(typeFactory, SqlTypeName.VARCHAR, -1))
        .add("position", nullable(typeFactory, SqlTypeName.INTEGER, -1))
        .add("path_length", nullable(typeFactory, SqlTypeName.INTEGER, -1))
        .add("days_before", nullable(typeFactory, SqlTypeName.DOUBLE, -1))
        .add("credit", nullable(typeFactory, SqlTypeName.DOUBLE, -1))
        .add("credited_value", nullable(typeFactory, SqlTypeName.DOUBLE, -1))
        .build();
  }

  private static RelDataType sqlType(RelDataTypeFactory typeFactory, ColumnType type) {
    return nullable(typeFactory, SqlTypeName.valueOf(type.name()), type == ColumnType.TIMESTAMP ? 3 : -1);
  }

  private static RelDataType nullable(RelDataTypeFactory typeFactory, SqlTypeName name, int precision) {
    RelDataType type = precision >= 0 ? typeFactory.createSqlType(name, precision) : typeFactory.createSqlType(name);
    return typeFactory.createTypeWithNullability(type, true);
  }

  private static String text(Object argument, String parameter) {
    if (argument == null || argument instanceof String) {
      return (String) argument;
    }
    throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, NAME + ": " + parameter
        + " must be a text such as 'touches', not " + argument);
  }

  private static Double number(Object argument, String parameter) {
    if (argument == null || argument instanceof Number) {
      return argument == null ? null : ((Number) argument).doubleValue();
    }
    throw new EngagementException(SqlState.INVALID_PARAMETER_VALUE, NAME + ": " + parameter
        + " must be a number of days, not '" + argument + "'");
  }
}
