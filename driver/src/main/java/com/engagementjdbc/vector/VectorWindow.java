package com.engagementjdbc.vector;

import com.engagementjdbc.schema.Cancellable;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexWindowExclusion;
import org.apache.calcite.sql.SqlKind;

/**
 * Window functions over a cached file's rows, computed on its column vectors: ROW_NUMBER, RANK, DENSE_RANK and the
 * aggregates of a GROUP BY ({@link Aggregator}: COUNT, SUM, AVG's parts, MIN, MAX...) over PARTITION BY and ORDER BY.
 * Each window's partitions are numbered by {@link GroupIndex}, the rows' numbers sorted by partition and order keys
 * compared on the vectors, and the aggregates folded along the sorted rows, their frame from the partition's start
 * to the current row (ROWS), to its last peer (RANGE, the default), or over the whole partition; only the result
 * rows are built as objects, and only those passing a WHERE above the window (the top rows of each partition).
 * Calcite's plan builds and boxes every row and sorts them through comparators over objects. The rows come in the
 * file's order.
 */
public final class VectorWindow implements VectorPlan {
  private final JoinSide rows;
  private final List<Window.Group> groups;
  private final List<List<AggregateCall>> calls;
  private final int fields;
  private final RexNode where;

  private VectorWindow(JoinSide rows, List<Window.Group> groups, List<List<AggregateCall>> calls, int fields,
      RexNode where) {
    this.rows = rows;
    this.groups = groups;
    this.calls = calls;
    this.fields = fields;
    this.where = where;
  }

  /**
   * The window functions of a window over a file's rows, or null when this class does not compute them all: a frame
   * other than the three above, a function it does not know, an order on text that is not a dictionary.
   *
   * @param rows the window's input
   * @param fields how many fields the input has
   * @param where what a result row must satisfy (a WHERE on a row number, say), over the window's fields; null
   *     for none
   */
  public static VectorWindow of(Window window, JoinSide rows, int fields, RexNode where) {
    List<List<AggregateCall>> calls = new ArrayList<>();
    for (Window.Group group : window.groups) {
      calls.add(group.getAggregateCalls(window));
    }
    VectorWindow plan = new VectorWindow(rows, List.copyOf(window.groups), calls, fields, where);
    JoinSide.Opened opened = rows.open(List.of());
    return opened != null && plan.compile(opened) ? plan : null;
  }

  /** True when every window and function is one this class computes, over these rows. */
  private boolean compile(JoinSide.Opened opened) {
    for (int field = 0; field < fields; field++) {
      if (opened.columns().get(field).type == ColumnType.VARCHAR && opened.text(field) == null) {
        return false;
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      Window.Group group = groups.get(g);
      if (frame(group) == null || partitionKeys(group, opened) == null || order(group, opened) == null) {
        return false;
      }
      for (AggregateCall call : calls.get(g)) {
        if (!isRanking(call) && aggregator(call, opened) == null) {
          return false;
        }
      }
    }
    return where == null || new Kept(opened, new ArrayList<>()).condition != null;
  }

  /**
   * The WHERE over the result rows, read on the vectors: the input's fields at the current row of the file, the
   * window functions' values at its place among the kept rows.
   */
  private final class Kept {
    final int[] at = new int[2];
    final VectorExpression condition;

    Kept(JoinSide.Opened opened, List<Object[]> results) {
      List<VectorExpression> columns = new ArrayList<>();
      for (int field = 0; field < fields; field++) {
        columns.add(VectorExpression.atRow(opened.columns().get(field), at, 0));
      }
      int call = 0;
      for (List<AggregateCall> groupCalls : calls) {
        for (AggregateCall aggregateCall : groupCalls) {
          columns.add(computed(VectorExpression.typeOf(aggregateCall.getType()), results, call++));
        }
      }
      VectorExpression expression = VectorExpression.of(where, columns);
      condition = expression != null && expression.type == ColumnType.BOOLEAN ? expression : null;
    }

    /** The values of a window function; before execution (planning), of its type only. */
    private VectorExpression computed(ColumnType type, List<Object[]> results, int call) {
      return new VectorExpression(type) {
        @Override boolean isNull(int row) {
          return value() == null;
        }

        @Override long longAt(int row) {
          return ((Number) value()).longValue();
        }

        @Override double doubleAt(int row) {
          return ((Number) value()).doubleValue();
        }

        @Override boolean hasValues() {
          return type != ColumnType.VARCHAR;
        }

        private Object value() {
          return results.get(call)[at[1]];
        }
      };
    }

    boolean keeps(int row, int place) {
      at[0] = row;
      at[1] = place;
      return condition.truth(0) == 1;
    }
  }

  @Override public Enumerable<Object[]> run(DataContext root, Enumerable<?>... inputs) {
    Runnable check = Cancellable.checker(root);
    JoinSide.Opened opened = rows.open(List.of());
    if (opened == null || !compile(opened)) {
      // the table keeps the data it was planned with, which compiled then
      throw new IllegalStateException("the window no longer matches its file");
    }
    int[] kept = keptRows(opened, check);
    List<Object[]> results = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      results.addAll(compute(groups.get(g), calls.get(g), opened, kept, check));
    }
    Kept filter = where == null ? null : new Kept(opened, results);
    List<Object[]> out = new ArrayList<>(filter == null ? kept.length : 16);
    for (int i = 0; i < kept.length; i++) {
      if (filter != null && !filter.keeps(kept[i], i)) {
        continue;
      }
      Object[] row = new Object[fields + results.size()];
      for (int field = 0; field < fields; field++) {
        row[field] = opened.value(field, kept[i]);
      }
      for (int call = 0; call < results.size(); call++) {
        row[fields + call] = results.get(call)[i];
      }
      out.add(row);
    }
    return Linq4j.asEnumerable(out);
  }

