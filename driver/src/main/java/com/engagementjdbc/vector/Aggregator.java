package com.engagementjdbc.vector;

import com.engagementjdbc.function.CoercingAggregateFunction;
import com.engagementjdbc.functions.SumsArguments;
import com.engagementjdbc.source.ColumnType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.runtime.SqlFunctions;
import org.apache.calcite.schema.impl.AggregateFunctionImpl;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.validate.SqlUserDefinedAggFunction;

/**
 * One aggregate call of a GROUP BY, folding rows into per-group state held in primitive arrays: COUNT,
 * COUNT(DISTINCT x), SUM, $SUM0 (what AVG becomes), MIN and MAX (of text too), and this driver's aggregate functions
 * (ENGAGEMENT_RATE_AGG...), whose own class folds the rows, as in Calcite's plan.
 */
abstract class Aggregator {
  /** Makes room for the groups numbered below {@code groups}. */
  abstract void ensure(int groups);

  /** Folds a row into its group. */
  abstract void add(int group, int row);

  /** The group's result, in Calcite's run-time representation. */
  abstract Object result(int group);

  /**
   * The aggregator of a call, or null when the call is not one this class computes.
   *
   * @param filter the call's FILTER condition (Calcite makes one of {@code SUM(CASE WHEN c THEN x ELSE 0 END)} and
   *     of {@code COUNT(NULLIF(...))}): only rows where it is TRUE are folded; null for none
   */
  static Aggregator of(AggregateCall call, List<VectorExpression> arguments, VectorExpression filter,
      ColumnType resultType) {
    if (call.hasFilter() && (filter == null || filter.type != ColumnType.BOOLEAN)) {
      return null;
    }
    Aggregator aggregator = unfiltered(call, arguments, resultType);
    return aggregator == null || !call.hasFilter() ? aggregator
        : aggregator instanceof Mergeable ? new MergeableFiltered(aggregator, filter)
        : new Filtered(aggregator, filter);
  }

  private static Aggregator unfiltered(AggregateCall call, List<VectorExpression> arguments, ColumnType resultType) {
    if (call.isApproximate() || !call.collation.getFieldCollations().isEmpty() || resultType == null) {
      return null;
    }
    for (VectorExpression argument : arguments) {
      if (argument == null) {
        return null;
      }
    }
    if (call.isDistinct()) {
      // MIN and MAX are the same with DISTINCT; other DISTINCT aggregates but COUNT of one value are left to Calcite
      SqlKind kind = call.getAggregation().getKind();
      if (kind == SqlKind.COUNT && arguments.size() == 1) {
        return new DistinctCount(arguments.get(0));
      }
      if (kind != SqlKind.MIN && kind != SqlKind.MAX) {
        return null;
      }
    }
    String label = call.getAggregation().getName();
    switch (call.getAggregation().getKind()) {
      case COUNT:
        return new Count(arguments.toArray(new VectorExpression[0]));
      case SUM: case SUM0: {
        if (arguments.size() != 1 || !VectorExpression.isNumber(arguments.get(0).type)) {
          return null;
        }
        boolean zeroWhenEmpty = call.getAggregation().getKind() == SqlKind.SUM0;
        if (resultType == ColumnType.DOUBLE) {
          return new DoubleSum(arguments.get(0), zeroWhenEmpty);
        }
        boolean whole = arguments.get(0).type != ColumnType.DOUBLE
            && (resultType == ColumnType.BIGINT || resultType == ColumnType.INTEGER);
        return whole ? new WholeSum(label, arguments.get(0), resultType, zeroWhenEmpty) : null;
      }
      case MIN: case MAX: {
        if (arguments.size() != 1 || arguments.get(0).type != resultType) {
          return null;
        }
        boolean min = call.getAggregation().getKind() == SqlKind.MIN;
        return resultType == ColumnType.VARCHAR ? new TextExtreme(arguments.get(0), min)
            : new Extreme(arguments.get(0), min);
      }
      case OTHER_FUNCTION:
        return call.getAggregation() instanceof SqlUserDefinedAggFunction function
            && function.function instanceof CoercingAggregateFunction coercing
            ? UserDefined.of(coercing.implementation(), arguments) : null;
      default:
        return null;
    }
  }

