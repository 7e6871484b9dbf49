package com.engagementjdbc.trino.linkage;

import static io.trino.spi.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.trino.spi.function.table.ReturnTypeSpecification.GenericTable.GENERIC_TABLE;

import com.engagementjdbc.functions.AttributionModel;
import com.engagementjdbc.functions.ConversionLinkage;
import io.airlift.slice.Slice;
import io.airlift.slice.Slices;
import io.trino.spi.TrinoException;
import io.trino.spi.connector.ConnectorAccessControl;
import io.trino.spi.connector.ConnectorSession;
import io.trino.spi.connector.ConnectorTransactionHandle;
import io.trino.spi.function.table.AbstractConnectorTableFunction;
import io.trino.spi.function.table.Argument;
import io.trino.spi.function.table.ScalarArgument;
import io.trino.spi.function.table.ScalarArgumentSpecification;
import io.trino.spi.function.table.TableArgument;
import io.trino.spi.function.table.TableArgumentSpecification;
import io.trino.spi.function.table.TableFunctionAnalysis;
import io.trino.spi.type.DoubleType;
import io.trino.spi.type.Type;
import io.trino.spi.type.VarcharType;
import java.util.List;
import java.util.Map;

/**
 * {@code link_conversions(touches => TABLE(t) PARTITION BY contact, conversions => TABLE(c) PARTITION BY contact
 * [, model [, lookback_days [, half_life_days]]] COPARTITION (t, c))}: the driver's LINK_CONVERSIONS, one contact
 * at a time on the worker that holds that contact's touches and conversions. Columns are found by name: touches
 * {@code ts} and {@code channel}, conversions {@code conversion_id}, {@code ts} and {@code value}, the contact
 * being the column each table is partitioned by.
 */
final class LinkConversionsFunction extends AbstractConnectorTableFunction {
  static final String NAME = "link_conversions";
  static final String TOUCHES = "TOUCHES";
  static final String CONVERSIONS = "CONVERSIONS";
  private static final String USAGE = "write link_conversions(touches => TABLE(touches) PARTITION BY contact_id,"
      + " conversions => TABLE(conversions) PARTITION BY contact_id COPARTITION (touches, conversions))";

  LinkConversionsFunction() {
    super("system", NAME, List.of(
        TableArgumentSpecification.builder().name(TOUCHES).keepWhenEmpty().build(),
        TableArgumentSpecification.builder().name(CONVERSIONS).pruneWhenEmpty().build(),
        ScalarArgumentSpecification.builder().name("MODEL").type(VarcharType.VARCHAR)
            .defaultValue(Slices.utf8Slice(AttributionModel.LINEAR.sqlName())).build(),
        ScalarArgumentSpecification.builder().name("LOOKBACK_DAYS").type(DoubleType.DOUBLE)
            .defaultValue(ConversionLinkage.DEFAULT_LOOKBACK_DAYS).build(),
        ScalarArgumentSpecification.builder().name("HALF_LIFE_DAYS").type(DoubleType.DOUBLE)
            .defaultValue(ConversionLinkage.DEFAULT_HALF_LIFE_DAYS).build()), GENERIC_TABLE);
  }

