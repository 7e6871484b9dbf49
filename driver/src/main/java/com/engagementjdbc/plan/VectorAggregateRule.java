package com.engagementjdbc.plan;

import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.vector.JoinSide;
import com.engagementjdbc.vector.VectorAggregation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * Plans a GROUP BY over the scan of a cached file (with or without a projection and a filter between them) or over
 * an equi-join of a file's rows with another input, as a {@link VectorScan} when {@link VectorAggregation} computes every part of it; else
 * Calcite's own plan stays.
 */
final class VectorAggregateRule extends RelRule<RelRule.Config> {
  private static final String AGGREGATE = "VectorAggregate";

  /**
   * GROUP BY over one file, or over the join of two, matched on the logical plan: a pushed-down scan is in another
   * convention, which a rule's operand below a logical aggregate does not see.
   */
  static final List<VectorAggregateRule> RULES = rules();

  private static List<VectorAggregateRule> rules() {
    List<VectorAggregateRule> rules = new ArrayList<>();
    overScan(LogicalAggregate.class).forEach((shape, operands) -> rules.add(rule(shape, operands)));
    // a projection, a filter (a NOT EXISTS is a left join and an IS NULL), both or neither between them
    rules.add(rule("projection, filter and join", aggregate -> overJoin(aggregate,
        List.of(LogicalAggregate.class, LogicalProject.class, LogicalFilter.class))));
    rules.add(rule("projection and join", aggregate -> overJoin(aggregate,
        List.of(LogicalAggregate.class, LogicalProject.class))));
    rules.add(rule("filter and join", aggregate -> overJoin(aggregate,
        List.of(LogicalAggregate.class, LogicalFilter.class))));
    rules.add(rule("join", aggregate -> overJoin(aggregate, List.of(LogicalAggregate.class))));
    return List.copyOf(rules);
  }

  /** Operands for the given operations, each over the next, over a join of any two inputs. */
  private static RelRule.Done overJoin(RelRule.OperandBuilder top, List<Class<? extends RelNode>> operations) {
    if (operations.isEmpty()) {
      return top.operand(LogicalJoin.class).inputs(
          left -> left.operand(RelNode.class).anyInputs(),
          right -> right.operand(RelNode.class).anyInputs());
    }
    return top.operand(operations.get(0))
        .oneInput(below -> overJoin(below, operations.subList(1, operations.size())));
  }

  /**
   * The shapes of an operation over one table's scan, with a projection, a filter, both or neither between them, by
   * name: the plan as SQL gives it, before Calcite pushes projections and filters into the scan.
   */
  static Map<String, OperandTransform> overScan(Class<? extends RelNode> operation) {
    Map<String, OperandTransform> shapes = new LinkedHashMap<>();
    shapes.put("projection and filter", top -> top.operand(operation)
        .oneInput(project -> project.operand(LogicalProject.class)
            .oneInput(filter -> filter.operand(LogicalFilter.class)
                .oneInput(scan -> scan.operand(LogicalTableScan.class).noInputs()))));
    shapes.put("projection", top -> top.operand(operation)
        .oneInput(project -> project.operand(LogicalProject.class)
            .oneInput(scan -> scan.operand(LogicalTableScan.class).noInputs())));
    shapes.put("filter", top -> top.operand(operation)
        .oneInput(filter -> filter.operand(LogicalFilter.class)
            .oneInput(scan -> scan.operand(LogicalTableScan.class).noInputs())));
    shapes.put("scan", top -> top.operand(operation)
        .oneInput(scan -> scan.operand(LogicalTableScan.class).noInputs()));
    return shapes;
  }

  private static VectorAggregateRule rule(String shape, OperandTransform operands) {
    return (VectorAggregateRule) new Settings("VectorAggregateRule(" + shape + ")", operands,
        RelFactories.LOGICAL_BUILDER, VectorAggregateRule::new).toRule();
  }

  private VectorAggregateRule(Config config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    if (call.rels.length >= 4 && call.rels[call.rels.length - 3] instanceof LogicalJoin join) {
      onJoin(call, join, call.rels.length - 3);
      return;
    }
    LogicalAggregate aggregate = call.rel(0);
    TableScan scan = call.rel(call.rels.length - 1);
    List<RexNode> expressions = fields(scan);
    List<RexNode> filters = List.of();
    for (int i = 1; i < call.rels.length - 1; i++) {
      if (call.rel(i) instanceof Project project) {
        expressions = project.getProjects();
      } else {
        filters = List.of(((Filter) call.rel(i)).getCondition());
      }
    }
    int[] columns = new int[scan.getRowType().getFieldCount()];
    Arrays.setAll(columns, i -> i);
    VectorAggregation aggregation = VectorAggregation.ofScan(aggregate, scan.getTable().unwrap(FileTable.class),
        filters, columns, expressions);
    if (aggregation != null) {
      call.transformTo(new VectorScan(aggregate, AGGREGATE, List.of(scan.getTable()), List.of(),
          computes(aggregate, expressions), filters, aggregation));
    }
  }