  /** A whole number in the run-time representation of its SQL type. */
  static Object boxed(long value, ColumnType type) {
    return switch (type) {
      case INTEGER, DATE -> (int) value;
      case BOOLEAN -> value != 0;
      default -> value;
    };
  }

  /** Groups' values grow together; a group is {@code seen} once it has a non-NULL value. */
  private abstract static class PerGroup extends Aggregator {
    boolean[] seen = new boolean[16];

    @Override final void ensure(int groups) {
      if (groups > seen.length) {
        int length = Math.max(groups, seen.length * 2);
        seen = Arrays.copyOf(seen, length);
        grow(length);
      }
    }

    abstract void grow(int length);
  }

  /**
   * An aggregate whose results over consecutive row ranges combine into exactly its result over all of them, so
   * that an aggregation may be split across threads: not a SUM of doubles (rounding follows the order of addition),
   * nor an aggregate class of the driver unless it only sums whole numbers ({@link SumsArguments}).
   */
  interface Mergeable {
    /** Folds group {@code otherGroup} of {@code other}, the same aggregate over later rows, into {@code group}. */
    void merge(int group, Mergeable other, int otherGroup);
  }

  /** COUNT(*) counts rows; COUNT(a, b...) the rows where none of its arguments is NULL. */
  private static final class Count extends PerGroup implements Mergeable {
    private final VectorExpression[] arguments;
    private long[] counts = new long[16];

    Count(VectorExpression[] arguments) {
      this.arguments = arguments;
    }

    @Override void grow(int length) {
      counts = Arrays.copyOf(counts, length);
    }

    @Override void add(int group, int row) {
      for (VectorExpression argument : arguments) {
        if (argument.isNull(row)) {
          return;
        }
      }
      counts[group]++;
    }

    @Override public void merge(int group, Mergeable other, int otherGroup) {
      counts[group] += ((Count) other).counts[otherGroup];
    }

    @Override Object result(int group) {
      return counts[group];
    }
  }

  /** SUM of whole numbers, exact: past the range of its type it is an error, not a wrapped-around number. */
  private static final class WholeSum extends PerGroup implements Mergeable {
    private final String label;
    private final VectorExpression argument;
    private final ColumnType type;
    private final boolean zeroWhenEmpty;
    private long[] sums = new long[16];

    WholeSum(String label, VectorExpression argument, ColumnType type, boolean zeroWhenEmpty) {
      this.label = label;
      this.argument = argument;
      this.type = type;
      this.zeroWhenEmpty = zeroWhenEmpty;
    }

    @Override void grow(int length) {
      sums = Arrays.copyOf(sums, length);
    }

    @Override void add(int group, int row) {
      if (!argument.isNull(row)) {
        fold(group, argument.longAt(row));
      }
    }

    @Override public void merge(int group, Mergeable other, int otherGroup) {
      WholeSum sum = (WholeSum) other;
      if (sum.seen[otherGroup]) {
        fold(group, sum.sums[otherGroup]);
      }
    }

    private void fold(int group, long value) {
      try {
        sums[group] = Math.addExact(sums[group], value);
      } catch (ArithmeticException overflow) {
        throw outOfRange();
      }
      seen[group] = true;
    }

    @Override Object result(int group) {
      if (!seen[group] && !zeroWhenEmpty) {
        return null;
      }
      long sum = sums[group];
      if (type == ColumnType.INTEGER && sum != (int) sum) {
        throw outOfRange();
      }
      return boxed(sum, type);
    }

    private ArithmeticException outOfRange() {
      return new ArithmeticException(label + " is out of the range of " + type);
    }
  }

  /** SUM of doubles, added in row order as Calcite adds them, so the rounding is the same. */
  private static final class DoubleSum extends PerGroup {
    private final VectorExpression argument;
    private final boolean zeroWhenEmpty;
    private double[] sums = new double[16];

    DoubleSum(VectorExpression argument, boolean zeroWhenEmpty) {
      this.argument = argument;
      this.zeroWhenEmpty = zeroWhenEmpty;
    }

    @Override void grow(int length) {
      sums = Arrays.copyOf(sums, length);
    }

    @Override void add(int group, int row) {
      if (!argument.isNull(row)) {
        sums[group] += argument.doubleAt(row);
        seen[group] = true;
      }
    }

    @Override Object result(int group) {
      return seen[group] || zeroWhenEmpty ? (Object) sums[group] : null;
    }
  }

