package com.engagementjdbc.vector;

import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;

/**
 * One input of a join on the vectors: the rows of a cached file that pass its filters, with fields computed from
 * its columns; or rows the rest of the plan computes at run time (a top-N subquery, the distinct values of an
 * IN (SELECT ...)), put into column vectors once per execution.
 */
public abstract class JoinSide {
  private static final int CHECK_EVERY = 1 << 16;

  private JoinSide() {
  }

  /**
   * A cached file's rows.
   *
   * @param filters conditions over the file's columns the rows must pass
   * @param fields the side's fields, over the file's columns
   */
  public static JoinSide ofFile(FileTable table, List<RexNode> filters, List<RexNode> fields) {
    return new FileSide(table, List.copyOf(filters), List.copyOf(fields));
  }

  /**
   * Rows computed by the rest of the plan: the vector plan's input number {@code input}, each row an
   * {@code Object[]} of the given type's fields; null when a field has a type no column vector holds.
   */
  public static JoinSide computed(int input, RelDataType rowType) {
    List<ColumnType> types = new ArrayList<>();
    for (RelDataTypeField field : rowType.getFieldList()) {
      ColumnType type = VectorExpression.typeOf(field.getType());
      if (type == null) {
        return null;
      }
      types.add(type);
    }
    return new ComputedSide(input, types);
  }

  /** The side's rows for one execution, given the rows of the plan's inputs; null when not read on the vectors. */
  abstract Opened open(List<List<Object[]>> inputs);

  /** A side's rows in one execution: {@link RowSource.Rows#forEach} walks the kept rows' numbers. */
  interface Opened extends RowSource.Rows {
    /** The column of a text field, for joining on its values; null when the field is computed text. */
    ColumnVector text(int field);

    /** A field's value at a row, in Calcite's run-time representation. */
    Object value(int field, int row);
  }

  private static final class FileSide extends JoinSide {
    private final FileTable table;
    private final List<RexNode> filters;
    private final List<RexNode> fields;

    FileSide(FileTable table, List<RexNode> filters, List<RexNode> fields) {
      this.table = table;
      this.filters = filters;
      this.fields = fields;
    }

    @Override Opened open(List<List<Object[]>> inputs) {
      Dataset data = ScanRows.inMemory(table);
      if (data == null) {
        return null;
      }
      int[] all = new int[data.columns().size()];
      Arrays.setAll(all, i -> i);
      RowSource.Rows rows = new ScanRows(table, filters, all).open();
      if (rows == null) {
        return null;
      }
      List<VectorExpression> expressions = new ArrayList<>();
      for (RexNode field : fields) {
        // a plain column is taken as it is: text that is not a dictionary can still be counted and joined on
        VectorExpression expression = field instanceof RexInputRef ref ? rows.columns().get(ref.getIndex())
            : VectorExpression.of(field, rows.columns());
        if (expression == null) {
          return null;
        }
        expressions.add(expression);
      }
      int size = (int) data.rowCount();
      return new Opened() {
        @Override public List<VectorExpression> columns() {
          return expressions;
        }

        @Override public int walked() {
          return size;
        }

        @Override public void forEach(IntConsumer visit, Runnable check, int from, int to) {
          rows.forEach(visit, check, from, to);
        }

        @Override public ColumnVector text(int field) {
          return fields.get(field) instanceof RexInputRef ref && expressions.get(field).type == ColumnType.VARCHAR
              ? data.vectors().get(ref.getIndex()) : null;
        }

        @Override public Object value(int field, int row) {
          if (fields.get(field) instanceof RexInputRef ref) {
            return data.value(row, ref.getIndex());
          }
          VectorExpression expression = expressions.get(field);
          return expression.isNull(row) ? null : expression.keyValue(expression.keyAt(row));
        }
      };
    }
  }

  private static final class ComputedSide extends JoinSide {
    private final int input;
    private final List<ColumnType> types;

    ComputedSide(int input, List<ColumnType> types) {
      this.input = input;
      this.types = types;
    }

    /** Before execution (planning) there are no inputs: the side is read as empty, to check it can be read. */
    @Override Opened open(List<List<Object[]>> inputs) {
      List<Object[]> rows = inputs.isEmpty() ? List.of() : inputs.get(input);
      List<ColumnVector> vectors = new ArrayList<>();
      List<VectorExpression> expressions = new ArrayList<>();
      for (int field = 0; field < types.size(); field++) {
        ColumnType type = types.get(field);
        ColumnVector.Builder builder = ColumnVector.builder(type);
        for (Object[] row : rows) {
          builder.add(stored(row[field], type));
        }
        ColumnVector vector = builder.build();
        vectors.add(vector);
        // computed text is a dictionary or not depending on the rows: read for NULLs only, whatever the rows
        expressions.add(type == ColumnType.VARCHAR ? VectorExpression.nullsOf(vector, type)
            : VectorExpression.column(vector, type));
      }
      int size = rows.size();
      return new Opened() {
        @Override public List<VectorExpression> columns() {
          return expressions;
        }

        @Override public int walked() {
          return size;
        }

        @Override public void forEach(IntConsumer visit, Runnable check, int from, int to) {
          for (int row = from; row < to; row++) {
            if (row % CHECK_EVERY == 0) {
              check.run();
            }
            visit.accept(row);
          }
        }

        @Override public ColumnVector text(int field) {
          return types.get(field) == ColumnType.VARCHAR ? vectors.get(field) : null;
        }

        @Override public Object value(int field, int row) {
          return vectors.get(field).get(row);
        }
      };
    }

    /** A run-time value as a column of its type stores it. */
    private static Object stored(Object value, ColumnType type) {
      if (value == null) {
        return null;
      }
      return switch (type) {
        case INTEGER, DATE -> ((Number) value).intValue();
        case BIGINT, TIMESTAMP -> ((Number) value).longValue();
        case DOUBLE -> ((Number) value).doubleValue();
        default -> value;
      };
    }
  }
}