  /**
   * An aggregate over an equi-join (inner, left, right, semi or anti; keys compared with =, NULL keys joining
   * nothing) of two inputs, one of them at least a file's rows: the other may be anything the rest of the plan
   * computes, such as a top-N subquery.
   */
  private static void onJoin(RelOptRuleCall call, LogicalJoin join, int joinAt) {
    LogicalAggregate aggregate = call.rel(0);
    JoinInfo info = join.analyzeCondition();
    JoinRelType type = join.getJoinType();
    if (type == JoinRelType.FULL || type == JoinRelType.ASOF || type == JoinRelType.LEFT_ASOF
        || info.leftKeys.isEmpty() || info.nullExclusionFlags.contains(false)) {
      return;
    }
    FileRows leftFile = FileRows.of(call.rel(call.rels.length - 2));
    FileRows rightFile = FileRows.of(call.rel(call.rels.length - 1));
    if (leftFile == null && rightFile == null) {
      return;
    }
    List<RelOptTable> tables = new ArrayList<>();
    List<RelNode> inputs = new ArrayList<>();
    JoinSide left = side(leftFile, join.getLeft(), tables, inputs);
    JoinSide right = side(rightFile, join.getRight(), tables, inputs);
    if (left == null || right == null) {
      return;
    }
    List<RexNode> expressions = call.rel(1) instanceof Project project ? project.getProjects() : fields(join);
    RexNode where = call.rel(joinAt - 1) instanceof Filter filter ? filter.getCondition() : null;
    RexNode others = info.nonEquiConditions.isEmpty() ? null
        : RexUtil.composeConjunction(join.getCluster().getRexBuilder(), info.nonEquiConditions);
    VectorAggregation aggregation = VectorAggregation.ofJoin(aggregate, left, right, type,
        info.leftKeys.toIntArray(), info.rightKeys.toIntArray(), others, where, expressions);
    if (aggregation != null) {
      call.transformTo(new VectorScan(aggregate, AGGREGATE, tables, inputs,
          type.lowerName + " join, " + computes(aggregate, expressions),
          where == null ? List.of(join.getCondition()) : List.of(join.getCondition(), where), aggregation));
    }
  }

  /** A join input read as a file's rows, or else as the rows the rest of the plan computes for it. */
  private static JoinSide side(FileRows file, RelNode input, List<RelOptTable> tables, List<RelNode> inputs) {
    if (file != null) {
      tables.add(file.scan().getTable());
      return file.side();
    }
    JoinSide computed = JoinSide.computed(inputs.size(), input.getRowType());
    inputs.add(convert(input, input.getTraitSet().replace(EnumerableConvention.INSTANCE)));
    return computed;
  }

  private static String computes(LogicalAggregate aggregate, List<RexNode> expressions) {
    return "group=" + aggregate.getGroupSet() + ", aggregates=" + aggregate.getAggCallList() + ", of=" + expressions;
  }

  /**
   * A rule's settings, and the constructor of the rule they make: Calcite's own rules generate theirs with an
   * annotation processor this build does not run.
   */
  record Settings(String description, OperandTransform operandSupplier, RelBuilderFactory relBuilderFactory,
      Function<Config, RelRule<?>> rule) implements Config {
    @Override public RelRule<?> toRule() {
      return rule.apply(this);
    }

    @Override public Config withRelBuilderFactory(RelBuilderFactory factory) {
      return new Settings(description, operandSupplier, factory, rule);
    }

    @Override public Config withDescription(String description) {
      return new Settings(description, operandSupplier, relBuilderFactory, rule);
    }

    @Override public Config withOperandSupplier(OperandTransform transform) {
      return new Settings(description, transform, relBuilderFactory, rule);
    }
  }

  static List<RexNode> fields(RelNode rel) {
    List<RexNode> fields = new ArrayList<>();
    for (int i = 0; i < rel.getRowType().getFieldCount(); i++) {
      fields.add(RexInputRef.of(i, rel.getRowType()));
    }
    return fields;
  }
}