  /**
   * MIN or MAX of numbers, dates or timestamps; doubles compared by Calcite's own {@code lesser} and
   * {@code greater} and kept as their bits, so that one array serves every type.
   */
  private static final class Extreme extends PerGroup implements Mergeable {
    private final VectorExpression argument;
    private final boolean min;
    private final boolean doubles;
    private long[] values = new long[16];

    Extreme(VectorExpression argument, boolean min) {
      this.argument = argument;
      this.min = min;
      this.doubles = argument.type == ColumnType.DOUBLE;
    }

    @Override void grow(int length) {
      values = Arrays.copyOf(values, length);
    }

    @Override void add(int group, int row) {
      if (!argument.isNull(row)) {
        fold(group, doubles ? Double.doubleToRawLongBits(argument.doubleAt(row)) : argument.longAt(row));
      }
    }

    @Override public void merge(int group, Mergeable other, int otherGroup) {
      Extreme extreme = (Extreme) other;
      if (extreme.seen[otherGroup]) {
        fold(group, extreme.values[otherGroup]);
      }
    }

    /** Keeps the value (a double's bits for a DOUBLE) if it is the new extreme; on a tie, the earlier one. */
    private void fold(int group, long stored) {
      if (doubles) {
        double value = Double.longBitsToDouble(stored);
        double kept = Double.longBitsToDouble(values[group]);
        values[group] = Double.doubleToRawLongBits(!seen[group] ? value
            : min ? SqlFunctions.lesser(kept, value) : SqlFunctions.greater(kept, value));
      } else if (!seen[group] || (min ? stored < values[group] : stored > values[group])) {
        values[group] = stored;
      }
      seen[group] = true;
    }

    @Override Object result(int group) {
      if (!seen[group]) {
        return null;
      }
      return doubles ? (Object) Double.longBitsToDouble(values[group]) : boxed(values[group], argument.type);
    }
  }

  /** An aggregate over the rows where its FILTER condition is TRUE. */
  private static class Filtered extends Aggregator {
    final Aggregator aggregator;
    private final VectorExpression filter;

    Filtered(Aggregator aggregator, VectorExpression filter) {
      this.aggregator = aggregator;
      this.filter = filter;
    }

    @Override void ensure(int groups) {
      aggregator.ensure(groups);
    }

    @Override void add(int group, int row) {
      if (filter.truth(row) == 1) {
        aggregator.add(group, row);
      }
    }

    @Override Object result(int group) {
      return aggregator.result(group);
    }
  }

  private static final class MergeableFiltered extends Filtered implements Mergeable {
    MergeableFiltered(Aggregator aggregator, VectorExpression filter) {
      super(aggregator, filter);
    }

    @Override public void merge(int group, Mergeable other, int otherGroup) {
      ((Mergeable) aggregator).merge(group, (Mergeable) ((Filtered) other).aggregator, otherGroup);
    }
  }

  /** MIN or MAX of text, compared as Calcite compares it ({@link String#compareTo}); a tie keeps the earlier. */
  private static final class TextExtreme extends PerGroup {
    private final VectorExpression argument;
    private final boolean min;
    private String[] values = new String[16];

    TextExtreme(VectorExpression argument, boolean min) {
      this.argument = argument;
      this.min = min;
    }

    @Override void grow(int length) {
      values = Arrays.copyOf(values, length);
    }

    @Override void add(int group, int row) {
      if (argument.isNull(row)) {
        return;
      }
      String value = argument.textAt(row);
      if (!seen[group] || (min ? value.compareTo(values[group]) < 0 : value.compareTo(values[group]) > 0)) {
        values[group] = value;
      }
      seen[group] = true;
    }

    @Override Object result(int group) {
      return seen[group] ? values[group] : null;
    }
  }

  /**
   * COUNT(DISTINCT x): the distinct non-NULL keys of x ({@link VectorExpression#keyAt}, equal exactly when Calcite
   * takes two values as one) per group, in one open-addressing set of (group, key) pairs; a pair seen for the first
   * time counts one for its group.
   */
  private static final class DistinctCount extends PerGroup {
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private final VectorExpression argument;
    private long[] counts = new long[16];
    private int[] pairGroups = new int[64];
    private long[] pairKeys = new long[64];
    private boolean[] used = new boolean[64];
    private int pairs;

    DistinctCount(VectorExpression argument) {
      this.argument = argument;
    }

