package com.engagementjdbc.trino.function;

import static io.trino.spi.type.DoubleType.DOUBLE;

import io.trino.spi.block.BlockBuilder;
import io.trino.spi.block.ValueBlock;

/** Reads a nullable DOUBLE argument, writes a nullable DOUBLE result. */
final class Doubles {
  private Doubles() {
  }

  static Double read(ValueBlock block, int position) {
    return block.isNull(position) ? null : DOUBLE.getDouble(block, position);
  }

  static void write(Double value, BlockBuilder out) {
    if (value == null) {
      out.appendNull();
    } else {
      DOUBLE.writeDouble(out, value);
    }
  }
}