  /** Checks the arguments and the columns at planning time, so that mistakes fail before any row is read. */
  @Override public TableFunctionAnalysis analyze(ConnectorSession session, ConnectorTransactionHandle transaction,
      Map<String, Argument> arguments, ConnectorAccessControl accessControl) {
    Object model = ((ScalarArgument) arguments.get("MODEL")).getValue();
    Object lookbackDays = ((ScalarArgument) arguments.get("LOOKBACK_DAYS")).getValue();
    Object halfLifeDays = ((ScalarArgument) arguments.get("HALF_LIFE_DAYS")).getValue();
    AttributionModel parsedModel;
    double lookback = lookbackDays == null ? ConversionLinkage.DEFAULT_LOOKBACK_DAYS : (Double) lookbackDays;
    double halfLife = halfLifeDays == null ? ConversionLinkage.DEFAULT_HALF_LIFE_DAYS : (Double) halfLifeDays;
    try {
      parsedModel = model == null ? AttributionModel.LINEAR : AttributionModel.parse(((Slice) model).toStringUtf8());
      ConversionLinkage.checkWindow(lookback, halfLife);
    } catch (IllegalArgumentException e) {
      throw new TrinoException(INVALID_FUNCTION_ARGUMENT, NAME + ": " + e.getMessage(), e);
    }
    InputTable touches = InputTable.of("touches", (TableArgument) arguments.get(TOUCHES), USAGE);
    InputTable conversions = InputTable.of("conversions", (TableArgument) arguments.get(CONVERSIONS), USAGE);
    int touchTime = touches.timeColumn("ts");
    int channel = touches.column("channel", type -> type instanceof VarcharType, "a VARCHAR");
    int conversionId = conversions.column("conversion_id", type -> true, "");
    int conversionTime = conversions.timeColumn("ts");
    int value = conversions.column("value", NumberReader::reads, "a number");
    LinkConversionsHandle handle = LinkConversionsHandle.of(parsedModel.sqlName(), lookback, halfLife,
        touches.type(touches.contact()), touches.type(touchTime), conversions.type(conversionId),
        conversions.type(conversions.contact()), conversions.type(conversionTime), conversions.type(value));
    return TableFunctionAnalysis.builder()
        .returnedType(handle.outputDescriptor())
        .requiredColumns(TOUCHES, List.of(touches.contact(), touchTime, channel))
        .requiredColumns(CONVERSIONS, List.of(conversionId, conversions.contact(), conversionTime, value))
        .handle(handle)
        .build();
  }

  /** A table argument: its columns by name, and the column it is partitioned by, the contact. */
  private record InputTable(String role, TableArgument table, int contact) {
    static InputTable of(String role, TableArgument table, String usage) {
      if (table.getPartitionBy().size() != 1) {
        throw new TrinoException(INVALID_FUNCTION_ARGUMENT, NAME + ": the " + role + " must be partitioned by"
            + " their contact column alone, so that each worker links whole contacts ("
            + (table.getPartitionBy().isEmpty() ? "no PARTITION BY" : "PARTITION BY " + table.getPartitionBy())
            + " given); " + usage);
      }
      InputTable input = new InputTable(role, table, -1);
      return new InputTable(role, table, input.index(table.getPartitionBy().get(0)));
    }

    int timeColumn(String name) {
      return column(name, TimeReader::reads, "a DATE or a TIMESTAMP of at most 6 fractional digits");
    }

    int column(String name, java.util.function.Predicate<Type> fits, String expected) {
      int index = index(name);
      if (index < 0) {
        throw new TrinoException(INVALID_FUNCTION_ARGUMENT, NAME + ": the " + role + " have no column " + name
            + " (columns: " + names() + "); name one so with AS in TABLE(SELECT ... AS " + name + " FROM ...)");
      }
      if (!fits.test(type(index))) {
        throw new TrinoException(INVALID_FUNCTION_ARGUMENT, NAME + ": column " + name + " of the " + role + " is "
            + type(index).getDisplayName() + ", but must be " + expected + "; CAST it in TABLE(SELECT ...)");
      }
      return index;
    }

    Type type(int index) {
      return table.getRowType().getFields().get(index).getType();
    }

    private int index(String name) {
      List<io.trino.spi.type.RowType.Field> fields = table.getRowType().getFields();
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).getName().filter(name::equalsIgnoreCase).isPresent()) {
          return i;
        }
      }
      return -1;
    }

    private String names() {
      return String.join(", ", table.getRowType().getFields().stream()
          .map(field -> field.getName().orElse("(unnamed)")).toList());
    }
  }
}
