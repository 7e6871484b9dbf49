package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import java.util.Arrays;

/**
 * An expression that reads only one text column held as a dictionary, computed once per dictionary code (and once
 * for NULL) and then looked up by the row's code: {@code LOWER(platform) LIKE '%tok'} or {@code CASE channel WHEN
 * ...} cost a regular expression or a string per distinct value, not per row. One instance per thread.
 */
final class PerCode extends VectorExpression {
  private static final byte UNKNOWN = 0;
  private static final byte NULL = 1;
  private static final byte VALUE = 2;

  private final VectorExpression expression;
  private final VectorExpression column;
  /** Per slot (0 for a NULL in the column, code + 1 otherwise): whether the value is known, and if it is NULL. */
  private byte[] state = new byte[16];
  private long[] wholes = new long[16];
  private double[] numbers = new double[16];
  private String[] texts = new String[16];
  private long[] keys = new long[16];
  private boolean[] keyed = new boolean[16];

  PerCode(VectorExpression expression, VectorExpression column) {
    super(expression.type);
    this.expression = expression;
    this.column = column;
  }

  private int slot(int row) {
    int slot = column.isNull(row) ? 0 : column.codeAt(row) + 1;
    if (slot >= state.length) {
      grow(slot + 1);
    }
    if (state[slot] == UNKNOWN) {
      if (expression.isNull(row)) {
        state[slot] = NULL;
      } else {
        switch (type) {
          case DOUBLE -> numbers[slot] = expression.doubleAt(row);
          case VARCHAR -> texts[slot] = expression.textAt(row);
          default -> wholes[slot] = expression.longAt(row);
        }
        state[slot] = VALUE;
      }
    }
    return slot;
  }

  private void grow(int slots) {
    int length = Math.max(slots, state.length * 2);
    state = Arrays.copyOf(state, length);
    wholes = Arrays.copyOf(wholes, length);
    numbers = Arrays.copyOf(numbers, length);
    texts = Arrays.copyOf(texts, length);
    keys = Arrays.copyOf(keys, length);
    keyed = Arrays.copyOf(keyed, length);
  }

  @Override boolean isNull(int row) {
    return state[slot(row)] == NULL;
  }

  @Override int truth(int row) {
    int slot = slot(row);
    return state[slot] == NULL ? -1 : wholes[slot] != 0 ? 1 : 0;
  }

  @Override long longAt(int row) {
    return wholes[slot(row)];
  }

  @Override double doubleAt(int row) {
    int slot = slot(row);
    return type == ColumnType.DOUBLE ? numbers[slot] : wholes[slot];
  }

  @Override String textAt(int row) {
    return texts[slot(row)];
  }

  @Override long keyAt(int row) {
    int slot = slot(row);
    if (!keyed[slot]) {
      keys[slot] = expression.keyAt(row);
      keyed[slot] = true;
    }
    return keys[slot];
  }

  @Override Object keyValue(long key) {
    return expression.keyValue(key);
  }

  @Override boolean hasSharedKeys() {
    return expression.hasSharedKeys();
  }
}
