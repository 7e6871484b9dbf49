package com.engagementjdbc.functions;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The touches of each contact in time order: the paths {@link ConversionLinkage} searches. Contacts are numbered
 * 0, 1, 2... by whoever reads the touches; the touches are placed by a counting sort on that number and each
 * contact's few touches then sorted by time, so building takes time in proportion to the touches (a contact's own
 * sort aside) and holds a time and a channel key per touch, no object.
 *
 * <p>Touches at the same instant are ordered by {@link #CHANNEL_ORDER}, never by the order they were read in: a
 * cluster hands a contact's rows over in any order, and a file read again, sorted otherwise or split in two must
 * still give the same credits. Two touches equal in time and channel are interchangeable, since a credit row holds
 * nothing else of its touch.
 */
public final class TouchPaths {
  /**
   * The order of touches at the same instant: by channel, NULL first, then in Unicode code point order (the order
   * of UTF-8 bytes, not of Java's UTF-16 units, so that an engine comparing encoded text agrees).
   */
  public static final Comparator<String> CHANNEL_ORDER = Comparator.nullsFirst(TouchPaths::compareCodePoints);
  /** Below this many touches a contact's path is sorted by insertion. */
  private static final int INSERTION_SORT_MAX = 32;

  /** The touches of contact {@code c} are at positions {@code starts[c]} up to {@code starts[c + 1]}. */
  private final int[] starts;
  private final long[] times;
  /** The channel key of the touch at each position. */
  private final int[] channelKeys;
  private final IntFunction<String> channelOfKey;
  private final ToIntFunction<Object> contactNumber;

  private TouchPaths(int[] starts, long[] times, int[] channelKeys, IntFunction<String> channelOfKey,
      ToIntFunction<Object> contactNumber) {
    this.starts = starts;
    this.times = times;
    this.channelKeys = channelKeys;
    this.channelOfKey = channelOfKey;
    this.contactNumber = contactNumber;
  }

  /**
   * @param contactOfTouch each touch's contact number below {@code contacts}, or -1 for a touch of no contact
   * @param touchedAt each touch's time, epoch milliseconds
   * @param channelKeyOfTouch each touch's channel as a number {@code channelOfKey} turns into the channel: a code
   *     of a dictionary, or the touch's own index
   * @param count how many touches the arrays hold
   * @param contactNumber the number of a conversion's contact id, -1 for a contact without touches
   */
  public static TouchPaths of(int contacts, int[] contactOfTouch, long[] touchedAt, int[] channelKeyOfTouch,
      int count, IntFunction<String> channelOfKey, ToIntFunction<Object> contactNumber) {
    int[] starts = new int[contacts + 1];
    for (int i = 0; i < count; i++) {
      if (contactOfTouch[i] >= 0) {
        starts[contactOfTouch[i] + 1]++;
      }
    }
    for (int c = 0; c < contacts; c++) {
      starts[c + 1] += starts[c];
    }
    int placed = starts[contacts];
    int[] next = new int[contacts];
    System.arraycopy(starts, 0, next, 0, contacts);
    long[] times = new long[placed];
    int[] channelKeys = new int[placed];
    for (int i = 0; i < count; i++) {
      int contact = contactOfTouch[i];
      if (contact >= 0) {
        int position = next[contact]++;
        times[position] = touchedAt[i];
        channelKeys[position] = channelKeyOfTouch[i];
      }
    }
    long[] timeBuffer = new long[0];
    int[] keyBuffer = new int[0];
    Path path = new Path(times, channelKeys, channelOfKey);
    for (int c = 0; c < contacts; c++) {
      int length = starts[c + 1] - starts[c];
      if (length > timeBuffer.length && length > INSERTION_SORT_MAX) {
        timeBuffer = new long[length];
        keyBuffer = new int[length];
      }
      sort(path, starts[c], starts[c + 1], timeBuffer, keyBuffer);
    }
    return new TouchPaths(starts, times, channelKeys, channelOfKey, contactNumber);
  }

  /** The paths of touches given as records; contact ids are equal when {@link Object#equals} says so. */
  public static TouchPaths of(List<ConversionLinkage.Touch> touches) {
    Map<Object, Integer> numbers = new HashMap<>();
    int[] contactOfTouch = new int[touches.size()];
    long[] touchedAt = new long[touches.size()];
    int[] index = new int[touches.size()];
    for (int i = 0; i < contactOfTouch.length; i++) {
      index[i] = i;
      ConversionLinkage.Touch touch = touches.get(i);
      contactOfTouch[i] = touch.contactId() == null ? -1
          : numbers.computeIfAbsent(touch.contactId(), key -> numbers.size());
      touchedAt[i] = touch.touchedAt();
    }
    return of(numbers.size(), contactOfTouch, touchedAt, index, index.length, i -> touches.get(i).channel(),
        contactId -> numbers.getOrDefault(contactId, -1));
  }

  /** Heap bytes the paths hold, roughly, besides what the channel and contact functions refer to. */
  public long bytes() {
    return 4L * starts.length + 12L * times.length;
  }

  /** The number of a contact, -1 when it has no touches (or is NULL). */
  int contactNumber(Object contactId) {
    return contactId == null ? -1 : contactNumber.applyAsInt(contactId);
  }

  /** The position of the contact's first touch at or after {@code instant}. */
  int firstAtOrAfter(int contact, double instant) {
    return firstWhere(contact, instant, false);
  }

  /** The position of the contact's first touch strictly after {@code instant}. */
  int firstAfter(int contact, double instant) {
    return firstWhere(contact, instant, true);
  }

  long timeAt(int position) {
    return times[position];
  }

  String channelAt(int position) {
    return channelOfKey.apply(channelKeys[position]);
  }

  private int firstWhere(int contact, double instant, boolean strictlyAfter) {
    int low = starts[contact];
    int high = starts[contact + 1];
    while (low < high) {
      int mid = (low + high) >>> 1;
      boolean before = strictlyAfter ? times[mid] <= instant : times[mid] < instant;
      if (before) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Touches being sorted: their times and channel keys, and the channel of a key for ties. */
  private record Path(long[] times, int[] keys, IntFunction<String> channelOfKey) {
    /** Whether the touch at {@code time} with channel key {@code key} goes before the other one. */
    boolean before(long time, int key, long otherTime, int otherKey) {
      return time < otherTime || time == otherTime && key != otherKey
          && CHANNEL_ORDER.compare(channelOfKey.apply(key), channelOfKey.apply(otherKey)) < 0;
    }
  }

  /** Sorts positions {@code from} to {@code to} by time, then channel: a merge sort over insertion-sorted runs. */
  private static void sort(Path path, int from, int to, long[] timeBuffer, int[] keyBuffer) {
    long[] times = path.times();
    int[] keys = path.keys();
    if (to - from <= INSERTION_SORT_MAX) {
      for (int i = from + 1; i < to; i++) {
        long time = times[i];
        int key = keys[i];
        int j = i - 1;
        while (j >= from && path.before(time, key, times[j], keys[j])) {
          times[j + 1] = times[j];
          keys[j + 1] = keys[j];
          j--;
        }
        times[j + 1] = time;
        keys[j + 1] = key;
      }
      return;
    }
    int middle = (from + to) >>> 1;
    sort(path, from, middle, timeBuffer, keyBuffer);
    sort(path, middle, to, timeBuffer, keyBuffer);
    if (!path.before(times[middle], keys[middle], times[middle - 1], keys[middle - 1])) {
      return;
    }
    int length = middle - from;
    System.arraycopy(times, from, timeBuffer, 0, length);
    System.arraycopy(keys, from, keyBuffer, 0, length);
    int left = 0;
    int right = middle;
    int out = from;
    while (left < length && right < to) {
      if (path.before(times[right], keys[right], timeBuffer[left], keyBuffer[left])) {
        times[out] = times[right];
        keys[out++] = keys[right++];
      } else {
        times[out] = timeBuffer[left];
        keys[out++] = keyBuffer[left++];
      }
    }
    System.arraycopy(timeBuffer, left, times, out, length - left);
    System.arraycopy(keyBuffer, left, keys, out, length - left);
  }

  /** Compares by code point: UTF-16 order but for surrogates, which stand for code points above U+FFFF. */
  private static int compareCodePoints(String a, String b) {
    int length = Math.min(a.length(), b.length());
    for (int i = 0; i < length; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return codePointRank(x) - codePointRank(y);
      }
    }
    return a.length() - b.length();
  }

  /** Moves surrogates above U+E000..U+FFFF, the only range UTF-16 order and code point order disagree on. */
  private static int codePointRank(char c) {
    return c >= 0xD800 ? c >= 0xE000 ? c - 0x800 : c + 0x2000 : c;
  }
}