    @Override void grow(int length) {
      counts = Arrays.copyOf(counts, length);
    }

    @Override void add(int group, int row) {
      if (argument.isNull(row)) {
        return;
      }
      long key = argument.keyAt(row);
      int mask = used.length - 1;
      int slot = slot(group, key, mask);
      while (used[slot]) {
        if (pairGroups[slot] == group && pairKeys[slot] == key) {
          return;
        }
        slot = (slot + 1) & mask;
      }
      used[slot] = true;
      pairGroups[slot] = group;
      pairKeys[slot] = key;
      counts[group]++;
      if (++pairs * 2 > used.length) {
        rehash();
      }
    }

    private static int slot(int group, long key, int mask) {
      long hash = (key * MULTIPLIER + group) * MULTIPLIER;
      return (int) (hash ^ (hash >>> 32)) & mask;
    }

    private void rehash() {
      int[] oldGroups = pairGroups;
      long[] oldKeys = pairKeys;
      boolean[] oldUsed = used;
      pairGroups = new int[oldUsed.length * 2];
      pairKeys = new long[oldUsed.length * 2];
      used = new boolean[oldUsed.length * 2];
      int mask = used.length - 1;
      for (int i = 0; i < oldUsed.length; i++) {
        if (oldUsed[i]) {
          int slot = slot(oldGroups[i], oldKeys[i], mask);
          while (used[slot]) {
            slot = (slot + 1) & mask;
          }
          used[slot] = true;
          pairGroups[slot] = oldGroups[i];
          pairKeys[slot] = oldKeys[i];
        }
      }
    }

    @Override Object result(int group) {
      return counts[group];
    }
  }

  /**
   * An aggregate class of this driver ({@code init}, {@code add}, {@code result}), one instance and accumulator per
   * group as in Calcite's plan; each argument boxed as the {@code add} method's parameter type, NULL passed as null.
   * A row without NULL goes to the class's {@code addValues} as primitive doubles when it has one: boxing every value
   * relies on the JIT removing the boxes, which it did not after a JVM had read other files first (the 10M-row
   * aggregate then took 430-780 ms a query, young collections running during it, against 95-135 ms).
   */
  private static class UserDefined extends Aggregator {
    private final AggregateFunctionImpl implementation;
    private final VectorExpression[] arguments;
    private final Class<?>[] parameterTypes;
    private final Object add;
    /** The class's {@code addValues} for rows without NULL, or null. */
    private final Object addValues;
    Object[] instances = new Object[16];
    Object[] accumulators = new Object[16];

    private UserDefined(AggregateFunctionImpl implementation, VectorExpression[] arguments, Object add) {
      this.implementation = implementation;
      this.arguments = arguments;
      this.parameterTypes = implementation.addMethod.getParameterTypes();
      this.add = add;
      Method values = addValues(implementation, parameterTypes);
      this.addValues = values == null ? null : AddMethod.of(values);
    }

    /** {@code addValues(accumulator, double...)} when {@code add} takes only Doubles and the class has it. */
    private static Method addValues(AggregateFunctionImpl implementation, Class<?>[] addParameters) {
      Class<?>[] parameters = new Class<?>[addParameters.length];
      Arrays.fill(parameters, double.class);
      parameters[0] = addParameters[0];
      for (int i = 1; i < addParameters.length; i++) {
        if (addParameters[i] != Double.class) {
          return null;
        }
      }
      try {
        return implementation.declaringClass.getMethod("addValues", parameters);
      } catch (NoSuchMethodException none) {
        return null;
      }
    }

    static Aggregator of(AggregateFunctionImpl implementation, List<VectorExpression> arguments) {
      Class<?>[] parameters = implementation.addMethod.getParameterTypes();
      if (parameters.length != arguments.size() + 1) {
        return null;
      }
      for (int i = 0; i < arguments.size(); i++) {
        if (!boxable(arguments.get(i).type, parameters[i + 1])) {
          return null;
        }
      }
      Object add = AddMethod.of(implementation.addMethod);
      if (add == null) {
        return null;
      }
      VectorExpression[] vectors = arguments.toArray(new VectorExpression[0]);
      Method merge = exactMerge(implementation, vectors);
      return merge == null ? new UserDefined(implementation, vectors, add)
          : new MergeableUserDefined(implementation, vectors, add, merge);
    }

