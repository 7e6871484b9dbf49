package com.engagementjdbc.trino.function;

import com.engagementjdbc.functions.BestSendHour;
import io.trino.spi.function.AccumulatorStateFactory;
import io.trino.spi.function.GroupedAccumulatorState;
import java.util.ArrayList;
import java.util.List;

/** One {@link BestSendHour.Counts} per state, or per group of a GROUP BY. */
public final class HourCountsStateFactory implements AccumulatorStateFactory<HourCountsState> {
  /** Heap bytes of one Counts: its object, its array of 24 longs and the array's header, roughly. */
  private static final long COUNTS_BYTES = 16 + 16 + 24 * 8;

  @Override public HourCountsState createSingleState() {
    return new Single();
  }

  @Override public HourCountsState createGroupedState() {
    return new Grouped();
  }

  private static final class Single implements HourCountsState {
    private BestSendHour.Counts counts = new BestSendHour.Counts();

    @Override public BestSendHour.Counts getCounts() {
      return counts;
    }

    @Override public void setCounts(BestSendHour.Counts counts) {
      this.counts = counts;
    }

    @Override public long getEstimatedSize() {
      return COUNTS_BYTES;
    }
  }

  /** The counts of every group, made as groups appear. */
  private static final class Grouped implements HourCountsState, GroupedAccumulatorState {
    private final List<BestSendHour.Counts> groups = new ArrayList<>();
    private int group;

    @Override public void setGroupId(int groupId) {
      group = groupId;
    }

    @Override public void ensureCapacity(int size) {
      while (groups.size() < size) {
        groups.add(new BestSendHour.Counts());
      }
    }

    @Override public BestSendHour.Counts getCounts() {
      return groups.get(group);
    }

    @Override public void setCounts(BestSendHour.Counts counts) {
      groups.set(group, counts);
    }

    @Override public long getEstimatedSize() {
      return 64 + groups.size() * (COUNTS_BYTES + 8);
    }
  }
}
