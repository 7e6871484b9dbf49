package com.engagementjdbc.trino.function;

import static io.trino.spi.type.IntegerType.INTEGER;

import com.engagementjdbc.functions.BestSendHour;
import io.trino.spi.block.BlockBuilder;
import io.trino.spi.function.AggregationFunction;
import io.trino.spi.function.AggregationState;
import io.trino.spi.function.CombineFunction;
import io.trino.spi.function.InputFunction;
import io.trino.spi.function.OutputFunction;
import io.trino.spi.function.SqlType;
import io.trino.spi.type.StandardTypes;

/**
 * BEST_SEND_HOUR(ts): {@link BestSendHour} over a TIMESTAMP(3) (Trino widens TIMESTAMP(0) to (2) and DATE to it),
 * the hour of day read as stored, without a time zone. Rows with a NULL ts are skipped, as the driver skips them.
 */
@AggregationFunction("best_send_hour")
public final class BestSendHourAggregation {
  private static final BestSendHour AGGREGATE = new BestSendHour();
  private static final long MICROS_PER_HOUR = 3_600_000_000L;

  private BestSendHourAggregation() {
  }

  /** @param epochMicros a TIMESTAMP(3) as Trino holds it: microseconds since 1970-01-01 00:00, zone-less */
  @InputFunction
  public static void input(@AggregationState HourCountsState state, @SqlType("timestamp(3)") long epochMicros) {
    AGGREGATE.addHour(state.getCounts(), (int) (Math.floorMod(epochMicros, 24 * MICROS_PER_HOUR) / MICROS_PER_HOUR));
  }

  @CombineFunction
  public static void combine(@AggregationState HourCountsState state, @AggregationState HourCountsState other) {
    AGGREGATE.merge(state.getCounts(), other.getCounts());
  }

  @OutputFunction(StandardTypes.INTEGER)
  public static void output(@AggregationState HourCountsState state, BlockBuilder out) {
    Integer hour = AGGREGATE.result(state.getCounts());
    if (hour == null) {
      out.appendNull();
    } else {
      INTEGER.writeLong(out, hour);
    }
  }
}