  private static int[] keptRows(JoinSide.Opened opened, Runnable check) {
    int[][] kept = {new int[1024]};
    int[] size = {0};
    opened.forEach(row -> {
      if (size[0] == kept[0].length) {
        kept[0] = Arrays.copyOf(kept[0], size[0] * 2);
      }
      kept[0][size[0]++] = row;
    }, check);
    return Arrays.copyOf(kept[0], size[0]);
  }

  /** The frames computed here: from the partition's start to the current row, to its last peer, or all of it. */
  private enum Frame { ROWS_TO_CURRENT, PEERS_TO_CURRENT, PARTITION }

  private static Frame frame(Window.Group group) {
    if (!group.lowerBound.isUnboundedPreceding() || group.exclude != RexWindowExclusion.EXCLUDE_NO_OTHER) {
      return null;
    }
    if (group.upperBound.isUnboundedFollowing()) {
      return Frame.PARTITION;
    }
    if (!group.upperBound.isCurrentRow()) {
      return null;
    }
    return group.isRows ? Frame.ROWS_TO_CURRENT : Frame.PEERS_TO_CURRENT;
  }

  private static boolean isRanking(AggregateCall call) {
    SqlKind kind = call.getAggregation().getKind();
    return kind == SqlKind.ROW_NUMBER || kind == SqlKind.RANK || kind == SqlKind.DENSE_RANK;
  }

  private Aggregator aggregator(AggregateCall call, JoinSide.Opened opened) {
    List<VectorExpression> arguments = new ArrayList<>();
    for (int argument : call.getArgList()) {
      if (argument >= fields) {
        return null;
      }
      VectorExpression expression = opened.columns().get(argument);
      // COUNT reads only whether a value is there
      arguments.add(call.getAggregation().getKind() == SqlKind.COUNT || expression.hasValues() ? expression : null);
    }
    // a FILTER is not read here: Aggregator.of declines a call that has one
    return Aggregator.of(call, arguments, null, VectorExpression.typeOf(call.getType()));
  }

  private static VectorExpression[] partitionKeys(Window.Group group, JoinSide.Opened opened) {
    int[] keys = group.keys.toArray();
    if (keys.length > GroupIndex.MAX_KEYS) {
      return null;
    }
    VectorExpression[] expressions = new VectorExpression[keys.length];
    for (int i = 0; i < keys.length; i++) {
      expressions[i] = opened.columns().get(keys[i]);
      if (!expressions[i].hasValues()) {
        return null;
      }
    }
    return expressions;
  }

