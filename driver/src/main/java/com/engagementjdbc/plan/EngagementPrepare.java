package com.engagementjdbc.plan;

import com.engagementjdbc.schema.TableUses;
import java.lang.reflect.Type;
import java.util.function.UnaryOperator;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.Prepare.CatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's statement preparation with this driver's planner rules added, for its connections only, and the plans
 * of queries kept for the same SQL while their files are unchanged ({@link PlanCache}).
 */
public final class EngagementPrepare extends CalcitePrepareImpl {
  @Override public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType,
      long maxRowCount) {
    if (query.sql == null) {
      return super.prepareSql(context, query, elementType, maxRowCount);
    }
    PlanCache plans = PlanCache.of(context.getMutableRootSchema());
    PlanCache.Key key = new PlanCache.Key(query.sql, context.getDefaultSchemaPath(), maxRowCount, elementType);
    CalciteSignature<T> planned = plans.get(key);
    if (planned != null) {
      return planned;
    }
    TableUses tables = TableUses.start();
    CalciteSignature<T> signature;
    try {
      signature = super.prepareSql(context, query, elementType, maxRowCount);
    } finally {
      tables.stop();
    }
    if (signature.statementType == Meta.StatementType.SELECT && tables.reusable()) {
      plans.put(key, signature, tables);
    }
    return signature;
  }

  /**
   * Calcite's statement, planning with {@link PlanStatistics}: the standard program sets its metadata provider on the
   * cluster in each of its phases, so the provider is given to the program rather than to the cluster; validating
   * with {@link AnalystValidator}.
   */
  @Override protected CalcitePreparingStmt getPreparingStmt(Context context, Type elementType,
      CalciteCatalogReader catalogReader, RelOptPlanner planner) {
    JavaTypeFactory typeFactory = context.getTypeFactory();
    EnumerableRel.Prefer prefer = elementType == Object[].class ? EnumerableRel.Prefer.ARRAY : EnumerableRel.Prefer.CUSTOM;
    RelOptCluster cluster = createCluster(planner, new RexBuilder(typeFactory));
    cluster.setMetadataProvider(PlanStatistics.PROVIDER);
    return new CalcitePreparingStmt(this, context, catalogReader, typeFactory, context.getRootSchema(), prefer,
        cluster, EnumerableConvention.INSTANCE, createConvertletTable()) {
      @Override protected Program getProgram() {
        return Programs.standard(PlanStatistics.PROVIDER);
      }

      @Override protected SqlValidator createSqlValidator(CatalogReader reader,
          UnaryOperator<SqlValidator.Config> configure) {
        SqlValidator calcite = super.createSqlValidator(reader, configure);
        return new AnalystValidator(calcite.getOperatorTable(), (CalciteCatalogReader) reader,
            context.getTypeFactory(), calcite.config());
      }
    };
  }

  @Override protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext,
      org.apache.calcite.plan.@Nullable Context externalContext, @Nullable RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    planner.addRule(SmallBuildSideHashJoin.RULE);
    VectorAggregateRule.RULES.forEach(planner::addRule);
    VectorTopNRule.RULES.forEach(planner::addRule);
    VectorWindowRule.RULES.forEach(planner::addRule);
    return planner;
  }
}
