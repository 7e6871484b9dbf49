package com.engagementjdbc.vector;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;

/** A query part computed on cached column vectors, run by the code Calcite generates for the plan. */
public interface VectorPlan {
  /** The result rows, each an array of values in Calcite's run-time representation. */
  Enumerable<Object[]> run(DataContext root);
}
