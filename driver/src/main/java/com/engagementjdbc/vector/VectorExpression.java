package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.avatica.util.DateTimeUtils;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.SqlFunctions;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * A scalar expression of a query computed on a cached file's column vectors, a row at a time and without boxing:
 * column references, number literals, {@code + - *} (and {@code /} giving a DOUBLE), CAST between numbers, and
 * FLOOR of a date or timestamp to a unit. Each gives what Calcite's generated code gives for the same expression,
 * computed by the same run-time methods where there are any, with one difference: a whole-number result outside its
 * type's range is an error (SQLSTATE 22003) where Calcite's code wraps around to a wrong number.
 */
abstract class VectorExpression {
  private static final long MILLIS_PER_DAY = DateTimeUtils.MILLIS_PER_DAY;
  private static final int DAY_SLOTS = 1024;

  /** The type of the values, as this driver stores it: DATE in days, TIMESTAMP in milliseconds. */
  final ColumnType type;

  VectorExpression(ColumnType type) {
    this.type = type;
  }

  abstract boolean isNull(int row);

  /** The value of a non-NULL row of a BOOLEAN (0 or 1), INTEGER, BIGINT, DATE or TIMESTAMP expression. */
  long longAt(int row) {
    throw new AssertionError(type);
  }

  /** The value of a non-NULL row of a number expression, whole numbers converted as Java converts them. */
  double doubleAt(int row) {
    return longAt(row);
  }

  /**
   * A BOOLEAN expression's value at a row: 1 for TRUE, 0 for FALSE, -1 for NULL, evaluated once (where
   * {@link #isNull} and then {@link #longAt} would evaluate a condition twice).
   */
  int truth(int row) {
    return isNull(row) ? -1 : longAt(row) != 0 ? 1 : 0;
  }

  /** A non-NULL row's value as a long that is equal for two rows exactly when Calcite groups them together. */
  long keyAt(int row) {
    return type == ColumnType.DOUBLE ? Double.doubleToLongBits(doubleAt(row)) : longAt(row);
  }

  /** The value a {@link #keyAt} key stands for, in Calcite's run-time representation. */
  Object keyValue(long key) {
    return switch (type) {
      case BOOLEAN -> key != 0;
      case INTEGER, DATE -> (int) key;
      case BIGINT, TIMESTAMP -> key;
      case DOUBLE -> Double.longBitsToDouble(key);
      case VARCHAR -> throw new AssertionError("text is grouped only from a dictionary column");
      case DECIMAL -> throw new AssertionError("a table with a DECIMAL column is not read on vectors");
    };
  }

  /** False for a column read only for whether it is NULL: text not held as a dictionary. */
  boolean hasValues() {
    return true;
  }

  /**
   * The expression over the given inputs ({@link #column}s, or columns of joined rows), or null when it is not one
   * this class computes.
   */
  static VectorExpression of(RexNode node, List<VectorExpression> inputs) {
    if (node instanceof RexInputRef ref) {
      VectorExpression input = inputs.get(ref.getIndex());
      return input.hasValues() ? input : null;
    }
    ColumnType type = typeOf(node.getType());
    if (type == null) {
      return null;
    }
    if (node instanceof RexLiteral literal) {
      return literal(literal, type);
    }
    if (!(node instanceof RexCall call)) {
      return null;
    }
    List<RexNode> operands = call.getOperands();
    switch (call.getKind()) {
      case PLUS: case MINUS: case TIMES: case DIVIDE: {
        if (type == ColumnType.TIMESTAMP) {
          return shifted(call, inputs);
        }
        VectorExpression left = of(operands.get(0), inputs);
        VectorExpression right = operands.size() == 2 ? of(operands.get(1), inputs) : null;
        if (left == null || right == null || !isNumber(left.type) || !isNumber(right.type)) {
          return null;
        }
        if (type == ColumnType.DOUBLE) {
          return new DoubleArithmetic(call.getKind(), left, right);
        }
        boolean whole = (type == ColumnType.INTEGER || type == ColumnType.BIGINT)
            && left.type != ColumnType.DOUBLE && right.type != ColumnType.DOUBLE;
        return whole && call.getKind() != SqlKind.DIVIDE
            ? new WholeArithmetic(call.getKind(), type, left, right) : null;
      }
      case EQUALS: case NOT_EQUALS: case LESS_THAN: case LESS_THAN_OR_EQUAL: case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL: {
        VectorExpression left = of(operands.get(0), inputs);
        VectorExpression right = of(operands.get(1), inputs);
        return left == null || right == null || !comparable(left.type, right.type) ? null
            : new Comparison(call.getKind(), left, right);
      }
      case AND: case OR: {
        VectorExpression[] terms = new VectorExpression[operands.size()];
        for (int i = 0; i < terms.length; i++) {
          terms[i] = of(operands.get(i), inputs);
          if (terms[i] == null || terms[i].type != ColumnType.BOOLEAN) {
            return null;
          }
        }
        return new Logic(call.getKind() == SqlKind.AND, terms);
      }
      case IS_NULL: case IS_NOT_NULL: {
        VectorExpression operand = presence(operands.get(0), inputs);
        boolean wantNull = call.getKind() == SqlKind.IS_NULL;
        return operand == null ? null : new VectorExpression(ColumnType.BOOLEAN) {
          @Override boolean isNull(int row) {
            return false;
          }

          @Override long longAt(int row) {
            return operand.isNull(row) == wantNull ? 1 : 0;
          }
        };
      }
      case CAST: {
        VectorExpression operand = of(operands.get(0), inputs);
        if (operand == null) {
          return null;
        }
        if (SqlTypeUtil.equalSansNullability(call.getType(), operands.get(0).getType())) {
          return operand;
        }
        if (type == ColumnType.DOUBLE && isNumber(operand.type)) {
          return new Converted(ColumnType.DOUBLE, operand);
        }
        boolean widening = type == ColumnType.BIGINT && operand.type == ColumnType.INTEGER;
        return widening ? new Converted(ColumnType.BIGINT, operand) : null;
      }
      case FLOOR: {
        if (operands.size() != 2 || !(operands.get(1) instanceof RexLiteral unit)) {
          return null;
        }
        VectorExpression operand = of(operands.get(0), inputs);
        TimeUnitRange range = unit.getValueAs(TimeUnitRange.class);
        return operand == null || range == null || operand.type != type ? null : floor(operand, range);
      }
      default:
        return null;
    }
  }

