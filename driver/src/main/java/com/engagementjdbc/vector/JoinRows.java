package com.engagementjdbc.vector;

import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.ColumnVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rex.RexNode;

/**
 * The rows an equi-join of two inputs gives (inner, left, right, semi or anti), never built as rows: a hash table
 * of one input's keys, probed by the other input's rows in their order, each pair checked against the join's other
 * conditions; the columns read either input at the current pair. Keys compare as SQL compares them: numbers by
 * value (INTEGER with BIGINT, -0.0 with 0.0), text by its characters whichever way each input holds it; a NULL key
 * joins nothing.
 *
 * <p>An inner join probes with the larger input, so the table is built from the smaller; an outer join probes with
 * the input whose rows it keeps, and pads a row without a match with NULLs; a semi join gives each probing row once
 * when it has a match, an anti join when it has none. Pairs come in the probing input's order, each row's matches in
 * the other input's order.
 */
final class JoinRows implements RowSource {
  /** Probe rows whose build-side lookups are done together. */
  private static final int BATCH = 256;

  private final JoinSide left;
  private final JoinSide right;
  private final JoinRelType type;
  private final int[] leftKeys;
  private final int[] rightKeys;
  private final RexNode condition;
  private final RexNode where;
  private final List<List<Object[]>> inputs;

  /**
   * @param leftKeys the left input's key fields, equal to the right input's {@code rightKeys} in the same order
   * @param condition what else a pair must satisfy, over the left input's fields then the right's; null for none
   * @param where what the join's rows must satisfy (a WHERE above it), over the join's fields; null for none
   */
  JoinRows(JoinSide left, JoinSide right, JoinRelType type, int[] leftKeys, int[] rightKeys, RexNode condition,
      RexNode where) {
    this(left, right, type, leftKeys.clone(), rightKeys.clone(), condition, where, List.of());
  }

  private JoinRows(JoinSide left, JoinSide right, JoinRelType type, int[] leftKeys, int[] rightKeys,
      RexNode condition, RexNode where, List<List<Object[]>> inputs) {
    this.left = left;
    this.right = right;
    this.type = type;
    this.leftKeys = leftKeys;
    this.rightKeys = rightKeys;
    this.condition = condition;
    this.where = where;
    this.inputs = inputs;
  }

  @Override public RowSource with(List<List<Object[]>> computed) {
    return new JoinRows(left, right, type, leftKeys, rightKeys, condition, where, computed);
  }

  @Override public Rows open() {
    JoinSide.Opened leftRows = left.open(inputs);
    JoinSide.Opened rightRows = right.open(inputs);
    if (leftRows == null || rightRows == null || leftKeys.length == 0 || leftKeys.length > GroupIndex.MAX_KEYS
        || !keysCompare(leftRows, leftKeys, rightRows, rightKeys)) {
      return null;
    }
    boolean probeLeft = switch (type) {
      case INNER -> leftRows.walked() >= rightRows.walked();
      case LEFT, SEMI, ANTI -> true;
      case RIGHT -> false;
      default -> throw new IllegalArgumentException("not an equi-join on the vectors: " + type);
    };
    int[] pair = new int[2];
    List<VectorExpression> both = new ArrayList<>();
    addColumns(leftRows, pair, 0, both);
    addColumns(rightRows, pair, 1, both);
    VectorExpression residual = condition == null ? null : VectorExpression.of(condition, both);
    if (condition != null && (residual == null || residual.type != ColumnType.BOOLEAN)) {
      return null;
    }
    // a semi or anti join gives the left input's rows only
    List<VectorExpression> columns = type.projectsRight() ? both : both.subList(0, leftRows.columns().size());
    VectorExpression kept = where == null ? null : VectorExpression.of(where, columns);
    if (where != null && (kept == null || kept.type != ColumnType.BOOLEAN)) {
      return null;
    }
    JoinSide.Opened probe = probeLeft ? leftRows : rightRows;
    JoinSide.Opened build = probeLeft ? rightRows : leftRows;
    int[] probeKeys = probeLeft ? leftKeys : rightKeys;
    int[] buildKeys = probeLeft ? rightKeys : leftKeys;
    int probeSide = probeLeft ? 0 : 1;
    return new Rows() {
      @Override public List<VectorExpression> columns() {
        return columns;
      }

      @Override public int walked() {
        return probe.walked();
      }

      @Override public void forEach(IntConsumer visit, Runnable check, int from, int to) {
        Keys keys = new Keys(build, buildKeys, probe, probeKeys);
        Matches matches = new Matches(keys.build, build, check);
        Probe probing = new Probe(matches, keys.probe, pair, probeSide, residual, kept, visit);
        probe.forEach(probing::add, check, from, to);
        probing.flush();
      }
    };
  }

