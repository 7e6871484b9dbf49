package com.engagementjdbc.plan;

import com.engagementjdbc.vector.VectorWindow;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalWindow;

/**
 * Plans the window functions (OVER) over a cached file's rows, under filters and projections, as a
 * {@link VectorScan} when {@link VectorWindow} computes them all; else Calcite's own plan stays.
 */
final class VectorWindowRule extends RelRule<RelRule.Config> {
  static final VectorWindowRule RULE = (VectorWindowRule) new VectorAggregateRule.Settings("VectorWindowRule",
      window -> window.operand(LogicalWindow.class).oneInput(input -> input.operand(RelNode.class).anyInputs()),
      RelFactories.LOGICAL_BUILDER, VectorWindowRule::new).toRule();

  private VectorWindowRule(Config config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalWindow window = call.rel(0);
    FileRows rows = FileRows.of(call.rel(1));
    VectorWindow plan = rows == null ? null : VectorWindow.of(window, rows.side(), rows.fields().size());
    if (plan != null) {
      call.transformTo(new VectorScan(window, "VectorWindow", List.of(rows.scan().getTable()), List.of(),
          "windows=" + window.groups + ", of=" + rows.fields(), rows.filters(), plan));
    }
  }
}
