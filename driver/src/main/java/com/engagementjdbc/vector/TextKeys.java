package com.engagementjdbc.vector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct texts an expression meets, 0, 1, 2... in order, so that text computed per row (not read from
 * a dictionary column) can be a GROUP BY key or a COUNT(DISTINCT) value like any other.
 */
final class TextKeys {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> texts = new ArrayList<>();

  long keyOf(String text) {
    Integer known = numbers.get(text);
    if (known != null) {
      return known;
    }
    int number = texts.size();
    numbers.put(text, number);
    texts.add(text);
    return number;
  }

  String text(long key) {
    return texts.get((int) key);
  }
}
