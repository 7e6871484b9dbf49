package com.engagementjdbc.vector;

import com.engagementjdbc.schema.Cancellable;
import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.work.Workers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * A GROUP BY over one cached file, or over a join of two inputs, computed on their column vectors: the rows from a
 * {@link RowSource} (the scan's filters checked exactly on the vectors, or the rows of an equi-join), the grouping
 * keys and aggregate arguments computed per row without boxing ({@link VectorExpression}), groups found by
 * {@link GroupIndex}, and only the result rows built as objects. Calcite's row-at-a-time plan for the same query
 * boxes every value of every row into an {@code Object[]} and looks its group (or its join partner) up in a
 * {@code HashMap}: several times slower on a million rows.
 *
 * <p>{@link #ofScan} and {@link #ofJoin} say at planning time whether a query is one this class computes as
 * Calcite would; the work is redone for each execution, so an execution shares no state with another.
 */
public final class VectorAggregation implements VectorPlan {
  /** Rows per thread below which splitting an aggregation costs more than it saves. */
  private static final int MIN_PART_ROWS = 1 << 18;

  private final RowSource source;
  private final List<RexNode> expressions;
  private final int[] groupKeys;
  private final List<AggregateCall> calls;

  private VectorAggregation(RowSource source, List<RexNode> expressions, int[] groupKeys,
      List<AggregateCall> calls) {
    this.source = source;
    this.expressions = expressions;
    this.groupKeys = groupKeys;
    this.calls = calls;
  }

  /**
   * The aggregation of a scan of a cached file, or null when it is not one this class computes: a file that is
   * streamed or unreadable, a filter it cannot check exactly, an expression, a key or an aggregate it does not know.
   *
   * @param table the scanned table
   * @param filters the scan's filters, over the table's columns
   * @param columns the table columns the scan projects
   * @param expressions what the aggregate groups and aggregates, over the scan's columns
   */
  public static VectorAggregation ofScan(Aggregate aggregate, FileTable table, List<RexNode> filters, int[] columns,
      List<RexNode> expressions) {
    return of(aggregate, new ScanRows(table, filters, columns), expressions);
  }

  /**
   * The aggregation of an equi-join of two inputs (inner, left, right, semi or anti), or null when it is not one
   * this class computes.
   *
   * @param leftKeys the left input's key fields, equal to the right input's {@code rightKeys}
   * @param condition the join's other conditions, over the left input's fields then the right's; null for none
   * @param where what the join's rows must satisfy, over its fields; null for none
   * @param expressions what the aggregate groups and aggregates, over the join's fields
   */
  public static VectorAggregation ofJoin(Aggregate aggregate, JoinSide left, JoinSide right, JoinRelType type,
      int[] leftKeys, int[] rightKeys, RexNode condition, RexNode where, List<RexNode> expressions) {
    return of(aggregate, new JoinRows(left, right, type, leftKeys, rightKeys, condition, where), expressions);
  }

  private static VectorAggregation of(Aggregate aggregate, RowSource source, List<RexNode> expressions) {
    if (aggregate.getGroupType() != Aggregate.Group.SIMPLE || aggregate.getGroupCount() > GroupIndex.MAX_KEYS) {
      return null;
    }
    VectorAggregation aggregation = new VectorAggregation(source, List.copyOf(expressions),
        aggregate.getGroupSet().toArray(), List.copyOf(aggregate.getAggCallList()));
    RowSource.Rows rows = source.open();
    return rows != null && aggregation.compile(rows) != null ? aggregation : null;
  }

  @Override public Enumerable<Object[]> run(DataContext root, Enumerable<?>... inputs) {
    Runnable check = Cancellable.checker(root);
    List<List<Object[]>> computed = new ArrayList<>();
    for (Enumerable<?> input : inputs) {
      computed.add(rows(input));
    }
    RowSource source = this.source.with(computed);
    Part whole = new Part(source);
    int rows = whole.rows.walked();
    if (rows < 2 * MIN_PART_ROWS || Workers.THREADS < 2 || !whole.isMergeable()) {
      whole.aggregate(0, rows, check);
      return Linq4j.asEnumerable(whole.results());
    }
    // the first half on this thread, the second on a driver thread (or this one, when none is free); the second's
    // groups then follow the first's, which is the order one thread would have found them in
    int middle = rows / 2;
    Part secondHalf = new Part(source);
    Workers.both(() -> whole.aggregate(0, middle, check), () -> secondHalf.aggregate(middle, rows, check));
    whole.merge(secondHalf);
    return Linq4j.asEnumerable(whole.results());
  }

  /** The rows of an input the rest of the plan computes, each as an {@code Object[]} (a one-field row is a value). */
  private static List<Object[]> rows(Enumerable<?> input) {
    List<Object[]> rows = new ArrayList<>();
    for (Object row : input) {
      rows.add(row instanceof Object[] values ? values : new Object[] {row});
    }
    return rows;
  }

  /**
   * The aggregation of a range of rows: its own rows and expressions (which read one row at a time), groups and
   * accumulators, so that two can run on two threads.
   */
  private final class Part {
    final RowSource.Rows rows;
    final VectorExpression[] keys;
    final Aggregator[] aggregators;
    final GroupIndex groups;

    Part(RowSource source) {
      rows = source.open();
      Compiled compiled = rows == null ? null : compile(rows);
      if (compiled == null) {
        // the tables keep the data they were planned with, which compiled then
        throw new IllegalStateException("the aggregation no longer matches its files");
      }
      keys = compiled.keys;
      aggregators = compiled.aggregators;
      groups = keys.length == 0 ? null : new GroupIndex(keys);
      if (groups == null) {
        ensure(1);
      }
    }

    /** True when two parts' groups can be matched by key and their aggregates folded together. */
    boolean isMergeable() {
      return Arrays.stream(aggregators).allMatch(Aggregator.Mergeable.class::isInstance)
          && Arrays.stream(keys).allMatch(VectorExpression::hasSharedKeys);
    }

    void aggregate(int from, int to, Runnable check) {
      rows.forEach(row -> {
        int group = 0;
        if (groups != null) {
          int known = groups.size();
          group = groups.groupOf(row);
          if (group == known) {
            ensure(group + 1);
          }
        }
        for (Aggregator aggregator : aggregators) {
          aggregator.add(group, row);
        }
      }, check, from, to);
    }

    private void ensure(int groupCount) {
      for (Aggregator aggregator : aggregators) {
        aggregator.ensure(groupCount);
      }
    }

    /** Folds in the groups of the same aggregation over later rows. */
    void merge(Part later) {
      for (int laterGroup = 0; laterGroup < later.groupCount(); laterGroup++) {
        int group = 0;
        if (groups != null) {
          int known = groups.size();
          group = groups.groupLike(later.groups, laterGroup);
          if (group == known) {
            ensure(group + 1);
          }
        }
        for (int call = 0; call < aggregators.length; call++) {
          ((Aggregator.Mergeable) aggregators[call]).merge(group, (Aggregator.Mergeable) later.aggregators[call],
              laterGroup);
        }
      }
    }

    int groupCount() {
      return groups == null ? 1 : groups.size();
    }

    List<Object[]> results() {
      List<Object[]> result = new ArrayList<>(groupCount());
      for (int group = 0; group < groupCount(); group++) {
        Object[] values = new Object[keys.length + aggregators.length];
        for (int key = 0; key < keys.length; key++) {
          values[key] = groups.key(group, key);
        }
        for (int call = 0; call < aggregators.length; call++) {
          values[keys.length + call] = aggregators[call].result(group);
        }
        result.add(values);
      }
      return result;
    }
  }

  /** What one execution computes with; null when some part of the query is not one this class computes. */
  private Compiled compile(RowSource.Rows rows) {
    List<VectorExpression> inputs = rows.columns();
    VectorExpression[] keys = new VectorExpression[groupKeys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = VectorExpression.of(expressions.get(groupKeys[i]), inputs);
      if (keys[i] == null) {
        return null;
      }
    }
    Aggregator[] aggregators = new Aggregator[calls.size()];
    for (int i = 0; i < aggregators.length; i++) {
      AggregateCall call = calls.get(i);
      List<VectorExpression> arguments = new ArrayList<>();
      for (int argument : call.getArgList()) {
        // COUNT reads only whether a value is there, so any column will do
        arguments.add(call.getAggregation().getKind() == SqlKind.COUNT
            ? VectorExpression.presence(expressions.get(argument), inputs)
            : VectorExpression.of(expressions.get(argument), inputs));
      }
      VectorExpression filter = call.hasFilter() ? VectorExpression.of(expressions.get(call.filterArg), inputs)
          : null;
      aggregators[i] = Aggregator.of(call, arguments, filter, VectorExpression.typeOf(call.getType()));
      if (aggregators[i] == null) {
        return null;
      }
    }
    return new Compiled(keys, aggregators);
  }

  private record Compiled(VectorExpression[] keys, Aggregator[] aggregators) {
  }
}
