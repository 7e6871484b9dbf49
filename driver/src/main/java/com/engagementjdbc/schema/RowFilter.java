package com.engagementjdbc.schema;

import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.NlsString;

/**
 * The simple conditions of a scan ({@code column op literal}, {@code IS [NOT] NULL}, a boolean column, and ANDs,
 * ORs, IN lists and ranges of them) checked on the column vectors before a row is built, so rows a filter drops are
 * never boxed. In a scan, Calcite still applies every filter afterwards: a condition this class cannot read is
 * simply not used, so it can only save work, never change a result. {@link #exact} is for plans on the vectors,
 * where nothing checks after it: there every condition must be read exactly, or none is.
 */
public final class RowFilter {
  /** Keeps every row. */
  static final RowFilter NONE = new RowFilter(List.of());
  /** Only expands SEARCH calls, which needs no type system of the connection's. */
  private static final RexBuilder REX_BUILDER = new RexBuilder(new JavaTypeFactoryImpl());

  private final List<IntPredicate> conditions;

  private RowFilter(List<IntPredicate> conditions) {
    this.conditions = conditions;
  }

  static RowFilter of(List<RexNode> filters, Dataset data) {
    return of(filters, data, false);
  }

  /**
   * The filters checked on the vectors exactly as Calcite would check them, so that no other check is needed; null
   * when one of them is not a condition this class reads.
   */
  public static RowFilter exact(List<RexNode> filters, Dataset data) {
    return of(filters, data, true);
  }

  private static RowFilter of(List<RexNode> filters, Dataset data, boolean exact) {
    List<IntPredicate> conditions = new ArrayList<>();
    for (RexNode filter : filters) {
      // Calcite hands a WHERE of several conditions as one AND
      for (RexNode conjunct : RelOptUtil.conjunctions(filter)) {
        IntPredicate condition = condition(conjunct, data, exact);
        if (condition != null) {
          conditions.add(condition);
        } else if (exact) {
          return null;
        }
      }
    }
    return new RowFilter(conditions);
  }

  public boolean keeps(int row) {
    for (IntPredicate condition : conditions) {
      if (!condition.test(row)) {
        return false;
      }
    }
    return true;
  }

