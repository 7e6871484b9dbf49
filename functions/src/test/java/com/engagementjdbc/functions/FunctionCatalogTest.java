package com.engagementjdbc.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.functions.FunctionCatalog.FunctionSpec;
import com.engagementjdbc.functions.FunctionCatalog.Kind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FunctionCatalogTest {
  @Test void everyEntryPointsAtAnImplementationOfItsArity() throws Exception {
    for (FunctionSpec spec : FunctionCatalog.FUNCTIONS) {
      assertTrue(spec.signature().startsWith(spec.sqlName() + "("), spec.signature());
      assertTrue(!spec.remarks().isBlank());
      if (spec.kind() == Kind.SCALAR) {
        Method method = Arrays.stream(spec.implementation().getMethods())
            .filter(m -> m.getName().equals(spec.methodName()) && m.getParameterCount() == spec.arity())
            .findFirst().orElse(null);
        assertNotNull(method, spec.signature());
        assertTrue(Modifier.isStatic(method.getModifiers()), spec.signature());
      } else if (spec.kind() == Kind.AGGREGATE) {
        Method add = Arrays.stream(spec.implementation().getMethods()).filter(m -> m.getName().equals("add"))
            .findFirst().orElseThrow();
        assertEquals(spec.arity() + 1, add.getParameterCount(), spec.signature());
        // an engine that splits the rows (the driver does for @SumsArguments classes) merges accumulators
        Class<?> accumulator = spec.implementation().getMethod("init").getReturnType();
        assertEquals(accumulator, spec.implementation().getMethod("merge", accumulator, accumulator).getReturnType(),
            spec.signature());
        if (Arrays.stream(add.getParameterTypes()).skip(1).allMatch(Double.class::equals)) {
          Class<?>[] values = new Class<?>[spec.arity() + 1];
          Arrays.fill(values, double.class);
          values[0] = accumulator;
          assertEquals(accumulator, spec.implementation().getMethod("addValues", values).getReturnType(),
              spec.signature());
        }
      }
    }
  }
}
