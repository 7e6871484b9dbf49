package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import java.util.List;
import org.apache.calcite.avatica.util.DateTimeUtils;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.runtime.SqlFunctions;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * CAST (and Calcite's REINTERPRET of a date or timestamp as its number) between the types this driver stores: to
 * the same type, a whole number to a wider one or to DOUBLE, a DATE to a TIMESTAMP and back, text to text of a
 * length (truncated or padded as Calcite does) and whole numbers to text. Others (DOUBLE to a whole number, text to
 * numbers or dates, to DECIMAL) are left to Calcite.
 */
final class Casts {
  private Casts() {
  }

  static VectorExpression of(RexCall call, ColumnType type, List<VectorExpression> inputs) {
    VectorExpression operand = VectorExpression.of(call.getOperands().get(0), inputs);
    if (operand == null) {
      return null;
    }
    RelDataType from = call.getOperands().get(0).getType();
    RelDataType to = call.getType();
    if (SqlTypeUtil.equalSansNullability(to, from)) {
      return operand;
    }
    return switch (type) {
      case DOUBLE -> VectorExpression.isNumber(operand.type) ? new VectorExpression.Converted(type, operand) : null;
      case BIGINT -> operand.type == ColumnType.INTEGER || operand.type == ColumnType.BIGINT
          // REINTERPRET: a date's days, a timestamp's milliseconds
          || operand.type == ColumnType.DATE || operand.type == ColumnType.TIMESTAMP
          ? new VectorExpression.Converted(type, operand) : null;
      case TIMESTAMP -> operand.type == ColumnType.DATE ? days(operand, true)
          : operand.type == ColumnType.TIMESTAMP && to.getPrecision() >= from.getPrecision() ? operand : null;
      case DATE -> operand.type == ColumnType.TIMESTAMP ? days(operand, false) : null;
      case VARCHAR -> text(operand, to);
      default -> operand.type == type ? operand : null;
    };
  }

  /** A DATE as the TIMESTAMP of its midnight, or a TIMESTAMP's DATE. */
  private static VectorExpression days(VectorExpression operand, boolean toTimestamp) {
    return new VectorExpression(toTimestamp ? ColumnType.TIMESTAMP : ColumnType.DATE) {
      @Override boolean isNull(int row) {
        return operand.isNull(row);
      }

      @Override long longAt(int row) {
        long value = operand.longAt(row);
        return toTimestamp ? value * DateTimeUtils.MILLIS_PER_DAY
            : Math.floorDiv(value, DateTimeUtils.MILLIS_PER_DAY);
      }
    };
  }

  /** Text or a whole number as text of the target's length: CHAR(n) truncated or padded, VARCHAR(n) truncated. */
  private static VectorExpression text(VectorExpression operand, RelDataType to) {
    boolean whole = operand.type == ColumnType.INTEGER || operand.type == ColumnType.BIGINT;
    if (operand.type != ColumnType.VARCHAR && !whole) {
      return null;
    }
    int length = to.getPrecision();
    boolean padded = to.getSqlTypeName() == SqlTypeName.CHAR;
    boolean bounded = length != RelDataType.PRECISION_NOT_SPECIFIED && length < Integer.MAX_VALUE / 2;
    return new VectorExpression(ColumnType.VARCHAR) {
      @Override boolean isNull(int row) {
        return operand.isNull(row);
      }

      @Override String textAt(int row) {
        String text = whole ? Long.toString(operand.longAt(row)) : operand.textAt(row);
        return !bounded ? text : padded ? SqlFunctions.truncateOrPad(text, length) : SqlFunctions.truncate(text,
            length);
      }
    };
  }
}
