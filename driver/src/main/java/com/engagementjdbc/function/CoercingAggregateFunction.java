package com.engagementjdbc.function;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.AggAddContext;
import org.apache.calcite.adapter.enumerable.AggContext;
import org.apache.calcite.adapter.enumerable.AggImplementor;
import org.apache.calcite.adapter.enumerable.AggResetContext;
import org.apache.calcite.adapter.enumerable.AggResultContext;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableAggFunction;
import org.apache.calcite.schema.impl.AggregateFunctionImpl;

/**
 * An aggregate class ({@code init}, {@code add}, {@code result} instance methods) as an SQL aggregate function
 * whose arguments are converted to the {@code add} method's parameter types, and which sees every row: the
 * class, not Calcite, decides what a NULL argument means (Calcite's reflective implementor skips such rows).
 */
public final class CoercingAggregateFunction implements ImplementableAggFunction {
  private final String name;
  private final AggregateFunctionImpl reflected;

  CoercingAggregateFunction(String name, Class<?> aggregateClass) {
    this.name = name;
    this.reflected = AggregateFunctionImpl.create(aggregateClass);
    if (reflected == null || reflected.isStatic) {
      throw new IllegalArgumentException(aggregateClass + " needs public instance init, add and result methods");
    }
  }

  /** The class's methods, for an engine that folds rows without Calcite's generated code. */
  public AggregateFunctionImpl implementation() {
    return reflected;
  }

  @Override public List<FunctionParameter> getParameters() {
    return Arguments.parameters(reflected.getParameters(), reflected.addMethod.getParameterTypes(), 1);
  }

  @Override public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(reflected.getReturnType(typeFactory), true);
  }

  @Override public AggImplementor getImplementor(boolean windowContext) {
    if (windowContext) {
      throw new EngagementException(SqlState.FEATURE_NOT_SUPPORTED,
          name + " is an aggregate function and cannot be used with OVER (...)");
    }
    return new Implementor();
  }

  /** State: the accumulator, then the aggregate object whose methods fold rows into it. */
  private final class Implementor implements AggImplementor {
    @Override public List<Type> getStateType(AggContext info) {
      return List.of(reflected.accumulatorType, reflected.declaringClass);
    }

    @Override public void implementReset(AggContext info, AggResetContext reset) {
      List<Expression> state = reset.accumulator();
      reset.currentBlock().add(
          Expressions.statement(Expressions.assign(state.get(1), Expressions.new_(reflected.declaringClass))));
      reset.currentBlock().add(
          Expressions.statement(Expressions.assign(state.get(0),
              Expressions.call(state.get(1), reflected.initMethod))));
    }

    @Override public void implementAdd(AggContext info, AggAddContext add) {
      List<Expression> state = add.accumulator();
      List<Expression> arguments = new ArrayList<>();
      arguments.add(state.get(0));
      arguments.addAll(Arguments.convert(add.arguments(), reflected.addMethod.getParameterTypes(), 1));
      add.currentBlock().add(
          Expressions.statement(Expressions.assign(state.get(0),
              Expressions.call(state.get(1), reflected.addMethod, arguments))));
    }

    @Override public Expression implementResult(AggContext info, AggResultContext result) {
      List<Expression> state = result.accumulator();
      return Expressions.call(state.get(1), reflected.resultMethod, state.get(0));
    }
  }
}
