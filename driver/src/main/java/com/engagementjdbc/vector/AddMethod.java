package com.engagementjdbc.vector;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code add} method of an aggregate class (ENGAGEMENT_RATE_AGG's...), or its {@code addValues} taking primitive
 * doubles, as an object of a class made for it by {@link LambdaMetafactory}, as Java makes a method reference: the
 * JIT inlines its call into the loop over the rows, where a method handle held in a field, or {@code Method.invoke},
 * is a call through the handle's machinery for every row (measured: about half of a million-row aggregate). One per
 * method, shared by every query.
 */
abstract class AddMethod {
  /** {@code add} with one argument. */
  interface One {
    Object add(Object instance, Object accumulator, Object a);
  }

  /** {@code add} with two arguments. */
  interface Two {
    Object add(Object instance, Object accumulator, Object a, Object b);
  }

  /** {@code add} with three arguments. */
  interface Three {
    Object add(Object instance, Object accumulator, Object a, Object b, Object c);
  }

  /** {@code addValues} with one argument. */
  interface OneValue {
    Object add(Object instance, Object accumulator, double a);
  }

  /** {@code addValues} with two arguments. */
  interface TwoValues {
    Object add(Object instance, Object accumulator, double a, double b);
  }

  /** {@code addValues} with three arguments. */
  interface ThreeValues {
    Object add(Object instance, Object accumulator, double a, double b, double c);
  }

  private static final Class<?>[] SHAPES = {One.class, Two.class, Three.class};
  private static final Class<?>[] VALUE_SHAPES = {OneValue.class, TwoValues.class, ThreeValues.class};
  private static final Map<Method, Object> MADE = new ConcurrentHashMap<>();

  private AddMethod() {
  }

  /**
   * A {@link One}, {@link Two} or {@link Three} calling {@code add}, or, for a method whose arguments are primitive
   * doubles, a {@link OneValue}, {@link TwoValues} or {@link ThreeValues}; null for more arguments or none.
   */
  static Object of(Method add) {
    int arguments = add.getParameterCount() - 1;
    return arguments < 1 || arguments > SHAPES.length ? null : MADE.computeIfAbsent(add, AddMethod::make);
  }

  private static Object make(Method add) {
    boolean values = add.getParameterTypes()[1] == double.class;
    Class<?> shape = (values ? VALUE_SHAPES : SHAPES)[add.getParameterCount() - 2];
    Class<?>[] erased = new Class<?>[add.getParameterCount() + 1];
    Arrays.fill(erased, values ? double.class : Object.class);
    erased[0] = Object.class;
    erased[1] = Object.class;
    Class<?>[] exact = new Class<?>[add.getParameterCount() + 1];
    exact[0] = add.getDeclaringClass();
    System.arraycopy(add.getParameterTypes(), 0, exact, 1, add.getParameterCount());
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle target = lookup.unreflect(add);
      CallSite site = LambdaMetafactory.metafactory(lookup, "add", MethodType.methodType(shape),
          MethodType.methodType(Object.class, erased), target, MethodType.methodType(add.getReturnType(), exact));
      return site.getTarget().invoke();
    } catch (Throwable notMade) {
      throw new IllegalStateException("cannot call " + add + " from the vector aggregate", notMade);
    }
  }
}
