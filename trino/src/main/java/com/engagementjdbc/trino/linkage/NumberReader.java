package com.engagementjdbc.trino.linkage;

import io.trino.spi.block.Block;
import io.trino.spi.type.BigintType;
import io.trino.spi.type.DecimalType;
import io.trino.spi.type.DoubleType;
import io.trino.spi.type.Int128;
import io.trino.spi.type.IntegerType;
import io.trino.spi.type.RealType;
import io.trino.spi.type.SmallintType;
import io.trino.spi.type.TinyintType;
import io.trino.spi.type.Type;
import java.math.BigDecimal;
import java.math.BigInteger;

/** A conversion's value, of any numeric type, as the DOUBLE the driver's linkage takes. */
final class NumberReader {
  private NumberReader() {
  }

  static boolean reads(Type type) {
    return type instanceof DoubleType || type instanceof RealType || type instanceof BigintType
        || type instanceof IntegerType || type instanceof SmallintType || type instanceof TinyintType
        || type instanceof DecimalType;
  }

  static Double value(Type type, Block block, int position) {
    if (block.isNull(position)) {
      return null;
    }
    if (type instanceof DoubleType) {
      return type.getDouble(block, position);
    }
    if (type instanceof RealType) {
      return (double) Float.intBitsToFloat((int) type.getLong(block, position));
    }
    if (type instanceof DecimalType decimal) {
      BigInteger unscaled = decimal.isShort() ? BigInteger.valueOf(type.getLong(block, position))
          : ((Int128) type.getObject(block, position)).toBigInteger();
      return new BigDecimal(unscaled, decimal.getScale()).doubleValue();
    }
    return (double) type.getLong(block, position);
  }
}
