package com.engagementjdbc.trino.function;

import com.engagementjdbc.functions.BestSendHour;
import io.trino.spi.function.AccumulatorState;
import io.trino.spi.function.AccumulatorStateMetadata;

/** The state of BEST_SEND_HOUR: the {@link BestSendHour.Counts} of {@code functions/} itself. */
@AccumulatorStateMetadata(stateFactoryClass = HourCountsStateFactory.class,
    stateSerializerClass = HourCountsStateSerializer.class, serializedType = "varbinary")
public interface HourCountsState extends AccumulatorState {
  BestSendHour.Counts getCounts();

  void setCounts(BestSendHour.Counts counts);
}
