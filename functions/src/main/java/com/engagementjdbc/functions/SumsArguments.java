package com.engagementjdbc.functions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an aggregate class whose accumulator only adds its arguments up and counts the rows that counted. Doubles
 * hold every whole number below 2^53 exactly, so over whole-number arguments whose sums stay below that, results
 * over consecutive ranges of rows, merged, are the result over all of them to the last bit: an engine may split
 * the rows across threads without changing the answer. Over fractional arguments it may not: the order of
 * addition decides the rounding.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SumsArguments {
}