  /** The pairs of the probing rows, a batch at a time. */
  private final class Probe {
    private final Matches matches;
    private final VectorExpression[] keys;
    private final int[] pair;
    private final int probeSide;
    private final VectorExpression residual;
    private final VectorExpression kept;
    private final IntConsumer visit;
    private final int[] rows = new int[BATCH];
    private final int[] firstMatches = new int[BATCH];
    private int size;
    private int visited;

    Probe(Matches matches, VectorExpression[] keys, int[] pair, int probeSide, VectorExpression residual,
        VectorExpression kept, IntConsumer visit) {
      this.matches = matches;
      this.keys = keys;
      this.pair = pair;
      this.probeSide = probeSide;
      this.residual = residual;
      this.kept = kept;
      this.visit = visit;
    }

    void add(int row) {
      rows[size++] = row;
      if (size == BATCH) {
        flush();
      }
    }

    /** Hands on the current pair when it passes the WHERE above the join. */
    private void emit() {
      if (kept == null || kept.truth(0) == 1) {
        visit.accept(visited++);
      }
    }

    void flush() {
      // the batch's lookups first: independent loads the processor overlaps, where looking up and walking each
      // row's matches in turn waits for one cache miss after another once the build side outgrows the caches
      for (int i = 0; i < size; i++) {
        firstMatches[i] = matches.first(keys, rows[i]);
      }
      int buildSide = 1 - probeSide;
      for (int i = 0; i < size; i++) {
        pair[probeSide] = rows[i];
        boolean matched = false;
        for (int match = firstMatches[i]; match >= 0; match = matches.next(match)) {
          pair[buildSide] = match;
          if (residual == null || residual.truth(0) == 1) {
            matched = true;
            if (type == JoinRelType.SEMI || type == JoinRelType.ANTI) {
              break;
            }
            emit();
          }
        }
        boolean padded = type == JoinRelType.ANTI ? !matched : type.generatesNullsOn(buildSide) && !matched;
        if (padded) {
          pair[buildSide] = -1;
          emit();
        } else if (matched && type == JoinRelType.SEMI) {
          emit();
        }
      }
      size = 0;
    }
  }

