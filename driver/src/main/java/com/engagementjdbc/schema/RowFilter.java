package com.engagementjdbc.schema;

import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.Dataset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.NlsString;

/**
 * The simple conditions of a scan ({@code column op literal}, {@code IS [NOT] NULL}) checked on the column vectors
 * before a row is built, so rows a filter drops are never boxed. Calcite still applies every filter afterwards:
 * a condition this class cannot read exactly is simply not used, so it can only save work, never change a result.
 */
final class RowFilter {
  private final List<Condition> conditions;

  private interface Condition {
    boolean keeps(Dataset data, int row);
  }

  private RowFilter(List<Condition> conditions) {
    this.conditions = conditions;
  }

  static RowFilter of(List<RexNode> filters, Dataset data) {
    List<Condition> conditions = new ArrayList<>();
    for (RexNode filter : filters) {
      Condition condition = condition(filter, data);
      if (condition != null) {
        conditions.add(condition);
      }
    }
    return new RowFilter(conditions);
  }

  boolean isEmpty() {
    return conditions.isEmpty();
  }

  boolean keeps(Dataset data, int row) {
    for (Condition condition : conditions) {
      if (!condition.keeps(data, row)) {
        return false;
      }
    }
    return true;
  }

  private static Condition condition(RexNode filter, Dataset data) {
    if (!(filter instanceof RexCall call)) {
      return null;
    }
    SqlKind kind = call.getKind();
    if ((kind == SqlKind.IS_NULL || kind == SqlKind.IS_NOT_NULL) && call.getOperands().get(0) instanceof RexInputRef
        ref) {
      int column = ref.getIndex();
      boolean wantNull = kind == SqlKind.IS_NULL;
      return (d, row) -> (d.value(row, column) == null) == wantNull;
    }
    if (call.getOperands().size() != 2) {
      return null;
    }
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    if (left instanceof RexLiteral && right instanceof RexInputRef) {
      RexNode swap = left;
      left = right;
      right = swap;
      kind = kind.reverse();
    }
    if (!(left instanceof RexInputRef ref) || !(right instanceof RexLiteral literal) || literal.isNull()) {
      return null;
    }
    int column = ref.getIndex();
    ColumnType type = data.columns().get(column).type();
    Comparable<?> bound = bound(literal, type);
    if (bound == null) {
      return null;
    }
    return comparison(kind, column, bound, type);
  }

  /** The literal in the column's run-time representation, when that is exact; else null. */
  private static Comparable<?> bound(RexLiteral literal, ColumnType type) {
    Object value = literal.getValue4();
    switch (type) {
      case INTEGER:
      case BIGINT:
        return value instanceof BigDecimal decimal ? decimal : null;
      case DOUBLE:
        // compared as the double Calcite compares, not as the literal's exact decimal (0.1 is not 0.1)
        return value instanceof BigDecimal decimal ? (Comparable<?>) decimal.doubleValue()
            : value instanceof Double d ? d : null;
      case DATE:
      case TIMESTAMP:
        return value instanceof Integer || value instanceof Long ? new BigDecimal(value.toString()) : null;
      case VARCHAR:
        return value instanceof NlsString text ? text.getValue() : value instanceof String ? (String) value : null;
      default:
        return null;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Condition comparison(SqlKind kind, int column, Comparable bound, ColumnType type) {
    boolean text = type == ColumnType.VARCHAR;
    // text compares only for (in)equality: ordering depends on the collation Calcite applies
    if (text && kind != SqlKind.EQUALS && kind != SqlKind.NOT_EQUALS) {
      return null;
    }
    switch (kind) {
      case EQUALS: case NOT_EQUALS: case LESS_THAN: case LESS_THAN_OR_EQUAL: case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL:
        break;
      default:
        return null;
    }
    return (data, row) -> {
      Object value = data.value(row, column);
      if (value == null) {
        return false;
      }
      if (text) {
        // looser than Calcite where CHAR padding could matter: trailing spaces never drop a row here
        boolean same = ((String) value).stripTrailing().equals(((String) bound).stripTrailing());
        return kind == SqlKind.EQUALS ? same : !value.equals(bound);
      }
      int order = type == ColumnType.DOUBLE ? compare((Double) value, (Double) bound)
          : number(value).compareTo((BigDecimal) bound);
      switch (kind) {
        case EQUALS: return order == 0;
        case NOT_EQUALS: return order != 0;
        case LESS_THAN: return order < 0;
        case LESS_THAN_OR_EQUAL: return order <= 0;
        case GREATER_THAN: return order > 0;
        default: return order >= 0;
      }
    };
  }

  /** As SQL compares doubles: -0.0 equals 0.0 (Double.compare would order them). */
  private static int compare(double a, double b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  private static BigDecimal number(Object value) {
    return BigDecimal.valueOf(((Number) value).longValue());
  }
}
