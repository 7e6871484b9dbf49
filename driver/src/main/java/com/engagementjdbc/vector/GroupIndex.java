package com.engagementjdbc.vector;

import java.util.Arrays;

/**
 * Numbers the distinct GROUP BY keys of the rows, 0, 1, 2... in the order they first appear: an open-addressing
 * hash table over each row's key values ({@link VectorExpression#keyAt}) and a bit per key that is NULL, so that
 * no key is boxed and no row is built to find its group.
 */
final class GroupIndex {
  /** NULL flags of a group's keys are the bits of one long. */
  static final int MAX_KEYS = 63;
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private final VectorExpression[] keys;
  private final long[] probe;
  private long[] keyValues;
  private long[] nullMasks;
  private int[] slots;
  private int groups;

  GroupIndex(VectorExpression[] keys) {
    if (keys.length > MAX_KEYS) {
      throw new IllegalArgumentException(keys.length + " keys");
    }
    this.keys = keys;
    this.probe = new long[keys.length];
    this.keyValues = new long[16 * keys.length];
    this.nullMasks = new long[16];
    this.slots = new int[64];
  }

  int size() {
    return groups;
  }

  /** The group of a row, a new one if its keys have not been seen. */
  int groupOf(int row) {
    return keys.length == 1 ? groupOfOneKey(row) : groupOfKeys(row);
  }

  /** {@link #groupOfKeys} for the most common GROUP BY, of one key, without its loops. */
  private int groupOfOneKey(int row) {
    VectorExpression key = keys[0];
    long nulls = key.isNull(row) ? 1 : 0;
    long value = nulls != 0 ? 0 : key.keyAt(row);
    int mask = slots.length - 1;
    int slot = finish((nulls + value) * MULTIPLIER) & mask;
    while (true) {
      int group = slots[slot] - 1;
      if (group < 0) {
        probe[0] = value;
        return add(slot, nulls);
      }
      if (keyValues[group] == value && nullMasks[group] == nulls) {
        return group;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int groupOfKeys(int row) {
    long nulls = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].isNull(row)) {
        nulls |= 1L << i;
        probe[i] = 0;
      } else {
        probe[i] = keys[i].keyAt(row);
      }
    }
    return groupOfProbe(nulls);
  }

  /**
   * The group, a new one if need be, whose keys are those of group {@code group} of another index over the same
   * keys: how the groups of an aggregation split across threads are brought together.
   */
  int groupLike(GroupIndex other, int group) {
    System.arraycopy(other.keyValues, group * keys.length, probe, 0, keys.length);
    return groupOfProbe(other.nullMasks[group]);
  }

  private int groupOfProbe(long nulls) {
    int mask = slots.length - 1;
    int slot = hash(probe, 0, nulls) & mask;
    while (true) {
      int group = slots[slot] - 1;
      if (group < 0) {
        return add(slot, nulls);
      }
      if (nullMasks[group] == nulls && sameKeys(group)) {
        return group;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** True when one of the row's keys is NULL: in a join, such a row matches nothing. */
  boolean hasNullKey(int row) {
    for (VectorExpression key : keys) {
      if (key.isNull(row)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The group whose keys equal those of a row of another table, read by {@code probeKeys} (the same types, in the
   * same order), or -1 when there is none or one of them is NULL.
   */
  int find(VectorExpression[] probeKeys, int row) {
    for (int i = 0; i < probeKeys.length; i++) {
      if (probeKeys[i].isNull(row)) {
        return -1;
      }
      probe[i] = probeKeys[i].keyAt(row);
    }
    return findProbe();
  }

  /**
   * The group of a non-NULL value of the only key, or -1 when there is none. Reads the index only, so threads may
   * share an index once it is built.
   */
  int find(long key) {
    int mask = slots.length - 1;
    int slot = finish(key * MULTIPLIER) & mask;
    while (true) {
      int group = slots[slot] - 1;
      if (group < 0 || keyValues[group] == key && nullMasks[group] == 0) {
        return group;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Heap bytes held, roughly. */
  long bytes() {
    return 8L * keyValues.length + 8L * nullMasks.length + 4L * slots.length;
  }

  private int findProbe() {
    int mask = slots.length - 1;
    int slot = hash(probe, 0, 0) & mask;
    boolean oneKey = keys.length == 1;
    while (true) {
      int group = slots[slot] - 1;
      if (group < 0) {
        return -1;
      }
      if (nullMasks[group] == 0 && (oneKey ? keyValues[group] == probe[0] : sameKeys(group))) {
        return group;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The value of key {@code key} of a group, in Calcite's run-time representation. */
  Object key(int group, int key) {
    return (nullMasks[group] & (1L << key)) != 0 ? null
        : keys[key].keyValue(keyValues[group * keys.length + key]);
  }

  private int hash(long[] values, int offset, long nulls) {
    long hash = nulls;
    for (int i = 0; i < keys.length; i++) {
      hash = (hash + values[offset + i]) * MULTIPLIER;
    }
    return finish(hash);
  }

  private static int finish(long hash) {
    return (int) (hash ^ (hash >>> 32));
  }

  private boolean sameKeys(int group) {
    int base = group * keys.length;
    for (int i = 0; i < keys.length; i++) {
      if (keyValues[base + i] != probe[i]) {
        return false;
      }
    }
    return true;
  }

  private int add(int slot, long nulls) {
    int group = groups++;
    if (group == nullMasks.length) {
      nullMasks = Arrays.copyOf(nullMasks, group * 2);
      keyValues = Arrays.copyOf(keyValues, group * 2 * keys.length);
    }
    nullMasks[group] = nulls;
    System.arraycopy(probe, 0, keyValues, group * keys.length, keys.length);
    slots[slot] = group + 1;
    if (groups * 2 > slots.length) {
      rehash();
    }
    return group;
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int group = 0; group < groups; group++) {
      int slot = hash(keyValues, group * keys.length, nullMasks[group]) & mask;
      while (grown[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      grown[slot] = group + 1;
    }
    slots = grown;
  }
}
