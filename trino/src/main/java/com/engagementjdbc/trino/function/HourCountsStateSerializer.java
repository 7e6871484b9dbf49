package com.engagementjdbc.trino.function;

import static io.trino.spi.type.VarbinaryType.VARBINARY;

import com.engagementjdbc.functions.BestSendHour;
import io.airlift.slice.Slice;
import io.airlift.slice.Slices;
import io.trino.spi.block.Block;
import io.trino.spi.block.BlockBuilder;
import io.trino.spi.function.AccumulatorStateSerializer;
import io.trino.spi.type.Type;

/** The 24 counts as 24 longs of a VARBINARY, between workers. */
public final class HourCountsStateSerializer implements AccumulatorStateSerializer<HourCountsState> {
  private static final int HOURS = 24;

  @Override public Type getSerializedType() {
    return VARBINARY;
  }

  @Override public void serialize(HourCountsState state, BlockBuilder out) {
    Slice slice = Slices.allocate(HOURS * Long.BYTES);
    for (int hour = 0; hour < HOURS; hour++) {
      slice.setLong(hour * Long.BYTES, state.getCounts().count(hour));
    }
    VARBINARY.writeSlice(out, slice);
  }

  @Override public void deserialize(Block block, int index, HourCountsState state) {
    Slice slice = VARBINARY.getSlice(block, index);
    long[] perHour = new long[HOURS];
    for (int hour = 0; hour < HOURS; hour++) {
      perHour[hour] = slice.getLong(hour * Long.BYTES);
    }
    state.setCounts(new BestSendHour.Counts(perHour));
  }
}
