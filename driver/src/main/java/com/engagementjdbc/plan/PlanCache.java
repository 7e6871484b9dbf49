package com.engagementjdbc.plan;

import com.engagementjdbc.schema.TableUses;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.jdbc.CalciteSchema;

/**
 * The plans of a connection's recent statements, by SQL text, so that a dashboard sending the same query again
 * skips parsing, validation, planning and code generation (12-16 ms a query, measured). A plan is reused only while
 * the files it reads are the versions it was made with ({@link TableUses#current}); a changed, replaced or
 * removed file, or a name that now resolves to another file, makes the statement planned anew.
 */
final class PlanCache {
  private static final int PLANS_PER_CONNECTION = 100;
  /** A connection's root schema (not the snapshot each statement plans with) is its own; its plans go with it. */
  private static final Map<CalciteSchema, PlanCache> CONNECTIONS = Collections.synchronizedMap(new WeakHashMap<>());

  private final AtomicLong reused = new AtomicLong();
  private final Map<Key, Entry> plans = new LinkedHashMap<>(16, 0.75f, true) {
    @Override protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
      return size() > PLANS_PER_CONNECTION;
    }
  };

  /** What, besides the SQL text, makes a plan: where unqualified names resolve, the row limit, the row class. */
  record Key(String sql, List<String> defaultSchema, long maxRowCount, Type elementType) {
  }

  private record Entry(CalciteSignature<?> signature, TableUses tables) {
  }

  static PlanCache of(CalciteSchema rootSchema) {
    return CONNECTIONS.computeIfAbsent(rootSchema, root -> new PlanCache());
  }

  /** How many statements of the connection were answered by a plan made before. */
  long reused() {
    return reused.get();
  }

  /** The plan made for the key, if it reads only files that have not changed since; else null. */
  @SuppressWarnings("unchecked")
  <T> CalciteSignature<T> get(Key key) {
    Entry entry;
    synchronized (plans) {
      entry = plans.get(key);
    }
    if (entry == null) {
      return null;
    }
    if (!entry.tables.current()) {
      synchronized (plans) {
        plans.remove(key, entry);
      }
      return null;
    }
    reused.incrementAndGet();
    return (CalciteSignature<T>) entry.signature;
  }

  /** Keeps a plan, and drops those whose files have changed or left the cache, so that they hold no old data. */
  void put(Key key, CalciteSignature<?> signature, TableUses tables) {
    synchronized (plans) {
      plans.values().removeIf(entry -> !entry.tables.stillCached());
      plans.put(key, new Entry(signature, tables));
    }
  }

  /** How many plans the connection keeps. */
  int size() {
    synchronized (plans) {
      return plans.size();
    }
  }
}
