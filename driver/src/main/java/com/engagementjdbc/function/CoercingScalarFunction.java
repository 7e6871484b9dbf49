package com.engagementjdbc.function;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;

/**
 * A public static method as an SQL scalar function that takes any SQL numeric type where the method takes
 * {@code Double}, and hands NULLs to the method (which decides what NULL means) instead of short-circuiting.
 */
final class CoercingScalarFunction implements ScalarFunction, ImplementableFunction {
  private final Method method;
  private final ScalarFunction signature;

  CoercingScalarFunction(Method method) {
    if (!Modifier.isStatic(method.getModifiers())) {
      throw new IllegalArgumentException(method + " must be static");
    }
    this.method = method;
    this.signature = ScalarFunctionImpl.create(method);
  }

  @Override public List<FunctionParameter> getParameters() {
    return Arguments.parameters(signature.getParameters(), method.getParameterTypes(), 0);
  }

  @Override public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    RelDataType time = ZoneFreeTime.sqlType(method.getReturnType(), typeFactory);
    return typeFactory.createTypeWithNullability(time != null ? time : signature.getReturnType(typeFactory), true);
  }

  @Override public CallImplementor getImplementor() {
    return RexImpTable.createImplementor((translator, call, operands) -> {
      Expression result = Expressions.call(method, Arguments.convert(operands, method.getParameterTypes(), 0));
      return ZoneFreeTime.toInternal(result, method.getReturnType());
    }, NullPolicy.NONE, false);
  }
}
