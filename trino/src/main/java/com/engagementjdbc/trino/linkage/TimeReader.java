package com.engagementjdbc.trino.linkage;

import io.trino.spi.block.Block;
import io.trino.spi.type.DateType;
import io.trino.spi.type.TimestampType;
import io.trino.spi.type.Type;

/** A ts column as the driver reads one: epoch milliseconds, a DATE counting from its midnight, no time zone. */
final class TimeReader {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private TimeReader() {
  }

  static boolean reads(Type type) {
    return type instanceof DateType || type instanceof TimestampType timestamp && timestamp.isShort();
  }

  /** @return the time at a non-NULL position; a short TIMESTAMP holds microseconds, a DATE days */
  static long millis(Type type, Block block, int position) {
    long value = type.getLong(block, position);
    return type instanceof DateType ? value * MILLIS_PER_DAY : Math.floorDiv(value, 1000);
  }
}
