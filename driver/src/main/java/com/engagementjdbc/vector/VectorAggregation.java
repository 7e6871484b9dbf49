package com.engagementjdbc.vector;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.schema.Cancellable;
import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.schema.RowFilter;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import com.engagementjdbc.source.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * A GROUP BY over one cached file computed on its column vectors: the scan's filters checked exactly on the
 * vectors ({@link RowFilter#exact}), the grouping keys and aggregate arguments computed per row without boxing
 * ({@link VectorExpression}), groups found by {@link GroupIndex}, and only the result rows built as objects. Calcite's
 * row-at-a-time plan for the same query boxes every value of every row into an {@code Object[]} and looks its group
 * up in a {@code HashMap}: several times slower on a million rows.
 *
 * <p>{@link #of} says at planning time whether a query is one this class computes exactly as Calcite would; the
 * work is redone for each execution, so an execution shares no state with another.
 */
public final class VectorAggregation {
  private static final int CHECK_EVERY = 1 << 16;

  private final FileTable table;
  private final List<RexNode> filters;
  private final int[] columns;
  private final List<RexNode> expressions;
  private final int[] groupKeys;
  private final List<AggregateCall> calls;

  private VectorAggregation(FileTable table, List<RexNode> filters, int[] columns, List<RexNode> expressions,
      int[] groupKeys, List<AggregateCall> calls) {
    this.table = table;
    this.filters = filters;
    this.columns = columns;
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
  public static VectorAggregation of(Aggregate aggregate, FileTable table, List<RexNode> filters, int[] columns,
      List<RexNode> expressions) {
    if (table == null || aggregate.getGroupType() != Aggregate.Group.SIMPLE
        || aggregate.getGroupCount() > GroupIndex.MAX_KEYS) {
      return null;
    }
    Dataset data;
    try {
      data = table.dataset();
    } catch (EngagementException unreadable) {
      return null;
    }
    if (data.isStreamed() || data.vectors().size() != data.columns().size()) {
      return null;
    }
    VectorAggregation aggregation = new VectorAggregation(table, List.copyOf(filters), columns.clone(),
        List.copyOf(expressions), aggregate.getGroupSet().toArray(), List.copyOf(aggregate.getAggCallList()));
    return aggregation.compile(data) != null ? aggregation : null;
  }

  /** The result rows; called by the code Calcite generates for the plan. */
  public Enumerable<Object[]> run(DataContext root) {
    Runnable check = Cancellable.checker(root);
    Dataset data = table.dataset();
    data.checkReadable();
    Compiled compiled = compile(data);
    if (compiled == null) {
      // the table keeps the dataset it was planned with, which compiled then
      throw new IllegalStateException("the aggregation no longer matches its file " + data.fileName());
    }
    GroupIndex groups = compiled.keys.length == 0 ? null : new GroupIndex(compiled.keys);
    Aggregator[] aggregators = compiled.aggregators;
    if (groups == null) {
      for (Aggregator aggregator : aggregators) {
        aggregator.ensure(1);
      }
    }
    int rows = (int) data.rowCount();
    for (int row = 0; row < rows; row++) {
      if (row % CHECK_EVERY == 0) {
        check.run();
      }
      if (!compiled.filter.keeps(row)) {
        continue;
      }
      int group = 0;
      if (groups != null) {
        int known = groups.size();
        group = groups.groupOf(row);
        if (group == known) {
          for (Aggregator aggregator : aggregators) {
            aggregator.ensure(group + 1);
          }
        }
      }
      for (Aggregator aggregator : aggregators) {
        aggregator.add(group, row);
      }
    }
    int groupCount = groups == null ? 1 : groups.size();
    List<Object[]> result = new ArrayList<>(groupCount);
    for (int group = 0; group < groupCount; group++) {
      Object[] values = new Object[compiled.keys.length + aggregators.length];
      for (int key = 0; key < compiled.keys.length; key++) {
        values[key] = groups.key(group, key);
      }
      for (int call = 0; call < aggregators.length; call++) {
        values[compiled.keys.length + call] = aggregators[call].result(group);
      }
      result.add(values);
    }
    return Linq4j.asEnumerable(result);
  }

  /** What one execution computes with; null when some part of the query is not one this class computes. */
  private Compiled compile(Dataset data) {
    RowFilter filter = RowFilter.exact(filters, data);
    if (filter == null) {
      return null;
    }
    List<ColumnVector> inputs = new ArrayList<>();
    List<ColumnType> types = new ArrayList<>();
    for (int column : columns) {
      inputs.add(data.vectors().get(column));
      types.add(data.columns().get(column).type());
    }
    VectorExpression[] keys = new VectorExpression[groupKeys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = VectorExpression.of(expressions.get(groupKeys[i]), inputs, types);
      if (keys[i] == null) {
        return null;
      }
    }
    Aggregator[] aggregators = new Aggregator[calls.size()];
    for (int i = 0; i < aggregators.length; i++) {
      AggregateCall call = calls.get(i);
      List<VectorExpression> arguments = new ArrayList<>();
      for (int argument : call.getArgList()) {
        RexNode expression = expressions.get(argument);
        // COUNT reads only whether a value is there, so any column will do
        arguments.add(call.getAggregation().getKind() == SqlKind.COUNT
            ? VectorExpression.presence(expression, inputs, types)
            : VectorExpression.of(expression, inputs, types));
      }
      aggregators[i] = Aggregator.of(call, arguments, VectorExpression.typeOf(call.getType()));
      if (aggregators[i] == null) {
        return null;
      }
    }
    return new Compiled(filter, keys, aggregators);
  }

  private record Compiled(RowFilter filter, VectorExpression[] keys, Aggregator[] aggregators) {
  }
}
