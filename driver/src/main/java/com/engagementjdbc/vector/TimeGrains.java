package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.function.LongUnaryOperator;
import org.apache.calcite.avatica.util.DateTimeUtils;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.SqlFunctions;
import org.apache.calcite.sql.SqlKind;

/**
 * Dates and timestamps to a grain: FLOOR ({@code TO} a unit), CEIL to an hour, minute or second, FLOOR and CEIL
 * of a DOUBLE, this
 * driver's DATE_TRUNC (PostgreSQL's: weeks start on Monday) and EXTRACT, each computed as Calcite's run-time
 * methods compute it. A grain of a day or longer depends only on the day, so the results of recent days are kept.
 */
final class TimeGrains {
  private static final long DAY = DateTimeUtils.MILLIS_PER_DAY;
  /** Days kept, a slot per day modulo the count: a year of days fits. */
  private static final int DAY_SLOTS = 1024;

  private TimeGrains() {
  }

  static VectorExpression floorOrCeil(RexCall call, List<VectorExpression> inputs) {
    List<RexNode> operands = call.getOperands();
    boolean floor = call.getKind() == SqlKind.FLOOR;
    VectorExpression operand = VectorExpression.of(operands.get(0), inputs);
    if (operand == null) {
      return null;
    }
    if (operands.size() == 1) {
      return operand.type == ColumnType.DOUBLE ? rounded(operand, floor)
          : operand.type == ColumnType.INTEGER || operand.type == ColumnType.BIGINT ? operand : null;
    }
    TimeUnitRange range = operands.get(1) instanceof RexLiteral unit ? unit.getValueAs(TimeUnitRange.class) : null;
    if (range == null || operand.type != ColumnType.DATE && operand.type != ColumnType.TIMESTAMP) {
      return null;
    }
    boolean timestamp = operand.type == ColumnType.TIMESTAMP;
    switch (range) {
      case YEAR: case QUARTER: case MONTH: case WEEK: case DAY:
        if (!floor) {
          // Calcite's CEIL to a day or longer is not a plain DateTimeUtils call; left to it
          return null;
        }
        // as Calcite floors a timestamp: its day's start first
        return timestamp ? byDay(operand, day -> DateTimeUtils.unixTimestampFloor(range, day * DAY))
            : byDay(operand, day -> DateTimeUtils.unixDateFloor(range, day));
      case HOUR: case MINUTE: case SECOND:
        if (!timestamp) {
          return null;
        }
        long unit = range.startUnit.multiplier.longValueExact();
        return map(operand, value -> floor ? SqlFunctions.floor(value, unit) : SqlFunctions.ceil(value, unit));
      default:
        return null;
    }
  }

  /**
   * {@code DATE_TRUNC('unit', ts)} as {@code SqlCompatibility.dateTrunc} computes it on the timestamp's wall clock:
   * a second, minute or hour floored, else the start of its day, Monday of its week, or first day of its month,
   * quarter or year.
   */
  static VectorExpression dateTrunc(RexCall call, List<VectorExpression> inputs) {
    List<RexNode> operands = call.getOperands();
    if (operands.size() != 2 || !(operands.get(0) instanceof RexLiteral unitLiteral)
        || VectorExpression.typeOf(call.getType()) != ColumnType.TIMESTAMP) {
      return null;
    }
    String unit = unitLiteral.getValueAs(String.class);
    VectorExpression operand = VectorExpression.of(operands.get(1), inputs);
    if (unit == null || operand == null || operand.type != ColumnType.TIMESTAMP) {
      return null;
    }
    return switch (unit.trim().toLowerCase(Locale.ROOT)) {
      case "second" -> map(operand, value -> SqlFunctions.floor(value, 1000L));
      case "minute" -> map(operand, value -> SqlFunctions.floor(value, 60_000L));
      case "hour" -> map(operand, value -> SqlFunctions.floor(value, 3_600_000L));
      case "day" -> byDay(operand, day -> day * DAY);
      // 1970-01-01, day 0, was a Thursday: three days after a Monday
      case "week" -> byDay(operand, day -> (day - Math.floorMod(day + 3, 7)) * DAY);
      case "month" -> byDay(operand, day -> DateTimeUtils.unixTimestampFloor(TimeUnitRange.MONTH, day * DAY));
      case "quarter" -> byDay(operand, day -> DateTimeUtils.unixTimestampFloor(TimeUnitRange.QUARTER, day * DAY));
      case "year" -> byDay(operand, day -> DateTimeUtils.unixTimestampFloor(TimeUnitRange.YEAR, day * DAY));
      // an unknown unit is Calcite's error to give
      default -> null;
    };
  }

