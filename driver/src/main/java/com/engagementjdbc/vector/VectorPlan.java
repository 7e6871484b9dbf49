package com.engagementjdbc.vector;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;

/** A query part computed on cached column vectors, run by the code Calcite generates for the plan. */
public interface VectorPlan {
  /**
   * The result rows, each an array of values in Calcite's run-time representation.
   *
   * @param inputs the rows of the plan's inputs computed by the rest of the query, each an {@code Object[]}; none
   *     for a plan that reads only files
   */
  Enumerable<Object[]> run(DataContext root, Enumerable<?>... inputs);
}
