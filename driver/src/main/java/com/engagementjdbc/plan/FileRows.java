package com.engagementjdbc.plan;

import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.vector.JoinSide;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;

/**
 * An input that is a cached file's rows (of a join, of a window): its scan, under filters and projections (as
 * Calcite pushes them into a join's inputs), each filter and field then written over the file's columns.
 */
record FileRows(TableScan scan, List<RexNode> filters, List<RexNode> fields) {
  /** Filters and projections deeper than this are not looked through: the planner's sets may loop. */
  private static final int MAX_DEPTH = 6;

  /** The file's rows an input gives, or null when it is not one; an input in the planner may be a set of plans. */
  static FileRows of(RelNode input) {
    return of(input, 0);
  }

  private static FileRows of(RelNode input, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (input instanceof RelSubset subset) {
      for (RelNode rel : subset.getRelList()) {
        FileRows rows = of(rel, depth + 1);
        if (rows != null) {
          return rows;
        }
      }
      return null;
    }
    if (input instanceof LogicalTableScan scan) {
      return scan.getTable().unwrap(FileTable.class) == null ? null
          : new FileRows(scan, List.of(), VectorAggregateRule.fields(scan));
    }
    if (!(input instanceof LogicalProject) && !(input instanceof LogicalFilter)) {
      return null;
    }
    FileRows below = of(input.getInput(0), depth + 1);
    if (below == null) {
      return null;
    }
    RexShuttle overFile = new RexShuttle() {
      @Override public RexNode visitInputRef(RexInputRef ref) {
        return below.fields.get(ref.getIndex());
      }
    };
    if (input instanceof LogicalProject project) {
      return new FileRows(below.scan, below.filters, overFile.apply(project.getProjects()));
    }
    List<RexNode> filters = new ArrayList<>(below.filters);
    filters.add(((LogicalFilter) input).getCondition().accept(overFile));
    return new FileRows(below.scan, filters, below.fields);
  }

  /** The rows, as a join's or a window's input on the vectors. */
  JoinSide side() {
    return JoinSide.ofFile(scan.getTable().unwrap(FileTable.class), filters, fields);
  }
}