  /** The order keys; null when one cannot be compared on the vectors. */
  private static SortKey[] order(Window.Group group, JoinSide.Opened opened) {
    List<RelFieldCollation> collations = group.orderKeys.getFieldCollations();
    SortKey[] keys = new SortKey[collations.size()];
    for (int i = 0; i < keys.length; i++) {
      RelFieldCollation collation = collations.get(i);
      int field = collation.getFieldIndex();
      VectorExpression expression = opened.columns().get(field);
      ColumnVector text = expression.type == ColumnType.VARCHAR ? opened.text(field) : null;
      if (expression.type == ColumnType.VARCHAR && text == null) {
        return null;
      }
      RelFieldCollation.NullDirection nulls = collation.nullDirection == RelFieldCollation.NullDirection.UNSPECIFIED
          ? collation.direction.defaultNullDirection() : collation.nullDirection;
      keys[i] = new SortKey(expression, text, collation.direction.isDescending(),
          nulls == RelFieldCollation.NullDirection.FIRST, new long[1][]);
    }
    return keys;
  }

  /**
   * An order key, its direction and where its NULLs go. Text is compared by rank in {@link String#compareTo} order,
   * each dictionary value ranked once, other text ranked over the rows being sorted ({@link #rank}).
   */
  private record SortKey(VectorExpression expression, ColumnVector text, boolean descending, boolean nullsFirst,
      long[][] ranks) {
    /** Ranks the text of the given rows, before they are compared. */
    void rank(int[] rows) {
      if (text == null) {
        return;
      }
      if (text.hasDictionary()) {
        int size = (int) text.distinctCount();
        int[] codes = new int[size];
        Arrays.setAll(codes, code -> code);
        sort(codes, (a, b) -> text.decode(a).compareTo(text.decode(b)));
        long[] byCode = new long[size];
        for (int place = 0; place < size; place++) {
          byCode[codes[place]] = place;
        }
        ranks[0] = byCode;
        return;
      }
      String[] values = new String[rows.length];
      for (int i = 0; i < rows.length; i++) {
        values[i] = (String) text.get(rows[i]);
      }
      int[] places = new int[rows.length];
      Arrays.setAll(places, i -> i);
      // a NULL's rank is never read: NULLs are ordered before ranks are
      sort(places, (a, b) -> values[a] == null || values[b] == null ? Boolean.compare(values[a] == null,
          values[b] == null) : values[a].compareTo(values[b]));
      long[] byRow = new long[text.size()];
      long rank = 0;
      for (int i = 0; i < places.length; i++) {
        if (i > 0 && !java.util.Objects.equals(values[places[i]], values[places[i - 1]])) {
          rank++;
        }
        byRow[rows[places[i]]] = rank;
      }
      ranks[0] = byRow;
    }

    /** Compares two rows' values: doubles as SQL compares them (-0.0 ties with 0.0), the rest as whole numbers. */
    int compare(int a, int b) {
      boolean aNull = expression.isNull(a);
      boolean bNull = expression.isNull(b);
      if (aNull || bNull) {
        return aNull == bNull ? 0 : aNull == nullsFirst ? -1 : 1;
      }
      int order;
      if (expression.type == ColumnType.DOUBLE) {
        double x = expression.doubleAt(a);
        double y = expression.doubleAt(b);
        order = x < y ? -1 : x > y ? 1 : 0;
      } else if (text != null) {
        long[] rank = ranks[0];
        order = text.hasDictionary() ? Long.compare(rank[text.codeAt(a)], rank[text.codeAt(b)])
            : Long.compare(rank[a], rank[b]);
      } else {
        order = Long.compare(expression.longAt(a), expression.longAt(b));
      }
      return descending ? -order : order;
    }
  }

