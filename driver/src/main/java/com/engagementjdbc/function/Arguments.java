package com.engagementjdbc.function;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;

/**
 * Converts the Java expressions Calcite generates for SQL arguments into the parameter types of a function's
 * Java method. Calcite's own reflective implementors pass an INTEGER column as {@code Integer} to a
 * {@code Double} parameter, which fails to compile, and a TIMESTAMP as its internal {@code long}; analysts
 * pass every numeric type to these functions, so every argument is converted here, dates and times to java.time
 * values ({@link ZoneFreeTime}).
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
    Expression time = ZoneFreeTime.toJava(argument, parameterType);
    return time != null ? time : EnumUtils.convert(argument, (Type) parameterType);
  }

  /**
   * The SQL parameters of a method as Calcite reflects them, with a {@code LocalDateTime} or {@code LocalDate}
   * parameter taken as SQL's TIMESTAMP or DATE ({@link ZoneFreeTime}); Calcite knows only the java.sql types.
   */
  static List<FunctionParameter> parameters(List<FunctionParameter> reflected, Class<?>[] parameterTypes,
      int firstParameter) {
    List<FunctionParameter> parameters = new ArrayList<>(reflected.size());
    for (FunctionParameter parameter : reflected) {
      Class<?> javaType = parameterTypes[firstParameter + parameter.getOrdinal()];
      parameters.add(new FunctionParameter() {
        @Override public int getOrdinal() {
          return parameter.getOrdinal();
        }

        @Override public String getName() {
          return parameter.getName();
        }

        @Override public RelDataType getType(RelDataTypeFactory typeFactory) {
          RelDataType time = ZoneFreeTime.sqlType(javaType, typeFactory);
          return time != null ? time : parameter.getType(typeFactory);
        }

        @Override public boolean isOptional() {
          return parameter.isOptional();
        }
      });
    }
    return parameters;
  }
}