  /** EXTRACT of a date or timestamp field, a whole number, as Calcite's {@link DateTimeUtils} extracts it. */
  static VectorExpression extract(RexCall call, List<VectorExpression> inputs) {
    List<RexNode> operands = call.getOperands();
    ColumnType type = VectorExpression.typeOf(call.getType());
    TimeUnitRange range = operands.get(0) instanceof RexLiteral unit ? unit.getValueAs(TimeUnitRange.class) : null;
    VectorExpression operand = operands.size() == 2 ? VectorExpression.of(operands.get(1), inputs) : null;
    if (range == null || operand == null || type != ColumnType.BIGINT && type != ColumnType.INTEGER) {
      return null;
    }
    boolean timestamp = operand.type == ColumnType.TIMESTAMP;
    switch (range) {
      case YEAR: case QUARTER: case MONTH: case WEEK: case DAY: case DOW: case DOY:
        if (timestamp) {
          return byDay(type, operand, day -> DateTimeUtils.unixDateExtract(range, day));
        }
        return operand.type == ColumnType.DATE ? map(type, operand, day -> DateTimeUtils.unixDateExtract(range, day))
            : null;
      case HOUR: case MINUTE:
        return timestamp ? map(type, operand, value -> DateTimeUtils.unixTimestampExtract(range, value)) : null;
      default:
        return null;
    }
  }

  private static VectorExpression rounded(VectorExpression operand, boolean floor) {
    return new VectorExpression(ColumnType.DOUBLE) {
      @Override boolean isNull(int row) {
        return operand.isNull(row);
      }

      @Override double doubleAt(int row) {
        double value = operand.doubleAt(row);
        return floor ? SqlFunctions.floor(value) : SqlFunctions.ceil(value);
      }
    };
  }

  private static VectorExpression map(VectorExpression operand, LongUnaryOperator function) {
    return map(operand.type, operand, function);
  }

  /** Each non-NULL value through a function, in a result of the given type. */
  private static VectorExpression map(ColumnType type, VectorExpression operand, LongUnaryOperator function) {
    return new VectorExpression(type) {
      @Override boolean isNull(int row) {
        return operand.isNull(row);
      }

      @Override long longAt(int row) {
        return function.applyAsLong(operand.longAt(row));
      }
    };
  }

  private static VectorExpression byDay(VectorExpression operand, LongUnaryOperator ofDay) {
    return byDay(operand.type, operand, ofDay);
  }

  /**
   * A function of the day of a date (its days) or timestamp (the day its milliseconds fall in), computed once per
   * day among the recent ones.
   */
  private static VectorExpression byDay(ColumnType type, VectorExpression operand, LongUnaryOperator ofDay) {
    boolean timestamp = operand.type == ColumnType.TIMESTAMP;
    return new VectorExpression(type) {
      private final long[] days = new long[DAY_SLOTS];
      private final long[] results = new long[DAY_SLOTS];
      private final boolean[] known = new boolean[DAY_SLOTS];

      @Override boolean isNull(int row) {
        return operand.isNull(row);
      }

      @Override long longAt(int row) {
        long value = operand.longAt(row);
        long day = timestamp ? Math.floorDiv(value, DAY) : value;
        int slot = (int) day & (DAY_SLOTS - 1);
        if (!known[slot] || days[slot] != day) {
          known[slot] = true;
          days[slot] = day;
          results[slot] = ofDay.applyAsLong(day);
        }
        return results[slot];
      }
    };
  }
}