  private static IntPredicate condition(RexNode filter, Dataset data, boolean exact) {
    switch (filter.getKind()) {
      case SEARCH:
        // IN lists and ranges (BETWEEN, a >= x AND a < y) reach the scan as a SEARCH of a set of values
        return condition(RexUtil.expandSearch(REX_BUILDER, null, filter), data, exact);
      case AND:
        return all(((RexCall) filter).getOperands(), data, exact);
      case OR:
        return any(((RexCall) filter).getOperands(), data, exact);
      default:
        break;
    }
    // Calcite simplifies flag = TRUE to flag, and flag = FALSE to NOT flag
    if (filter instanceof RexInputRef ref && data.columns().get(ref.getIndex()).type() == ColumnType.BOOLEAN) {
      return flag(data.vectors().get(ref.getIndex()), true);
    }
    if (filter.getKind() == SqlKind.NOT && ((RexCall) filter).getOperands().get(0) instanceof RexInputRef ref
        && data.columns().get(ref.getIndex()).type() == ColumnType.BOOLEAN) {
      return flag(data.vectors().get(ref.getIndex()), false);
    }
    if (!(filter instanceof RexCall call)) {
      return null;
    }
    SqlKind kind = call.getKind();
    if ((kind == SqlKind.IS_NULL || kind == SqlKind.IS_NOT_NULL) && call.getOperands().get(0) instanceof RexInputRef
        ref) {
      ColumnVector vector = data.vectors().get(ref.getIndex());
      boolean wantNull = kind == SqlKind.IS_NULL;
      return row -> vector.isNull(row) == wantNull;
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
    return comparison(kind, data.vectors().get(column), bound, type, exact);
  }

  /** The conditions of an AND; when not exact, those it can read (checking fewer only keeps more rows). */
  private static IntPredicate all(List<RexNode> operands, Dataset data, boolean exact) {
    List<IntPredicate> conditions = new ArrayList<>();
    for (RexNode operand : operands) {
      IntPredicate condition = condition(operand, data, exact);
      if (condition == null && exact) {
        return null;
      }
      if (condition != null) {
        conditions.add(condition);
      }
    }
    return conditions.isEmpty() ? null : row -> {
      for (IntPredicate condition : conditions) {
        if (!condition.test(row)) {
          return false;
        }
      }
      return true;
    };
  }

  /** The conditions of an OR, only when it can read every one of them. */
  private static IntPredicate any(List<RexNode> operands, Dataset data, boolean exact) {
    List<IntPredicate> conditions = new ArrayList<>();
    for (RexNode operand : operands) {
      IntPredicate condition = condition(operand, data, exact);
      if (condition == null) {
        return null;
      }
      conditions.add(condition);
    }
    return row -> {
      for (IntPredicate condition : conditions) {
        if (condition.test(row)) {
          return true;
        }
      }
      return false;
    };
  }

  private static IntPredicate flag(ColumnVector vector, boolean wanted) {
    long stored = wanted ? 1 : 0;
    return row -> !vector.isNull(row) && vector.longAt(row) == stored;
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

  private static IntPredicate comparison(SqlKind kind, ColumnVector vector, Comparable<?> bound, ColumnType type,
      boolean exact) {
    switch (kind) {
      case EQUALS: case NOT_EQUALS: case LESS_THAN: case LESS_THAN_OR_EQUAL: case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL:
        break;
      default:
        return null;
    }
    if (type == ColumnType.VARCHAR) {
      String text = (String) bound;
      // text compares only for (in)equality: ordering depends on the collation Calcite applies. Unless asked to be
      // exact, equality is looser than Calcite's where CHAR padding could matter: trailing spaces never drop a row.
      String stripped = text.stripTrailing();
      return switch (kind) {
        case EQUALS -> vector.textMatching(exact ? text::equals : value -> value.stripTrailing().equals(stripped));
        case NOT_EQUALS -> vector.textMatching(value -> !value.equals(text));
        default -> null;
      };
    }
    if (type == ColumnType.DOUBLE) {
      double limit = (Double) bound;
      return row -> !vector.isNull(row) && holds(kind, compare(vector.doubleAt(row), limit));
    }
    WholeNumberBound limit = new WholeNumberBound((BigDecimal) bound);
    return row -> !vector.isNull(row) && holds(kind, limit.compareTo(vector.longAt(row)));
  }

  private static boolean holds(SqlKind kind, int order) {
    switch (kind) {
      case EQUALS: return order == 0;
      case NOT_EQUALS: return order != 0;
      case LESS_THAN: return order < 0;
      case LESS_THAN_OR_EQUAL: return order <= 0;
      case GREATER_THAN: return order > 0;
      default: return order >= 0;
    }
  }

  /**
   * An exact decimal literal compared with stored whole numbers without boxing: {@code v} against {@code b} is
   * {@code v} against {@code floor(b)}, except that a whole number equal to the floor of a fraction is below it.
   */
  private static final class WholeNumberBound {
    private final long floor;
    private final boolean whole;
    /** -1 when the bound is below every long, 1 when above, 0 when it is within range. */
    private final int outside;

    WholeNumberBound(BigDecimal bound) {
      BigDecimal floored = bound.setScale(0, RoundingMode.FLOOR);
      whole = floored.compareTo(bound) == 0;
      if (floored.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
        outside = -1;
        floor = Long.MIN_VALUE;
      } else if (floored.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        outside = 1;
        floor = Long.MAX_VALUE;
      } else {
        outside = 0;
        floor = floored.longValueExact();
      }
    }

    /** The order of {@code value} relative to the bound: negative, zero or positive. */
    int compareTo(long value) {
      if (outside != 0) {
        return -outside;
      }
      if (value != floor) {
        return Long.compare(value, floor);
      }
      return whole ? 0 : -1;
    }
  }

  /** As SQL compares doubles: -0.0 equals 0.0 (Double.compare would order them). */
  private static int compare(double a, double b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
}
