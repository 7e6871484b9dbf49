package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.avatica.util.DateTimeUtils;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.runtime.SqlFunctions;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * A scalar expression of a query computed on a cached file's column vectors, a row at a time and without boxing
 * numbers: column references and literals of every type this driver stores, arithmetic and comparisons, AND, OR,
 * NOT, IN lists, IS [NOT] NULL, CASE, COALESCE and NULLIF (which Calcite turns into CASE), casts ({@link Casts}),
 * text functions and LIKE ({@link TextFunctions}), FLOOR, CEIL, DATE_TRUNC and EXTRACT ({@link TimeGrains}). Each
 * gives what Calcite's generated code gives for the same expression, computed by the same run-time methods where
 * there are any, with one difference: a whole-number result outside its type's range is an error (SQLSTATE 22003)
 * where Calcite's code wraps around to a wrong number. {@link #of} says null for anything else, and the query then
 * runs on Calcite's row operators.
 */
abstract class VectorExpression {
  /** Only expands SEARCH calls, which needs no type system of the connection's. */
  private static final RexBuilder REX_BUILDER = new RexBuilder(new JavaTypeFactoryImpl());

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

  /** The value of a non-NULL row of a VARCHAR expression. */
  String textAt(int row) {
    throw new AssertionError(type);
  }

  /** A non-NULL row's value as a long that is equal for two rows exactly when Calcite groups them together. */
  long keyAt(int row) {
    return switch (type) {
      case DOUBLE -> Double.doubleToLongBits(doubleAt(row));
      case VARCHAR -> textKeys().keyOf(textAt(row));
      default -> longAt(row);
    };
  }

  /** The value a {@link #keyAt} key stands for, in Calcite's run-time representation. */
  Object keyValue(long key) {
    return switch (type) {
      case BOOLEAN -> key != 0;
      case INTEGER, DATE -> (int) key;
      case BIGINT, TIMESTAMP -> key;
      case DOUBLE -> Double.longBitsToDouble(key);
      case VARCHAR -> textKeys().text(key);
      case DECIMAL -> throw new AssertionError("a table with a DECIMAL column is not read on vectors");
    };
  }

  /** False for a column read only for whether it is NULL ({@link #nullsOf}). */
  boolean hasValues() {
    return true;
  }

  /**
   * True when {@link #keyAt} gives the same key for the same value in every instance compiled from the same query
   * (numbers, dictionary codes), so groups found by two threads can be merged by key; false for text numbered as
   * this instance meets it.
   */
  boolean hasSharedKeys() {
    return type != ColumnType.VARCHAR;
  }

  /** The dictionary code of a non-NULL row of a text column held as a dictionary; see {@link #dictionary}. */
  int codeAt(int row) {
    throw new AssertionError("not a dictionary column");
  }

  /** The column whose dictionary codes {@link #codeAt} gives, or null when this is not such a column. */
  ColumnVector dictionary() {
    return null;
  }

  private TextKeys textKeys;

  private TextKeys textKeys() {
    if (textKeys == null) {
      textKeys = new TextKeys();
    }
    return textKeys;
  }

  /**
   * The expression over the given inputs ({@link #column}s, or columns of joined rows), or null when it is not one
   * this class computes. An expression that reads only one text column held as a dictionary is computed once per
   * distinct value of it ({@link PerCode}).
   */
  static VectorExpression of(RexNode node, List<VectorExpression> inputs) {
    VectorExpression compiled = compile(node, inputs);
    if (compiled == null || !(node instanceof RexCall)) {
      return compiled;
    }
    ImmutableBitSet read = RelOptUtil.InputFinder.bits(node);
    VectorExpression only = read.cardinality() == 1 ? inputs.get(read.nth(0)) : null;
    return only != null && only.dictionary() != null ? new PerCode(compiled, only) : compiled;
  }

