package com.engagementjdbc.trino.function;

import io.trino.spi.function.AccumulatorState;

/**
 * The state of an aggregate whose accumulator in {@code functions/} is two running sums and whether a row counted:
 * Trino generates its grouped form and its serialisation between workers from these accessors.
 */
public interface SumsState extends AccumulatorState {
  double getNumerator();

  void setNumerator(double value);

  double getDenominator();

  void setDenominator(double value);

  boolean isAny();

  void setAny(boolean value);
}
