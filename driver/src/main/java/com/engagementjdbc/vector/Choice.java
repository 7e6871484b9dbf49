package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;

/**
 * CASE (which Calcite also makes of NULLIF, and of COALESCE when it expands it) and COALESCE: the value of the
 * branch a row takes, every branch converted to the type of the whole.
 */
final class Choice extends VectorExpression {
  /** A branch's condition, or null for the branch taken when no condition holds (ELSE, COALESCE's last value). */
  private final VectorExpression[] conditions;
  private final VectorExpression[] values;
  /** COALESCE: a branch is taken when its value is not NULL. */
  private final boolean firstPresent;

  private Choice(ColumnType type, VectorExpression[] conditions, VectorExpression[] values, boolean firstPresent) {
    super(type);
    this.conditions = conditions;
    this.values = values;
    this.firstPresent = firstPresent;
  }

  /** {@code CASE WHEN c1 THEN v1 ... ELSE e END}, as Calcite gives it: c1, v1, c2, v2..., e. */
  static VectorExpression ofCase(RexCall call, ColumnType type, List<VectorExpression> inputs) {
    List<RexNode> operands = call.getOperands();
    int branches = (operands.size() + 1) / 2;
    VectorExpression[] conditions = new VectorExpression[branches];
    VectorExpression[] values = new VectorExpression[branches];
    for (int i = 0; i < branches; i++) {
      boolean last = i * 2 + 1 >= operands.size();
      if (!last) {
        conditions[i] = VectorExpression.of(operands.get(i * 2), inputs);
        if (conditions[i] == null || conditions[i].type != ColumnType.BOOLEAN) {
          return null;
        }
      }
      values[i] = converted(VectorExpression.of(operands.get(last ? i * 2 : i * 2 + 1), inputs), type);
      if (values[i] == null) {
        return null;
      }
    }
    return new Choice(type, conditions, values, false);
  }

  static VectorExpression ofCoalesce(RexCall call, ColumnType type, List<VectorExpression> inputs) {
    List<RexNode> operands = call.getOperands();
    VectorExpression[] values = new VectorExpression[operands.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = converted(VectorExpression.of(operands.get(i), inputs), type);
      if (values[i] == null) {
        return null;
      }
    }
    return new Choice(type, new VectorExpression[values.length], values, true);
  }

  /** A branch's value in the type of the whole: as it is, or a whole number widened; null for anything else. */
  private static VectorExpression converted(VectorExpression value, ColumnType type) {
    if (value == null || value.type == type) {
      return value;
    }
    boolean widened = type == ColumnType.BIGINT && value.type == ColumnType.INTEGER
        || type == ColumnType.DOUBLE && isNumber(value.type);
    return widened ? new Converted(type, value) : null;
  }

  /**
   * The branch a row takes, found again for each question asked of the row: a row number does not name one row in
   * a join's condition, so it cannot key a cache.
   */
  private VectorExpression taken(int row) {
    VectorExpression taken = null;
    for (int i = 0; i < values.length && taken == null; i++) {
      if (firstPresent ? i == values.length - 1 || !values[i].isNull(row)
          : conditions[i] == null || conditions[i].truth(row) == 1) {
        taken = values[i];
      }
    }
    return taken;
  }

  @Override boolean isNull(int row) {
    VectorExpression taken = taken(row);
    return taken == null || taken.isNull(row);
  }

  @Override long longAt(int row) {
    return taken(row).longAt(row);
  }

  @Override double doubleAt(int row) {
    return taken(row).doubleAt(row);
  }

  @Override String textAt(int row) {
    return taken(row).textAt(row);
  }
}
