package com.engagementjdbc.plan;

import com.engagementjdbc.vector.VectorPlan;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
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
 * A part of a query computed on cached column vectors ({@link VectorPlan}): a GROUP BY over a file or over the join
 * of two ({@code VectorAggregate}), or an ORDER BY ... LIMIT over a file ({@code VectorTopN}), in place of Calcite's
 * scans, join, filter, projection and aggregate or sort. A leaf of the plan that reads the tables itself.
 */
final class VectorScan extends AbstractRelNode implements EnumerableRel {
  private final String name;
  private final List<RelOptTable> tables;
  private final VectorPlan plan;
  private final RelDataType resultType;
  private final String computes;
  private final List<RexNode> filters;
  private final double resultRows;

  /**
   * @param replaced the part of the plan computed instead, whose rows this gives
   * @param name what the plan shows: VectorAggregate or VectorTopN
   * @param tables the file read, or the two files joined
   * @param computes what is computed, as the plan shows it
   * @param filters the scan's filters, or the join's condition
   */
  VectorScan(RelNode replaced, String name, List<RelOptTable> tables, String computes, List<RexNode> filters,
      VectorPlan plan) {
    super(replaced.getCluster(), replaced.getTraitSet().replace(EnumerableConvention.INSTANCE));
    this.name = name;
    this.tables = tables;
    this.plan = plan;
    this.resultType = replaced.getRowType();
    this.filters = filters;
    this.computes = computes;
    this.resultRows = replaced.getCluster().getMetadataQuery().getRowCount(replaced);
  }

  @Override public String getRelTypeName() {
    return name;
  }

  @Override protected RelDataType deriveRowType() {
    return resultType;
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item(tables.size() == 1 ? "table" : "join", tables.stream().map(RelOptTable::getQualifiedName).toList())
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
   * made a tiny file's aggregate keep Calcite's plan.
   */
  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double passed = tables.stream().mapToDouble(RelOptTable::getRowCount).sum() / 100;
    return planner.getCostFactory().makeCost(passed, passed, 0);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    Expression rows = Expressions.call(implementor.stash(plan, VectorPlan.class), "run",
        implementor.getRootExpression());
    // a row of one column is its value, as Calcite's other array-row operators hand it on
    Expression result = getRowType().getFieldCount() == 1 ? Expressions.call(BuiltInMethod.SLICE0.method, rows) : rows;
    return implementor.result(physType, Blocks.toBlock(result));
  }
}
