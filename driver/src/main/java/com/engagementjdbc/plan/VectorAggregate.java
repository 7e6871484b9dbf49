package com.engagementjdbc.plan;

import com.engagementjdbc.vector.VectorAggregation;
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
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;

/**
 * A GROUP BY over a cached file, or over the join of two, computed on their column vectors
 * ({@link VectorAggregation}), in place of Calcite's scans, join, projection and aggregate: a leaf of the plan that
 * reads the tables itself.
 */
final class VectorAggregate extends AbstractRelNode implements EnumerableRel {
  private final List<RelOptTable> tables;
  private final VectorAggregation aggregation;
  private final RelDataType resultType;
  private final String computes;
  private final List<RexNode> filters;
  private final double resultRows;

  /**
   * @param tables the file read, or the two files joined
   * @param filters the scan's filters, or the join's condition
   */
  VectorAggregate(Aggregate aggregate, List<RelOptTable> tables, List<RexNode> filters, List<RexNode> expressions,
      VectorAggregation aggregation) {
    super(aggregate.getCluster(), aggregate.getTraitSet().replace(EnumerableConvention.INSTANCE));
    this.tables = tables;
    this.aggregation = aggregation;
    this.resultType = aggregate.getRowType();
    this.filters = filters;
    this.computes = "group=" + aggregate.getGroupSet() + ", aggregates=" + aggregate.getAggCallList()
        + ", of=" + expressions;
    this.resultRows = aggregate.getCluster().getMetadataQuery().getRowCount(aggregate);
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

  /** A pass over the vectors, far cheaper per row than the plan it replaces, which reads and boxes every row. */
  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double passed = tables.stream().mapToDouble(RelOptTable::getRowCount).sum() / 100;
    return planner.getCostFactory().makeCost(resultRows + passed, passed, 0);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    Expression rows = Expressions.call(implementor.stash(aggregation, VectorAggregation.class), "run",
        implementor.getRootExpression());
    // a row of one column is its value, as Calcite's other array-row operators hand it on
    Expression result = getRowType().getFieldCount() == 1 ? Expressions.call(BuiltInMethod.SLICE0.method, rows) : rows;
    return implementor.result(physType, Blocks.toBlock(result));
  }
}
