package com.engagementjdbc.function;

import com.engagementjdbc.functions.FunctionCatalog;
import com.engagementjdbc.functions.FunctionCatalog.FunctionSpec;
import com.engagementjdbc.schema.FolderSchema;
import java.lang.reflect.Method;
import java.util.List;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Registers every function of {@link FunctionCatalog}, and the {@link SqlCompatibility} functions BI tools emit, on a
 * connection's root schema, callable unqualified.
 */
public final class EngagementFunctions {
  private EngagementFunctions() {
  }

  /** @param schemas the connection's schemas of files, the default one first */
  public static void register(SchemaPlus root, List<FolderSchema> schemas) {
    for (Method method : SqlCompatibility.class.getMethods()) {
      if (method.getName().equals("dateTrunc")) {
        root.add("DATE_TRUNC", new CoercingScalarFunction(method));
      }
    }
    for (FunctionSpec spec : FunctionCatalog.FUNCTIONS) {
      switch (spec.kind()) {
        case SCALAR -> root.add(spec.sqlName(), new CoercingScalarFunction(method(spec)));
        case AGGREGATE -> root.add(spec.sqlName(), new CoercingAggregateFunction(spec.sqlName(),
            spec.implementation()));
        case TABLE -> root.add(spec.sqlName(), new LinkConversionsFunction(schemas));
        default -> throw new AssertionError(spec.kind());
      }
    }
  }

  private static Method method(FunctionSpec spec) {
    for (Method method : spec.implementation().getMethods()) {
      if (method.getName().equals(spec.methodName()) && method.getParameterCount() == spec.arity()) {
        return method;
      }
    }
    throw new IllegalStateException("no method " + spec.methodName() + " with " + spec.arity() + " parameters in "
        + spec.implementation());
  }
}
