package com.engagementjdbc.plan;

import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.vector.VectorTopN;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Plans ORDER BY ... LIMIT over the columns of one cached file, with or without a filter, as a {@link VectorScan}
 * when {@link VectorTopN} computes it; else Calcite's own plan stays.
 */
final class VectorTopNRule extends RelRule<RelRule.Config> {
  static final List<VectorTopNRule> RULES = VectorAggregateRule.overScan(LogicalSort.class).entrySet().stream()
      .map(shape -> rule(shape.getKey(), shape.getValue())).toList();

  private static VectorTopNRule rule(String shape, OperandTransform operands) {
    return (VectorTopNRule) new VectorAggregateRule.Settings("VectorTopNRule(" + shape + ")", operands,
        RelFactories.LOGICAL_BUILDER, VectorTopNRule::new).toRule();
  }

  private VectorTopNRule(Config config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    TableScan scan = call.rel(call.rels.length - 1);
    if (sort.fetch == null || !(sort.fetch instanceof RexLiteral fetch)
        || sort.offset != null && !(sort.offset instanceof RexLiteral)) {
      return;
    }
    int[] columns = new int[scan.getRowType().getFieldCount()];
    Arrays.setAll(columns, i -> i);
    List<RexNode> filters = List.of();
    for (int i = 1; i < call.rels.length - 1; i++) {
      if (call.rel(i) instanceof Project project) {
        columns = columns(project);
        if (columns == null) {
          return;
        }
      } else {
        filters = List.of(((Filter) call.rel(i)).getCondition());
      }
    }
    List<VectorTopN.SortKey> keys = new ArrayList<>();
    for (RelFieldCollation field : sort.getCollation().getFieldCollations()) {
      RelFieldCollation.NullDirection nulls = field.nullDirection == RelFieldCollation.NullDirection.UNSPECIFIED
          ? field.direction.defaultNullDirection() : field.nullDirection;
      keys.add(new VectorTopN.SortKey(columns[field.getFieldIndex()], field.direction.isDescending(),
          nulls == RelFieldCollation.NullDirection.FIRST));
    }
    int offset = sort.offset == null ? 0 : ((RexLiteral) sort.offset).getValueAs(Integer.class);
    Integer rows = fetch.getValueAs(Integer.class);
    VectorTopN topN = rows == null ? null
        : VectorTopN.of(scan.getTable().unwrap(FileTable.class), filters, columns, keys, offset, rows);
    if (topN != null) {
      call.transformTo(new VectorScan(sort, "VectorTopN", List.of(scan.getTable()), List.of(),
          "order=" + sort.getCollation() + ", offset=" + offset + ", fetch=" + rows + ", columns="
              + Arrays.toString(columns), filters, topN));
    }
  }

  /** The file columns a projection of plain columns selects; null when it computes anything. */
  private static int[] columns(Project project) {
    int[] columns = new int[project.getProjects().size()];
    for (int i = 0; i < columns.length; i++) {
      if (!(project.getProjects().get(i) instanceof RexInputRef ref)) {
        return null;
      }
      columns[i] = ref.getIndex();
    }
    return columns;
  }
}
