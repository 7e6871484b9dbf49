package com.engagementjdbc.function;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.runtime.SqlFunctions;

/**
 * Converts the Java expressions Calcite generates for SQL arguments into the parameter types of a function's
 * Java method. Calcite's own reflective implementors pass an INTEGER column as {@code Integer} to a
 * {@code Double} parameter, which fails to compile, and a TIMESTAMP as its internal {@code long}; analysts
 * pass every numeric type to these functions, so every argument is converted here.
 */
final class Arguments {
  private Arguments() {
  }

  static List<Expression> convert(List<Expression> arguments, Class<?>[] parameterTypes, int firstParameter) {
    List<Expression> converted = new ArrayList<>(arguments.size());
    for (int i = 0; i < arguments.size(); i++) {
      converted.add(convert(arguments.get(i), parameterTypes[firstParameter + i]));
    }
    return converted;
  }

  private static Expression convert(Expression argument, Class<?> parameterType) {
    // DATE and TIMESTAMP travel as int and long inside generated code
    if (parameterType == java.sql.Timestamp.class) {
      return Expressions.call(SqlFunctions.class, "internalToTimestamp", EnumUtils.convert(argument, Long.class));
    }
    if (parameterType == java.sql.Date.class) {
      return Expressions.call(SqlFunctions.class, "internalToDate", EnumUtils.convert(argument, Integer.class));
    }
    return EnumUtils.convert(argument, (Type) parameterType);
  }
}
