package com.engagementjdbc.plan;

import com.engagementjdbc.vector.VectorWindow;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalWindow;
import org.apache.calcite.rex.RexNode;

/**
 * Plans the window functions (OVER) over a cached file's rows, under filters and projections, with or without a
 * filter on their results, as a {@link VectorScan} when {@link VectorWindow} computes them all; else Calcite's own
 * plan stays.
 */
final class VectorWindowRule extends RelRule<RelRule.Config> {
  /** The window, and the window under a filter (the top rows of each partition), whose rows need not all be built. */
  static final List<VectorWindowRule> RULES = List.of(
      rule("VectorWindowRule", window -> window.operand(LogicalWindow.class)
          .oneInput(input -> input.operand(RelNode.class).anyInputs())),
      rule("VectorWindowRule(filter)", filter -> filter.operand(LogicalFilter.class)
          .oneInput(window -> window.operand(LogicalWindow.class)
              .oneInput(input -> input.operand(RelNode.class).anyInputs()))));

  private static VectorWindowRule rule(String description, OperandTransform operands) {
    return (VectorWindowRule) new VectorAggregateRule.Settings(description, operands, RelFactories.LOGICAL_BUILDER,
        VectorWindowRule::new).toRule();
  }

  private VectorWindowRule(Config config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    int windowAt = call.rels.length - 2;
    LogicalWindow window = call.rel(windowAt);
    RexNode where = windowAt == 1 ? ((LogicalFilter) call.rel(0)).getCondition() : null;
    FileRows rows = FileRows.of(call.rel(windowAt + 1));
    VectorWindow plan = rows == null ? null : VectorWindow.of(window, rows.side(), rows.fields().size(), where);
    if (plan != null) {
      call.transformTo(new VectorScan(call.rel(0), "VectorWindow", List.of(rows.scan().getTable()), List.of(),
          "windows=" + window.groups + ", of=" + rows.fields() + (where == null ? "" : ", where=" + where),
          rows.filters(), plan));
    }
  }
}