  /** True when each pair of keys can be compared on the vectors: numbers with numbers, text with text. */
  private static boolean keysCompare(JoinSide.Opened left, int[] leftKeys, JoinSide.Opened right,
      int[] rightKeys) {
    for (int i = 0; i < leftKeys.length; i++) {
      ColumnType a = left.columns().get(leftKeys[i]).type;
      ColumnType b = right.columns().get(rightKeys[i]).type;
      boolean comparable = a == ColumnType.VARCHAR
          ? b == a && left.text(leftKeys[i]) != null && right.text(rightKeys[i]) != null
          : a == b || isWhole(a) && isWhole(b);
      if (!comparable) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWhole(ColumnType type) {
    return type == ColumnType.INTEGER || type == ColumnType.BIGINT;
  }

  /** A side's columns, read at the pair's row of that side whatever row number they are given. */
  private static void addColumns(JoinSide.Opened side, int[] pair, int index, List<VectorExpression> columns) {
    for (VectorExpression column : side.columns()) {
      columns.add(VectorExpression.atRow(column, pair, index));
    }
  }

  /**
   * The keys of both inputs as numbers ({@link VectorExpression#keyAt}) equal exactly when the SQL values are:
   * doubles with -0.0 made 0.0; text numbered in the order the build side's rows give it, the probe side's text
   * looked up in that numbering, a value the build side lacks read as NULL (it matches nothing).
   */
  private static final class Keys {
    final VectorExpression[] build;
    final VectorExpression[] probe;

    Keys(JoinSide.Opened buildRows, int[] buildKeys, JoinSide.Opened probeRows, int[] probeKeys) {
      build = new VectorExpression[buildKeys.length];
      probe = new VectorExpression[probeKeys.length];
      for (int i = 0; i < buildKeys.length; i++) {
        VectorExpression buildKey = buildRows.columns().get(buildKeys[i]);
        VectorExpression probeKey = probeRows.columns().get(probeKeys[i]);
        if (buildKey.type == ColumnType.VARCHAR) {
          TextNumbers numbers = new TextNumbers();
          build[i] = numbers.numbering(buildRows.text(buildKeys[i]));
          probe[i] = numbers.lookup(probeRows.text(probeKeys[i]));
        } else if (buildKey.type == ColumnType.DOUBLE) {
          build[i] = unsignedZero(buildKey);
          probe[i] = unsignedZero(probeKey);
        } else {
          build[i] = buildKey;
          probe[i] = probeKey;
        }
      }
    }

    private static VectorExpression unsignedZero(VectorExpression key) {
      return new VectorExpression(ColumnType.BIGINT) {
        @Override boolean isNull(int row) {
          return key.isNull(row);
        }

        @Override long longAt(int row) {
          return Double.doubleToLongBits(key.doubleAt(row) + 0.0);
        }
      };
    }
  }

  /** Text values numbered 0, 1, 2... as first met; a dictionary column's values are each looked up once. */
  private static final class TextNumbers {
    private static final int UNKNOWN = -2;
    private final Map<String, Integer> numbers = new HashMap<>();

    /** The build side's key: every value gets a number. */
    VectorExpression numbering(ColumnVector column) {
      return keyOf(column, text -> numbers.computeIfAbsent(text, added -> numbers.size()));
    }

    /** The probe side's key: a value without a number is NULL. */
    VectorExpression lookup(ColumnVector column) {
      return keyOf(column, text -> numbers.getOrDefault(text, -1));
    }

    private static VectorExpression keyOf(ColumnVector column, java.util.function.ToIntFunction<String> number) {
      int[] byCode = column.hasDictionary() ? new int[(int) column.distinctCount()] : null;
      if (byCode != null) {
        Arrays.fill(byCode, UNKNOWN);
      }
      return new VectorExpression(ColumnType.BIGINT) {
        private int lastRow = -1;
        private int lastNumber;

        @Override boolean isNull(int row) {
          return column.isNull(row) || numberAt(row) < 0;
        }

        @Override long longAt(int row) {
          return numberAt(row);
        }

        private int numberAt(int row) {
          if (byCode != null) {
            int code = column.codeAt(row);
            if (byCode[code] == UNKNOWN) {
              byCode[code] = number.applyAsInt(column.decode(code));
            }
            return byCode[code];
          }
          if (row != lastRow) {
            lastNumber = number.applyAsInt((String) column.get(row));
            lastRow = row;
          }
          return lastNumber;
        }
      };
    }
  }

  /**
   * The build side's kept rows by key: the first row of each key, and each row's next with the same key, in row
   * order.
   */
  private static final class Matches {
    private final int[] next;
    private final KeyNumbers numbers;
    private int[] first;

    Matches(VectorExpression[] keys, JoinSide.Opened rows, Runnable check) {
      int size = rows.walked();
      next = new int[size];
      Arrays.fill(next, -1);
      numbers = KeyNumbers.of(keys, size);
      first = new int[Math.max(16, numbers.size())];
      Arrays.fill(first, -1);
      int[][] last = {new int[first.length]};
      rows.forEach(row -> {
        int slot = numbers.numberOf(row);
        if (slot < 0) {
          return;
        }
        if (slot >= first.length) {
          int grown = Math.max(slot + 1, first.length * 2);
          first = Arrays.copyOf(first, grown);
          Arrays.fill(first, last[0].length, grown, -1);
          last[0] = Arrays.copyOf(last[0], grown);
        }
        if (first[slot] < 0) {
          first[slot] = row;
        } else {
          next[last[0][slot]] = row;
        }
        last[0][slot] = row;
      }, check);
    }

    /** The first build row whose keys equal the probe row's, or -1. */
    int first(VectorExpression[] probeKeys, int row) {
      int slot = numbers.find(probeKeys, row);
      return slot < 0 || slot >= first.length ? -1 : first[slot];
    }

    int next(int match) {
      return next[match];
    }
  }
}
