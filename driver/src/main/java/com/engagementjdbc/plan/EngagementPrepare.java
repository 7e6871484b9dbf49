package com.engagementjdbc.plan;

import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Calcite's statement preparation with this driver's planner rules added, for its connections only. */
public final class EngagementPrepare extends CalcitePrepareImpl {
  @Override protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext,
      org.apache.calcite.plan.@Nullable Context externalContext, @Nullable RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    planner.addRule(SmallBuildSideHashJoin.RULE);
    VectorAggregateRule.RULES.forEach(planner::addRule);
    return planner;
  }
}
