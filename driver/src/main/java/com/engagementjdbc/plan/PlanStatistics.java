package com.engagementjdbc.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.EnumerableInterpreter;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.ChainedRelMetadataProvider;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataDef;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.ReflectiveRelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMdRowCount;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.Util;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The estimates this driver's planner works with: Calcite's, with the sizes of equi-joins taken from the distinct
 * counts of their keys, and the statistics of a file's columns ({@code ScanStatistics}) reaching the plan through
 * the interpreter node that runs a scan with pushed-down filters, which Calcite's estimates stop at.
 */
public final class PlanStatistics {
  /** One instance for the JVM: Calcite generates and compiles the metadata code of each provider once. */
  static final RelMetadataProvider PROVIDER = ChainedRelMetadataProvider.of(List.of(
      ReflectiveRelMetadataProvider.reflectiveSource(new JoinRowCount(), BuiltInMetadata.RowCount.Handler.class),
      ReflectiveRelMetadataProvider.reflectiveSource(new ScanDistinctRowCount(),
          BuiltInMetadata.DistinctRowCount.Handler.class),
      ReflectiveRelMetadataProvider.reflectiveSource(new ScanUniqueness(),
          BuiltInMetadata.ColumnUniqueness.Handler.class),
      // first in the chain wins for a kind of node: these cover only the nodes their methods name
      DefaultRelMetadataProvider.INSTANCE));

  private PlanStatistics() {
  }

  /**
   * Where Calcite alone guesses that an equality keeps 15% of all pairs (a join of 3M touches to 50 000
   * conversions on the contact would be 22 billion rows), each key value of the side with fewer distinct keys is
   * taken to meet rows of the other: {@code left * right / max(distinct left keys, distinct right keys)}, the
   * textbook estimate, times Calcite's selectivity of the join's other conditions. Joins are ordered and their
   * build sides chosen on these numbers.
   */
  public static final class JoinRowCount extends RelMdRowCount {
    private static final Set<JoinRelType> OUTER_OR_INNER =
        EnumSet.of(JoinRelType.INNER, JoinRelType.LEFT, JoinRelType.RIGHT, JoinRelType.FULL);

    @Override public @Nullable Double getRowCount(Join join, RelMetadataQuery mq) {
      JoinInfo keys = join.analyzeCondition();
      if (keys.leftKeys.isEmpty() || !OUTER_OR_INNER.contains(join.getJoinType())) {
        return super.getRowCount(join, mq);
      }
      Double left = mq.getRowCount(join.getLeft());
      Double right = mq.getRowCount(join.getRight());
      Double leftDistinct = mq.getDistinctRowCount(join.getLeft(), keys.leftSet(), null);
      Double rightDistinct = mq.getDistinctRowCount(join.getRight(), keys.rightSet(), null);
      Double otherConditions = mq.getSelectivity(join, keys.getRemaining(join.getCluster().getRexBuilder()));
      if (left == null || right == null || leftDistinct == null || rightDistinct == null
          || otherConditions == null) {
        return super.getRowCount(join, mq);
      }
      double matched = left * right / Math.max(1.0, Math.max(leftDistinct, rightDistinct)) * otherConditions;
      return switch (join.getJoinType()) {
        case LEFT -> Math.max(matched, left);
        case RIGHT -> Math.max(matched, right);
        case FULL -> Math.max(matched, Math.max(left, right));
        default -> matched;
      };
    }
  }

  /**
   * The distinct counts of an interpreted scan are its scan's; those of a set of equivalent plans not yet costed,
   * the first plan's (Calcite gives up there, so a GROUP BY being planned had no estimate of its groups).
   */
  public static final class ScanDistinctRowCount implements MetadataHandler<BuiltInMetadata.DistinctRowCount> {
    @Override public MetadataDef<BuiltInMetadata.DistinctRowCount> getDef() {
      return BuiltInMetadata.DistinctRowCount.DEF;
    }

    public @Nullable Double getDistinctRowCount(EnumerableInterpreter rel, RelMetadataQuery mq,
        ImmutableBitSet groupKey, @Nullable RexNode predicate) {
      return mq.getDistinctRowCount(rel.getInput(), groupKey, predicate);
    }

    public @Nullable Double getDistinctRowCount(RelSubset subset, RelMetadataQuery mq, ImmutableBitSet groupKey,
        @Nullable RexNode predicate) {
      RelNode plan = Util.first(subset.getBest(), subset.getOriginal());
      return plan == null ? null : mq.getDistinctRowCount(plan, groupKey, predicate);
    }
  }

  /** The unique columns of an interpreted scan are its scan's. */
  public static final class ScanUniqueness implements MetadataHandler<BuiltInMetadata.ColumnUniqueness> {
    @Override public MetadataDef<BuiltInMetadata.ColumnUniqueness> getDef() {
      return BuiltInMetadata.ColumnUniqueness.DEF;
    }

    public @Nullable Boolean areColumnsUnique(EnumerableInterpreter rel, RelMetadataQuery mq,
        ImmutableBitSet columns, boolean ignoreNulls) {
      return mq.areColumnsUnique(rel.getInput(), columns, ignoreNulls);
    }
  }
}
