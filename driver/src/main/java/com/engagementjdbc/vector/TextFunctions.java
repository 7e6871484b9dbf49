package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import java.util.List;
import java.util.function.Predicate;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.SqlFunctions;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;

/**
 * The text functions analysts use, by Calcite's own run-time methods: LIKE and NOT LIKE (case-sensitive, as
 * Calcite's), LOWER, UPPER, TRIM, SUBSTRING, {@code ||} and CHAR_LENGTH. Over a dictionary column each is computed
 * once per distinct value ({@link PerCode}).
 */
final class TextFunctions {
  private TextFunctions() {
  }

  /** The function's expression, or null when it is not one of these or its arguments are not computed here. */
  static VectorExpression of(RexCall call, List<VectorExpression> inputs) {
    SqlOperator operator = call.getOperator();
    List<RexNode> operands = call.getOperands();
    VectorExpression[] arguments = new VectorExpression[operands.size()];
    for (int i = 0; i < arguments.length; i++) {
      if (!(operands.get(i) instanceof RexLiteral) || operator == SqlStdOperatorTable.CONCAT) {
        arguments[i] = VectorExpression.of(operands.get(i), inputs);
        if (arguments[i] == null) {
          return null;
        }
      }
    }
    if (operator instanceof SqlLikeOperator like) {
      return like.isCaseSensitive() ? like(operands, arguments, like.isNegated()) : null;
    }
    if (operator == SqlStdOperatorTable.TRIM) {
      return trim(operands, arguments[2]);
    }
    if (operator == SqlStdOperatorTable.LOWER || operator == SqlStdOperatorTable.UPPER) {
      boolean lower = operator == SqlStdOperatorTable.LOWER;
      return isText(arguments[0]) ? text(arguments, row -> lower ? SqlFunctions.lower(arguments[0].textAt(row))
          : SqlFunctions.upper(arguments[0].textAt(row))) : null;
    }
    if (operator == SqlStdOperatorTable.CONCAT) {
      return isText(arguments[0]) && isText(arguments[1])
          ? text(arguments, row -> SqlFunctions.concat(arguments[0].textAt(row), arguments[1].textAt(row))) : null;
    }
    if (operator == SqlStdOperatorTable.SUBSTRING) {
      return substring(operands, arguments);
    }
    if (operator == SqlStdOperatorTable.CHAR_LENGTH || operator == SqlStdOperatorTable.CHARACTER_LENGTH) {
      return isText(arguments[0]) ? new VectorExpression(ColumnType.INTEGER) {
        @Override boolean isNull(int row) {
          return arguments[0].isNull(row);
        }

        @Override long longAt(int row) {
          return SqlFunctions.charLength(arguments[0].textAt(row));
        }
      } : null;
    }
    return null;
  }

  private static boolean isText(VectorExpression argument) {
    return argument != null && argument.type == ColumnType.VARCHAR;
  }

  /** A text result, NULL when any argument is. */
  private static VectorExpression text(VectorExpression[] arguments, RowText value) {
    return new VectorExpression(ColumnType.VARCHAR) {
      @Override boolean isNull(int row) {
        for (VectorExpression argument : arguments) {
          if (argument != null && argument.isNull(row)) {
            return true;
          }
        }
        return false;
      }

      @Override String textAt(int row) {
        return value.at(row);
      }
    };
  }

  private interface RowText {
    String at(int row);
  }

  /**
   * {@code value LIKE 'pattern'} with a literal pattern: a pattern whose only wildcards are {@code %} at its ends is
   * a plain search ({@code %} matches line breaks too in Calcite's LIKE), any other goes through Calcite's
   * {@code LikeFunction}.
   */
  private static VectorExpression like(List<RexNode> operands, VectorExpression[] arguments, boolean negated) {
    VectorExpression value = arguments[0];
    String pattern = operands.get(1) instanceof RexLiteral literal ? literal.getValueAs(String.class) : null;
    String escape = operands.size() > 2 && operands.get(2) instanceof RexLiteral literal
        ? literal.getValueAs(String.class) : null;
    if (!isText(value) || pattern == null || operands.size() > 2 && escape == null) {
      return null;
    }
    Predicate<String> matches = escape == null ? plainSearch(pattern) : null;
    if (matches == null) {
      SqlFunctions.LikeFunction function = new SqlFunctions.LikeFunction();
      matches = escape == null ? text -> function.like(text, pattern) : text -> function.like(text, pattern, escape);
    }
    Predicate<String> test = matches;
    return new VectorExpression(ColumnType.BOOLEAN) {
      @Override boolean isNull(int row) {
        return value.isNull(row);
      }

      @Override long longAt(int row) {
        return test.test(value.textAt(row)) != negated ? 1 : 0;
      }
    };
  }

  /** {@code lit}, {@code lit%}, {@code %lit} or {@code %lit%} without other wildcards as a search; else null. */
  private static Predicate<String> plainSearch(String pattern) {
    boolean anyStart = pattern.startsWith("%");
    boolean anyEnd = pattern.length() > (anyStart ? 1 : 0) && pattern.endsWith("%");
    String literal = pattern.substring(anyStart ? 1 : 0, pattern.length() - (anyEnd ? 1 : 0));
    if (literal.indexOf('%') >= 0 || literal.indexOf('_') >= 0) {
      return null;
    }
    return anyStart && anyEnd ? text -> text.contains(literal) : anyStart ? text -> text.endsWith(literal)
        : anyEnd ? text -> text.startsWith(literal) : literal::equals;
  }

  /** {@code TRIM([BOTH|LEADING|TRAILING] [chars] FROM value)}, with literal flag and characters. */
  private static VectorExpression trim(List<RexNode> operands, VectorExpression value) {
    SqlTrimFunction.Flag flag = operands.get(0) instanceof RexLiteral literal
        ? literal.getValueAs(SqlTrimFunction.Flag.class) : null;
    String seek = operands.get(1) instanceof RexLiteral literal ? literal.getValueAs(String.class) : null;
    if (flag == null || seek == null || !isText(value)) {
      return null;
    }
    boolean left = flag.getLeft() == 1;
    boolean right = flag.getRight() == 1;
    return text(new VectorExpression[] {value}, row -> SqlFunctions.trim(left, right, seek, value.textAt(row)));
  }

  /** {@code SUBSTRING(value FROM start [FOR length])}, with whole-number start and length. */
  private static VectorExpression substring(List<RexNode> operands, VectorExpression[] arguments) {
    VectorExpression[] computed = new VectorExpression[operands.size()];
    for (int i = 0; i < computed.length; i++) {
      computed[i] = arguments[i] != null ? arguments[i] : VectorExpression.of(operands.get(i), List.of());
      boolean fits = i == 0 ? isText(computed[i]) : computed[i] != null && computed[i].type == ColumnType.INTEGER;
      if (!fits) {
        return null;
      }
    }
    VectorExpression value = computed[0];
    VectorExpression start = computed[1];
    VectorExpression length = computed.length > 2 ? computed[2] : null;
    return text(computed, row -> length == null ? SqlFunctions.substring(value.textAt(row), (int) start.longAt(row))
        : SqlFunctions.substring(value.textAt(row), (int) start.longAt(row), (int) length.longAt(row)));
  }
}