  /** One window's functions: for each, its value at each kept row (in the order of {@code kept}). */
  private List<Object[]> compute(Window.Group group, List<AggregateCall> groupCalls, JoinSide.Opened opened,
      int[] kept, Runnable check) {
    int n = kept.length;
    int[] partitions = new int[n];
    VectorExpression[] partitionKeys = partitionKeys(group, opened);
    GroupIndex index = partitionKeys.length == 0 ? null : new GroupIndex(partitionKeys);
    for (int i = 0; i < n; i++) {
      partitions[i] = index == null ? 0 : index.groupOf(kept[i]);
    }
    int partitionCount = index == null ? 1 : index.size();
    SortKey[] keys = order(group, opened);
    for (SortKey key : keys) {
      key.rank(kept);
    }
    // positions in kept, sorted by partition, then the order keys, then the file's order
    int[] sorted = new int[n];
    Arrays.setAll(sorted, i -> i);
    check.run();
    sort(sorted, (a, b) -> {
      int byPartition = Integer.compare(partitions[a], partitions[b]);
      if (byPartition != 0) {
        return byPartition;
      }
      for (SortKey key : keys) {
        int order = key.compare(kept[a], kept[b]);
        if (order != 0) {
          return order;
        }
      }
      return Integer.compare(a, b);
    });
    check.run();
    Frame frame = frame(group);
    List<Object[]> results = new ArrayList<>();
    for (AggregateCall call : groupCalls) {
      Object[] values = new Object[n];
      Aggregator aggregator = isRanking(call) ? null : aggregator(call, opened);
      if (aggregator != null) {
        aggregator.ensure(partitionCount);
      }
      SqlKind kind = call.getAggregation().getKind();
      int start = 0;
      while (start < n) {
        int partition = partitions[sorted[start]];
        int end = start;
        while (end < n && partitions[sorted[end]] == partition) {
          end++;
        }
        if (frame == Frame.PARTITION && aggregator != null) {
          for (int i = start; i < end; i++) {
            aggregator.add(partition, kept[sorted[i]]);
          }
          Object whole = aggregator.result(partition);
          for (int i = start; i < end; i++) {
            values[sorted[i]] = whole;
          }
        } else {
          long denseRank = 0;
          for (int peer = start; peer < end; ) {
            int peerEnd = peer + 1;
            while (peerEnd < end && peers(keys, kept[sorted[peer]], kept[sorted[peerEnd]])) {
              peerEnd++;
            }
            denseRank++;
            for (int i = peer; i < peerEnd; i++) {
              int at = sorted[i];
              if (kind == SqlKind.ROW_NUMBER) {
                values[at] = (long) (i - start + 1);
              } else if (kind == SqlKind.RANK) {
                values[at] = (long) (peer - start + 1);
              } else if (kind == SqlKind.DENSE_RANK) {
                values[at] = denseRank;
              } else {
                aggregator.add(partition, kept[at]);
                if (frame == Frame.ROWS_TO_CURRENT) {
                  values[at] = aggregator.result(partition);
                }
              }
            }
            if (aggregator != null && frame == Frame.PEERS_TO_CURRENT) {
              Object upToPeers = aggregator.result(partition);
              for (int i = peer; i < peerEnd; i++) {
                values[sorted[i]] = upToPeers;
              }
            }
            peer = peerEnd;
          }
        }
        start = end;
      }
      results.add(values);
    }
    return results;
  }

  /** An order of ints, compared without boxing them. */
  private interface IntOrder {
    int compare(int a, int b);
  }

  /** Sorts ints by an order, merging runs: {@link Arrays#sort} would box each int to take a comparator. */
  private static void sort(int[] values, IntOrder order) {
    int[] buffer = values.clone();
    mergeSort(buffer, values, 0, values.length, order);
  }

  /** Sorts {@code from..to} of {@code source} into {@code target}; both hold the same values there on entry. */
  private static void mergeSort(int[] source, int[] target, int from, int to, IntOrder order) {
    if (to - from < 16) {
      for (int i = from + 1; i < to; i++) {
        int value = target[i];
        int j = i - 1;
        while (j >= from && order.compare(target[j], value) > 0) {
          target[j + 1] = target[j];
          j--;
        }
        target[j + 1] = value;
      }
      return;
    }
    int middle = (from + to) >>> 1;
    mergeSort(target, source, from, middle, order);
    mergeSort(target, source, middle, to, order);
    for (int i = from, left = from, right = middle; i < to; i++) {
      if (right >= to || left < middle && order.compare(source[left], source[right]) <= 0) {
        target[i] = source[left++];
      } else {
        target[i] = source[right++];
      }
    }
  }

  private static boolean peers(SortKey[] keys, int a, int b) {
    for (SortKey key : keys) {
      if (key.compare(a, b) != 0) {
        return false;
      }
    }
    return true;
  }
}