    /**
     * The class's {@code merge} method when merging is exact over these arguments (see {@link SumsArguments});
     * null otherwise. Calcite's {@link AggregateFunctionImpl} does not look for one.
     */
    private static Method exactMerge(AggregateFunctionImpl implementation, VectorExpression[] arguments) {
      if (!implementation.declaringClass.isAnnotationPresent(SumsArguments.class)) {
        return null;
      }
      for (VectorExpression argument : arguments) {
        if (argument.type != ColumnType.INTEGER && argument.type != ColumnType.BIGINT) {
          return null;
        }
      }
      Class<?> accumulator = implementation.initMethod.getReturnType();
      try {
        return implementation.declaringClass.getMethod("merge", accumulator, accumulator);
      } catch (NoSuchMethodException none) {
        return null;
      }
    }

    private static boolean boxable(ColumnType type, Class<?> parameter) {
      return parameter == Double.class && VectorExpression.isNumber(type)
          || parameter == Long.class && (type == ColumnType.INTEGER || type == ColumnType.BIGINT)
          || parameter == Integer.class && type == ColumnType.INTEGER;
    }

    @Override void ensure(int groups) {
      if (groups > instances.length) {
        int length = Math.max(groups, instances.length * 2);
        instances = Arrays.copyOf(instances, length);
        accumulators = Arrays.copyOf(accumulators, length);
      }
    }

    @Override void add(int group, int row) {
      if (instances[group] == null) {
        start(group);
      }
      Object instance = instances[group];
      Object accumulator = accumulators[group];
      if (addValues != null && noNull(row)) {
        accumulators[group] = switch (arguments.length) {
          case 1 -> ((AddMethod.OneValue) addValues).add(instance, accumulator, arguments[0].doubleAt(row));
          case 2 -> ((AddMethod.TwoValues) addValues).add(instance, accumulator, arguments[0].doubleAt(row),
              arguments[1].doubleAt(row));
          default -> ((AddMethod.ThreeValues) addValues).add(instance, accumulator, arguments[0].doubleAt(row),
              arguments[1].doubleAt(row), arguments[2].doubleAt(row));
        };
        return;
      }
      accumulators[group] = switch (arguments.length) {
        case 1 -> ((AddMethod.One) add).add(instance, accumulator, argument(0, row));
        case 2 -> ((AddMethod.Two) add).add(instance, accumulator, argument(0, row), argument(1, row));
        default -> ((AddMethod.Three) add).add(instance, accumulator, argument(0, row), argument(1, row),
            argument(2, row));
      };
    }

    private boolean noNull(int row) {
      for (VectorExpression argument : arguments) {
        if (argument.isNull(row)) {
          return false;
        }
      }
      return true;
    }

    /** An argument boxed as {@code add} declares it; NULL as null, the class deciding what it means. */
    private Object argument(int index, int row) {
      VectorExpression argument = arguments[index];
      Class<?> type = parameterTypes[index + 1];
      return argument.isNull(row) ? null
          : type == Double.class ? (Object) argument.doubleAt(row)
          : type == Long.class ? (Object) argument.longAt(row)
          : (Object) (int) argument.longAt(row);
    }

    @Override Object result(int group) {
      if (instances[group] == null) {
        start(group);
      }
      return invoke(implementation.resultMethod, instances[group], accumulators[group]);
    }

    void start(int group) {
      try {
        instances[group] = implementation.declaringClass.getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(implementation.declaringClass + " cannot be made", e);
      }
      accumulators[group] = invoke(implementation.initMethod, instances[group]);
    }

    static Object invoke(Method method, Object target, Object... arguments) {
      try {
        return method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** An aggregate class of this driver that only sums its arguments, here all whole numbers. */
  private static final class MergeableUserDefined extends UserDefined implements Mergeable {
    private final Method merge;

    private MergeableUserDefined(AggregateFunctionImpl implementation, VectorExpression[] arguments, Object add,
        Method merge) {
      super(implementation, arguments, add);
      this.merge = merge;
    }

    @Override public void merge(int group, Mergeable other, int otherGroup) {
      UserDefined later = (UserDefined) other;
      if (later.instances[otherGroup] == null) {
        return;
      }
      if (instances[group] == null) {
        start(group);
      }
      accumulators[group] = invoke(merge, instances[group], accumulators[group], later.accumulators[otherGroup]);
    }
  }
}
