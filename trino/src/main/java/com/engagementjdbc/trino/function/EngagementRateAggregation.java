package com.engagementjdbc.trino.function;

import com.engagementjdbc.functions.EngagementRateAgg;
import io.trino.spi.block.BlockBuilder;
import io.trino.spi.block.ValueBlock;
import io.trino.spi.function.AggregationFunction;
import io.trino.spi.function.AggregationState;
import io.trino.spi.function.BlockIndex;
import io.trino.spi.function.BlockPosition;
import io.trino.spi.function.CombineFunction;
import io.trino.spi.function.InputFunction;
import io.trino.spi.function.OutputFunction;
import io.trino.spi.function.SqlNullable;
import io.trino.spi.function.SqlType;
import io.trino.spi.type.StandardTypes;

/** ENGAGEMENT_RATE_AGG(interactions, audience): {@link EngagementRateAgg} over Trino's state. */
@AggregationFunction("engagement_rate_agg")
public final class EngagementRateAggregation {
  private static final EngagementRateAgg AGGREGATE = new EngagementRateAgg();

  private EngagementRateAggregation() {
  }

  @InputFunction
  public static void input(@AggregationState SumsState state,
      @SqlNullable @BlockPosition @SqlType(StandardTypes.DOUBLE) ValueBlock interactions,
      @BlockIndex int interactionsPosition,
      @SqlNullable @BlockPosition @SqlType(StandardTypes.DOUBLE) ValueBlock audience,
      @BlockIndex int audiencePosition) {
    store(state, AGGREGATE.add(load(state), Doubles.read(interactions, interactionsPosition), Doubles.read(audience, audiencePosition)));
  }

  @CombineFunction
  public static void combine(@AggregationState SumsState state, @AggregationState SumsState other) {
    store(state, AGGREGATE.merge(load(state), load(other)));
  }

  @OutputFunction(StandardTypes.DOUBLE)
  public static void output(@AggregationState SumsState state, BlockBuilder out) {
    Doubles.write(AGGREGATE.result(load(state)), out);
  }

  private static EngagementRateAgg.Sums load(SumsState state) {
    return new EngagementRateAgg.Sums(state.getNumerator(), state.getDenominator(), state.isAny());
  }

  private static void store(SumsState state, EngagementRateAgg.Sums sums) {
    state.setNumerator(sums.interactions());
    state.setDenominator(sums.audience());
    state.setAny(sums.any());
  }
}