  /**
   * An expression read only for whether it is NULL (COUNT's argument): a column of any kind, text included,
   * else as {@link #of}.
   */
  static VectorExpression presence(RexNode node, List<VectorExpression> inputs) {
    return node instanceof RexInputRef ref ? inputs.get(ref.getIndex()) : of(node, inputs);
  }

  /**
   * A timestamp plus or minus a literal day-time interval ({@code ts - INTERVAL '30' DAY}), as Calcite computes it:
   * the interval's milliseconds added or subtracted. Month and year intervals are not read here.
   */
  private static VectorExpression shifted(RexCall call, List<VectorExpression> inputs) {
    List<RexNode> operands = call.getOperands();
    boolean plus = call.getKind() == SqlKind.PLUS;
    int timestampAt = operands.get(0).getType().getSqlTypeName() == SqlTypeName.TIMESTAMP ? 0 : 1;
    if (operands.size() != 2 || (!plus && call.getKind() != SqlKind.MINUS) || (!plus && timestampAt != 0)
        || !(operands.get(1 - timestampAt) instanceof RexLiteral interval)
        || interval.getType().getSqlTypeName().getFamily() != SqlTypeFamily.INTERVAL_DAY_TIME) {
      return null;
    }
    VectorExpression timestamp = of(operands.get(timestampAt), inputs);
    BigDecimal millis = interval.getValueAs(BigDecimal.class);
    if (timestamp == null || timestamp.type != ColumnType.TIMESTAMP || millis == null) {
      return null;
    }
    long shift = plus ? millis.longValueExact() : -millis.longValueExact();
    return new VectorExpression(ColumnType.TIMESTAMP) {
      @Override boolean isNull(int row) {
        return timestamp.isNull(row);
      }

      @Override long longAt(int row) {
        return timestamp.longAt(row) + shift;
      }
    };
  }

  /** Numbers compare with numbers, anything else only with its own type; text not at all (collations). */
  private static boolean comparable(ColumnType left, ColumnType right) {
    return isNumber(left) && isNumber(right) || left == right && left != ColumnType.VARCHAR;
  }

