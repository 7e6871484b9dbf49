package com.engagementjdbc.plan;

import com.engagementjdbc.vector.VectorPlan;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;

/**
 * A part of a query computed on cached column vectors ({@link VectorPlan}): a GROUP BY over a file or over a join
 * ({@code VectorAggregate}), or an ORDER BY ... LIMIT over a file ({@code VectorTopN}), in place of Calcite's scans,
 * join, filter, projection and aggregate or sort. It reads the files itself; a join's input that is not a file's
 * rows (a top-N subquery, an IN (SELECT ...)) is its input, computed by the rest of the plan.
 */
final class VectorScan extends AbstractRelNode implements EnumerableRel {
  private final String name;
  private final List<RelOptTable> tables;
  private final List<RelNode> inputs;
  private final VectorPlan plan;
  private final RelDataType resultType;
  private final String computes;
  private final List<RexNode> filters;
  private final double resultRows;

  /**
   * @param replaced the part of the plan computed instead, whose rows this gives
   * @param name what the plan shows: VectorAggregate or VectorTopN
   * @param tables the files read
   * @param inputs the inputs whose rows the plan is given, in the order it numbers them
   * @param computes what is computed, as the plan shows it
   * @param filters the scan's filters, or the join's condition
   */
  VectorScan(RelNode replaced, String name, List<RelOptTable> tables, List<RelNode> inputs, String computes,
      List<RexNode> filters, VectorPlan plan) {
    this(replaced.getCluster(), replaced.getTraitSet().replace(EnumerableConvention.INSTANCE), name, tables,
        inputs, plan, replaced.getRowType(), computes, filters,
        replaced.getCluster().getMetadataQuery().getRowCount(replaced));
  }

  private VectorScan(RelOptCluster cluster, RelTraitSet traits, String name, List<RelOptTable> tables,
      List<RelNode> inputs, VectorPlan plan, RelDataType resultType, String computes, List<RexNode> filters,
      double resultRows) {
    super(cluster, traits);
    this.name = name;
    this.tables = tables;
    this.inputs = new ArrayList<>(inputs);
    this.plan = plan;
    this.resultType = resultType;
    this.computes = computes;
    this.filters = filters;
    this.resultRows = resultRows;
  }

  @Override public String getRelTypeName() {
    return name;
  }

  @Override protected RelDataType deriveRowType() {
    return resultType;
  }

  @Override public List<RelNode> getInputs() {
    return inputs;
  }

  @Override public void replaceInput(int ordinalInParent, RelNode input) {
    inputs.set(ordinalInParent, input);
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    super.explainTerms(pw);
    // Calcite's plan writer wants the inputs first
    for (int i = 0; i < inputs.size(); i++) {
      pw.input("input#" + i, inputs.get(i));
    }
    return pw.item(tables.size() + inputs.size() == 1 ? "table" : "join",
            tables.stream().map(RelOptTable::getQualifiedName).toList())
        .item("computes", computes)
        .itemIf("filters", filters, !filters.isEmpty());
  }

  @Override public double estimateRowCount(RelMetadataQuery mq) {
    return resultRows;
  }

  /**
   * A pass over the vectors, far cheaper per row than the plan it replaces, which reads and boxes every row. The
   * result rows are not counted: the plan it replaces makes them too, and Calcite may estimate them lower there
   * (a filter pushed into a scan gets its default selectivity, where this node took the file's statistics), which
   * made a tiny file's aggregate keep Calcite's plan. The rows of an input are put into vectors once.
   */
  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double passed = tables.stream().mapToDouble(RelOptTable::getRowCount).sum() / 100;
    for (RelNode input : inputs) {
      passed += mq.getRowCount(input) / 100;
    }
    return planner.getCostFactory().makeCost(passed, passed, 0);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return inputs.equals(this.inputs) ? this : new VectorScan(getCluster(), traitSet, name, tables, inputs, plan,
        resultType, computes, filters, resultRows);
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    BlockBuilder builder = new BlockBuilder();
    List<Expression> inputRows = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Result input = implementor.visitChild(this, i, (EnumerableRel) inputs.get(i), Prefer.ARRAY);
      Expression rows = builder.append("input" + i, input.block);
      inputRows.add(input.physType.convertTo(rows, JavaRowFormat.ARRAY));
    }
    Expression rows = Expressions.call(implementor.stash(plan, VectorPlan.class), "run",
        implementor.getRootExpression(), Expressions.newArrayInit(Enumerable.class, inputRows));
    // a row of one column is its value, as Calcite's other array-row operators hand it on
    Expression result = getRowType().getFieldCount() == 1 ? Expressions.call(BuiltInMethod.SLICE0.method, rows) : rows;
    builder.add(Expressions.return_(null, result));
    return implementor.result(physType, builder.toBlock());
  }
}