  /**
   * The kinds of expression computed here; everything else (DECIMAL arithmetic, TIME and interval values, casts
   * between text and other types, functions not named below) leaves the query to Calcite's row operators.
   */
  private static VectorExpression compile(RexNode node, List<VectorExpression> inputs) {
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
      case PLUS: case MINUS: case TIMES: case DIVIDE: case MOD: {
        if (type == ColumnType.TIMESTAMP) {
          return shifted(call, inputs);
        }
        VectorExpression left = of(operands.get(0), inputs);
        VectorExpression right = operands.size() == 2 ? of(operands.get(1), inputs) : null;
        if (left == null || right == null || !isNumber(left.type) || !isNumber(right.type)) {
          return null;
        }
        if (type == ColumnType.DOUBLE) {
          return call.getKind() == SqlKind.MOD ? null : new DoubleArithmetic(call.getKind(), left, right);
        }
        boolean whole = (type == ColumnType.INTEGER || type == ColumnType.BIGINT)
            && left.type != ColumnType.DOUBLE && right.type != ColumnType.DOUBLE;
        return whole ? new WholeArithmetic(call.getKind(), type, left, right) : null;
      }
      case MINUS_PREFIX: case PLUS_PREFIX: {
        VectorExpression operand = of(operands.get(0), inputs);
        if (operand == null || operand.type != type || !isNumber(type)) {
          return null;
        }
        if (call.getKind() == SqlKind.PLUS_PREFIX) {
          return operand;
        }
        VectorExpression zero = constant(type, 0, 0.0, null);
        return type == ColumnType.DOUBLE ? new VectorExpression(type) {
          @Override boolean isNull(int row) {
            return operand.isNull(row);
          }

          @Override double doubleAt(int row) {
            return -operand.doubleAt(row);
          }
        } : new WholeArithmetic(SqlKind.MINUS, type, zero, operand);
      }
      case EQUALS: case NOT_EQUALS: case LESS_THAN: case LESS_THAN_OR_EQUAL: case GREATER_THAN:
      case GREATER_THAN_OR_EQUAL: {
        VectorExpression left = of(operands.get(0), inputs);
        VectorExpression right = of(operands.get(1), inputs);
        if (left == null || right == null) {
          return null;
        }
        if (left.type == ColumnType.VARCHAR && right.type == ColumnType.VARCHAR) {
          return new TextComparison(call.getKind(), left, right);
        }
        return !comparable(left.type, right.type) ? null : new Comparison(call.getKind(), left, right);
      }
      case AND: case OR: {
        VectorExpression[] terms = conditions(operands, inputs);
        return terms == null ? null : new Logic(call.getKind() == SqlKind.AND, terms);
      }
      case NOT: {
        VectorExpression[] terms = conditions(operands, inputs);
        return terms == null ? null : new Not(terms[0]);
      }
      case SEARCH:
        // IN lists and ranges arrive as a SEARCH of a set of values: its comparisons, ORed
        return of(RexUtil.expandSearch(REX_BUILDER, null, call), inputs);
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
      case IS_TRUE: case IS_NOT_TRUE: case IS_FALSE: case IS_NOT_FALSE: {
        VectorExpression[] terms = conditions(operands, inputs);
        if (terms == null) {
          return null;
        }
        int wanted = call.getKind() == SqlKind.IS_TRUE || call.getKind() == SqlKind.IS_NOT_TRUE ? 1 : 0;
        boolean negated = call.getKind() == SqlKind.IS_NOT_TRUE || call.getKind() == SqlKind.IS_NOT_FALSE;
        return new VectorExpression(ColumnType.BOOLEAN) {
          @Override boolean isNull(int row) {
            return false;
          }

          @Override long longAt(int row) {
            return (terms[0].truth(row) == wanted) != negated ? 1 : 0;
          }
        };
      }
      case CASE:
        return Choice.ofCase(call, type, inputs);
      case COALESCE:
        return Choice.ofCoalesce(call, type, inputs);
      case CAST: case REINTERPRET:
        return Casts.of(call, type, inputs);
      case FLOOR: case CEIL:
        return TimeGrains.floorOrCeil(call, inputs);
      case EXTRACT:
        return TimeGrains.extract(call, inputs);
      case LIKE: case TRIM:
        return TextFunctions.of(call, inputs);
      default:
        return call.getOperator() instanceof SqlUserDefinedFunction function
            ? function.getName().equalsIgnoreCase("DATE_TRUNC") ? TimeGrains.dateTrunc(call, inputs) : null
            : TextFunctions.of(call, inputs);
    }
  }

  /** An expression read only for whether it is NULL (COUNT's argument): any column, else as {@link #of}. */
  static VectorExpression presence(RexNode node, List<VectorExpression> inputs) {
    return node instanceof RexInputRef ref ? inputs.get(ref.getIndex()) : of(node, inputs);
  }

  /** The operands, each a BOOLEAN expression; null when one is not. */
  private static VectorExpression[] conditions(List<RexNode> operands, List<VectorExpression> inputs) {
    VectorExpression[] terms = new VectorExpression[operands.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = of(operands.get(i), inputs);
      if (terms[i] == null || terms[i].type != ColumnType.BOOLEAN) {
        return null;
      }
    }
    return terms;
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

  /** Numbers compare with numbers, anything else only with its own type (text by {@link TextComparison}). */
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
      // milliseconds whatever the precision: a cast that would drop some is not computed here (Casts)
      case TIMESTAMP -> type.getPrecision() <= 3 ? ColumnType.TIMESTAMP : null;
      // a CHAR value arrives padded to its length (Calcite pads literals and casts), so it is text as it is
      case VARCHAR, CHAR -> ColumnType.VARCHAR;
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

      @Override String textAt(int row) {
        return column.textAt(rows[side]);
      }

      @Override long keyAt(int row) {
        return column.keyAt(rows[side]);
      }

      @Override Object keyValue(long key) {
        return column.keyValue(key);
      }

      @Override boolean hasSharedKeys() {
        return column.hasSharedKeys();
      }

      @Override int codeAt(int row) {
        return column.codeAt(rows[side]);
      }

      @Override ColumnVector dictionary() {
        return column.dictionary();
      }

      @Override boolean hasValues() {
        return column.hasValues();
      }
    };
  }

  /** A column of a cached file. */
  static VectorExpression column(ColumnVector vector, ColumnType type) {
    if (type == ColumnType.VARCHAR && !vector.hasDictionary()) {
      return new VectorExpression(type) {
        @Override boolean isNull(int row) {
          return vector.isNull(row);
        }

        @Override String textAt(int row) {
          return (String) vector.get(row);
        }
      };
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

  /**
   * A text column held as a dictionary: grouped and counted by its codes; expressions over it alone are computed once
   * per code ({@link PerCode}).
   */
  private static VectorExpression dictionary(ColumnVector vector) {
    return new VectorExpression(ColumnType.VARCHAR) {
      @Override boolean isNull(int row) {
        return vector.isNull(row);
      }

      @Override String textAt(int row) {
        return vector.decode(vector.codeAt(row));
      }

      @Override long keyAt(int row) {
        return vector.codeAt(row);
      }

      @Override Object keyValue(long key) {
        return vector.decode((int) key);
      }

      @Override boolean hasSharedKeys() {
        return true;
      }

      @Override int codeAt(int row) {
        return vector.codeAt(row);
      }

      @Override ColumnVector dictionary() {
        return vector;
      }
    };
  }

  /** A literal of any type this class has, NULL included. */
  private static VectorExpression literal(RexLiteral literal, ColumnType type) {
    if (literal.isNull()) {
      return new VectorExpression(type) {
        @Override boolean isNull(int row) {
          return true;
        }
      };
    }
    return switch (type) {
      case DOUBLE -> {
        BigDecimal number = literal.getValueAs(BigDecimal.class);
        yield number == null ? null : constant(type, 0, number.doubleValue(), null);
      }
      case INTEGER, BIGINT -> {
        BigDecimal number = literal.getValueAs(BigDecimal.class);
        yield number == null ? null : constant(type, number.longValueExact(), 0, null);
      }
      case BOOLEAN -> constant(type, Boolean.TRUE.equals(literal.getValueAs(Boolean.class)) ? 1 : 0, 0, null);
      case DATE -> constant(type, literal.getValueAs(Integer.class), 0, null);
      case TIMESTAMP -> constant(type, literal.getValueAs(Long.class), 0, null);
      case VARCHAR -> constant(type, 0, 0, literal.getValueAs(String.class));
      case DECIMAL -> null;
    };
  }

  /** The same non-NULL value in every row. */
  static VectorExpression constant(ColumnType type, long whole, double number, String text) {
    return new VectorExpression(type) {
      @Override boolean isNull(int row) {
        return false;
      }

      @Override long longAt(int row) {
        return whole;
      }

      @Override double doubleAt(int row) {
        return type == ColumnType.DOUBLE ? number : whole;
      }

      @Override String textAt(int row) {
        return text;
      }
    };
  }

  /** A number converted to another number type, as Java converts it. */
  static final class Converted extends VectorExpression {
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

  /** NOT: TRUE and FALSE swapped, NULL kept. */
  private static final class Not extends VectorExpression {
    private final VectorExpression operand;

    Not(VectorExpression operand) {
      super(ColumnType.BOOLEAN);
      this.operand = operand;
    }

    @Override int truth(int row) {
      int truth = operand.truth(row);
      return truth < 0 ? -1 : 1 - truth;
    }

    @Override boolean isNull(int row) {
      return operand.isNull(row);
    }

    @Override long longAt(int row) {
      return truth(row);
    }
  }

  /** Text compared as Calcite's generated code compares it: {@link String#equals} and {@link String#compareTo}. */
  private static final class TextComparison extends Binary {
    TextComparison(SqlKind operator, VectorExpression left, VectorExpression right) {
      super(operator, ColumnType.BOOLEAN, left, right);
    }

    @Override long longAt(int row) {
      String a = left.textAt(row);
      String b = right.textAt(row);
      boolean holds = switch (operator) {
        case EQUALS -> a.equals(b);
        case NOT_EQUALS -> !a.equals(b);
        case LESS_THAN -> a.compareTo(b) < 0;
        case LESS_THAN_OR_EQUAL -> a.compareTo(b) <= 0;
        case GREATER_THAN -> a.compareTo(b) > 0;
        default -> a.compareTo(b) >= 0;
      };
      return holds ? 1 : 0;
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

    private static long quotient(long a, long b) {
      if (a == Long.MIN_VALUE && b == -1) {
        throw new ArithmeticException(a + " / " + b + " is out of the range of BIGINT");
      }
      return a / divisor(b);
    }

    private static long divisor(long b) {
      if (b == 0) {
        throw new ArithmeticException("division by zero");
      }
      return b;
    }

    @Override long longAt(int row) {
      long a = left.longAt(row);
      long b = right.longAt(row);
      long result = switch (operator) {
        case PLUS -> Math.addExact(a, b);
        case MINUS -> Math.subtractExact(a, b);
        case TIMES -> Math.multiplyExact(a, b);
        // Java's division and remainder, as Calcite's generated code and SqlFunctions.mod compute them
        case DIVIDE -> quotient(a, b);
        default -> a % divisor(b);
      };
      if (type == ColumnType.INTEGER && result != (int) result) {
        String symbol = switch (operator) {
          case PLUS -> "+";
          case MINUS -> "-";
          case TIMES -> "*";
          case DIVIDE -> "/";
          default -> "%";
        };
        throw new ArithmeticException(a + " " + symbol + " " + b + " is out of the range of INTEGER");
      }
      return result;
    }
  }
}