  /** The driver's storage type for an SQL type, or null for a type no cached column has. */
  static ColumnType typeOf(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> ColumnType.BOOLEAN;
      case INTEGER -> ColumnType.INTEGER;
      case BIGINT -> ColumnType.BIGINT;
      case DOUBLE -> ColumnType.DOUBLE;
      case DATE -> ColumnType.DATE;
      case TIMESTAMP -> type.getPrecision() == 3 ? ColumnType.TIMESTAMP : null;
      case VARCHAR -> ColumnType.VARCHAR;
      default -> null;
    };
  }

  static boolean isNumber(ColumnType type) {
    return type == ColumnType.INTEGER || type == ColumnType.BIGINT || type == ColumnType.DOUBLE;
  }

  /**
   * An expression read at row {@code rows[side]} whatever row it is asked for: a column of a joined file at the
   * current pair of rows, NULL when that row is -1 (the padding of an outer join's row without a match).
   */
  static VectorExpression atRow(VectorExpression column, int[] rows, int side) {
    return new VectorExpression(column.type) {
      @Override boolean isNull(int row) {
        return rows[side] < 0 || column.isNull(rows[side]);
      }

      @Override long longAt(int row) {
        return column.longAt(rows[side]);
      }

      @Override double doubleAt(int row) {
        return column.doubleAt(rows[side]);
      }

      @Override long keyAt(int row) {
        return column.keyAt(rows[side]);
      }

      @Override Object keyValue(long key) {
        return column.keyValue(key);
      }

      @Override boolean hasValues() {
        return column.hasValues();
      }
    };
  }

  /** A column of a cached file; text not held as a dictionary is read only for whether it is NULL. */
  static VectorExpression column(ColumnVector vector, ColumnType type) {
    if (type == ColumnType.VARCHAR && !vector.hasDictionary()) {
      return nullsOf(vector, type);
    }
    if (type == ColumnType.VARCHAR) {
      return dictionary(vector);
    }
    if (type == ColumnType.DOUBLE) {
      return new VectorExpression(type) {
        @Override boolean isNull(int row) {
          return vector.isNull(row);
        }

        @Override double doubleAt(int row) {
          return vector.doubleAt(row);
        }
      };
    }
    return new VectorExpression(type) {
      @Override boolean isNull(int row) {
        return vector.isNull(row);
      }

      @Override long longAt(int row) {
        return vector.longAt(row);
      }
    };
  }

  /** A column read only for whether it is NULL: COUNT's argument, or what IS NULL tests. */
  static VectorExpression nullsOf(ColumnVector vector, ColumnType type) {
    return new VectorExpression(type) {
      @Override boolean isNull(int row) {
        return vector.isNull(row);
      }

      @Override boolean hasValues() {
        return false;
      }
    };
  }

  /** A text column held as a dictionary: grouped and counted by its codes, never read as text per row. */
  private static VectorExpression dictionary(ColumnVector vector) {
    return new VectorExpression(ColumnType.VARCHAR) {
      @Override boolean isNull(int row) {
        return vector.isNull(row);
      }

      @Override long keyAt(int row) {
        return vector.codeAt(row);
      }

      @Override Object keyValue(long key) {
        return vector.decode((int) key);
      }
    };
  }

  private static VectorExpression literal(RexLiteral literal, ColumnType type) {
    BigDecimal number = literal.isNull() ? null : literal.getValueAs(BigDecimal.class);
    if (number == null) {
      return null;
    }
    if (type == ColumnType.DOUBLE) {
      double value = number.doubleValue();
      return new VectorExpression(type) {
        @Override boolean isNull(int row) {
          return false;
        }

        @Override double doubleAt(int row) {
          return value;
        }
      };
    }
    if (type != ColumnType.INTEGER && type != ColumnType.BIGINT) {
      return null;
    }
    long value = number.longValueExact();
    return new VectorExpression(type) {
      @Override boolean isNull(int row) {
        return false;
      }

      @Override long longAt(int row) {
        return value;
      }
    };
  }

  /**
   * Calcite's FLOOR: to a day or longer, the date of a timestamp's day floored by {@link DateTimeUtils}; to an hour,
   * minute or second, the milliseconds floored to a multiple of the unit. A day's floor is the same for all its
   * rows, so the floors of recent days are kept, a slot per day modulo {@value #DAY_SLOTS} (a year of days fits).
   */
  private static VectorExpression floor(VectorExpression operand, TimeUnitRange range) {
    boolean timestamp = operand.type == ColumnType.TIMESTAMP;
    switch (range) {
      case YEAR: case QUARTER: case MONTH: case WEEK: case DAY:
        return new VectorExpression(operand.type) {
          private final long[] days = new long[DAY_SLOTS];
          private final long[] floors = new long[DAY_SLOTS];
          private final boolean[] known = new boolean[DAY_SLOTS];

          @Override boolean isNull(int row) {
            return operand.isNull(row);
          }

          @Override long longAt(int row) {
            long value = operand.longAt(row);
            // a timestamp's day is the milliseconds of its start, as Calcite floors it first
            long day = timestamp ? SqlFunctions.floor(value, MILLIS_PER_DAY) : value;
            int slot = (int) (timestamp ? day / MILLIS_PER_DAY : day) & (DAY_SLOTS - 1);
            if (!known[slot] || days[slot] != day) {
              known[slot] = true;
              days[slot] = day;
              floors[slot] = timestamp ? DateTimeUtils.unixTimestampFloor(range, day)
                  : (int) DateTimeUtils.unixDateFloor(range, day);
            }
            return floors[slot];
          }
        };
      case HOUR: case MINUTE: case SECOND:
        if (!timestamp) {
          return null;
        }
        long unit = range.startUnit.multiplier.longValueExact();
        return new VectorExpression(operand.type) {
          @Override boolean isNull(int row) {
            return operand.isNull(row);
          }

          @Override long longAt(int row) {
            return SqlFunctions.floor(operand.longAt(row), unit);
          }
        };
      default:
        return null;
    }
  }

  /** A number converted to another number type, as Java converts it. */
  private static final class Converted extends VectorExpression {
    private final VectorExpression operand;

    Converted(ColumnType type, VectorExpression operand) {
      super(type);
      this.operand = operand;
    }

    @Override boolean isNull(int row) {
      return operand.isNull(row);
    }

    @Override long longAt(int row) {
      return operand.longAt(row);
    }

    @Override double doubleAt(int row) {
      return operand.doubleAt(row);
    }
  }

  private abstract static class Binary extends VectorExpression {
    final SqlKind operator;
    final VectorExpression left;
    final VectorExpression right;

    Binary(SqlKind operator, ColumnType type, VectorExpression left, VectorExpression right) {
      super(type);
      this.operator = operator;
      this.left = left;
      this.right = right;
    }

    @Override final boolean isNull(int row) {
      return left.isNull(row) || right.isNull(row);
    }
  }

  /**
   * A comparison: doubles as Java compares them (-0.0 equals 0.0; NaN, which a division by zero can give, is
   * neither below, above nor equal to anything), everything else as whole numbers.
   */
  private static final class Comparison extends Binary {
    private static final int UNORDERED = 2;

    private final boolean doubles;

    Comparison(SqlKind operator, VectorExpression left, VectorExpression right) {
      super(operator, ColumnType.BOOLEAN, left, right);
      this.doubles = left.type == ColumnType.DOUBLE || right.type == ColumnType.DOUBLE;
    }

    @Override long longAt(int row) {
      int order;
      if (doubles) {
        double a = left.doubleAt(row);
        double b = right.doubleAt(row);
        order = a < b ? -1 : a > b ? 1 : a == b ? 0 : UNORDERED;
      } else {
        order = Long.compare(left.longAt(row), right.longAt(row));
      }
      boolean holds = switch (operator) {
        case EQUALS -> order == 0;
        case NOT_EQUALS -> order != 0;
        case LESS_THAN -> order == -1;
        case LESS_THAN_OR_EQUAL -> order == -1 || order == 0;
        case GREATER_THAN -> order == 1;
        default -> order == 1 || order == 0;
      };
      return holds ? 1 : 0;
    }
  }

  /** AND and OR in SQL's three-valued logic: FALSE decides an AND and TRUE an OR, even beside a NULL. */
  private static final class Logic extends VectorExpression {
    private final boolean and;
    private final VectorExpression[] terms;

    Logic(boolean and, VectorExpression[] terms) {
      super(ColumnType.BOOLEAN);
      this.and = and;
      this.terms = terms;
    }

    @Override int truth(int row) {
      boolean unknown = false;
      for (VectorExpression term : terms) {
        int truth = term.truth(row);
        if (truth < 0) {
          unknown = true;
        } else if ((truth == 1) != and) {
          return and ? 0 : 1;
        }
      }
      return unknown ? -1 : and ? 1 : 0;
    }

    @Override boolean isNull(int row) {
      return truth(row) < 0;
    }

    @Override long longAt(int row) {
      return truth(row);
    }
  }

  private static final class DoubleArithmetic extends Binary {
    DoubleArithmetic(SqlKind operator, VectorExpression left, VectorExpression right) {
      super(operator, ColumnType.DOUBLE, left, right);
    }

    @Override double doubleAt(int row) {
      double a = left.doubleAt(row);
      double b = right.doubleAt(row);
      return switch (operator) {
        case PLUS -> a + b;
        case MINUS -> a - b;
        case TIMES -> a * b;
        default -> a / b;
      };
    }
  }

  private static final class WholeArithmetic extends Binary {
    WholeArithmetic(SqlKind operator, ColumnType type, VectorExpression left, VectorExpression right) {
      super(operator, type, left, right);
    }

    @Override long longAt(int row) {
      long a = left.longAt(row);
      long b = right.longAt(row);
      long result = switch (operator) {
        case PLUS -> Math.addExact(a, b);
        case MINUS -> Math.subtractExact(a, b);
        default -> Math.multiplyExact(a, b);
      };
      if (type == ColumnType.INTEGER && result != (int) result) {
        String symbol = operator == SqlKind.PLUS ? "+" : operator == SqlKind.MINUS ? "-" : "*";
        throw new ArithmeticException(a + " " + symbol + " " + b + " is out of the range of INTEGER");
      }
      return result;
    }
  }
}
