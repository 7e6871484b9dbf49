package com.engagementjdbc.vector;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.schema.FileTable;
import com.engagementjdbc.schema.RowFilter;
import com.engagementjdbc.source.Column;
import com.engagementjdbc.source.ColumnType;
import com.engagementjdbc.source.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexNode;

/**
 * The rows of one cached file that pass the scan's filters, checked exactly on the vectors: simple conditions by
 * {@link RowFilter#exact}, the others as {@link VectorExpression}s.
 */
final class ScanRows implements RowSource {
  private static final int CHECK_EVERY = 1 << 16;

  private final FileTable table;
  private final List<RexNode> filters;
  private final int[] columns;

  /**
   * @param filters the filters, over the table's columns
   * @param columns the table's columns the rows have
   */
  ScanRows(FileTable table, List<RexNode> filters, int[] columns) {
    this.table = table;
    this.filters = List.copyOf(filters);
    this.columns = columns.clone();
  }

  /**
   * The table's data when it is in memory with a vector for every column; null when streamed or unreadable, or when
   * it has a DECIMAL column (amounts of money): the vector operators compute in longs and doubles, and an exact
   * amount is left to Calcite's row operators.
   */
  static Dataset inMemory(FileTable table) {
    if (table == null) {
      return null;
    }
    Dataset data;
    try {
      data = table.dataset();
    } catch (EngagementException unreadable) {
      return null;
    }
    if (data.isStreamed() || data.vectors().size() != data.columns().size()) {
      return null;
    }
    for (Column column : data.columns()) {
      if (column.type() == ColumnType.DECIMAL) {
        return null;
      }
    }
    return data;
  }

  @Override public Rows open() {
    Dataset data = inMemory(table);
    if (data == null) {
      return null;
    }
    List<VectorExpression> fileColumns = new ArrayList<>();
    for (int column = 0; column < data.columns().size(); column++) {
      fileColumns.add(VectorExpression.column(data.vectors().get(column), data.columns().get(column).type()));
    }
    IntPredicate[] conditions = conditions(data, fileColumns);
    if (conditions == null) {
      return null;
    }
    List<VectorExpression> expressions = new ArrayList<>();
    for (int column : columns) {
      expressions.add(fileColumns.get(column));
    }
    int rows = (int) data.rowCount();
    return new Rows() {
      @Override public List<VectorExpression> columns() {
        return expressions;
      }

      @Override public int walked() {
        return rows;
      }

      @Override public void forEach(IntConsumer visit, Runnable check, int from, int to) {
        data.checkReadable();
        for (int row = from; row < to; row++) {
          if (row % CHECK_EVERY == 0) {
            check.run();
          }
          if (keeps(conditions, row)) {
            visit.accept(row);
          }
        }
      }
    };
  }

  /**
   * Each condition of the filters: read by {@link RowFilter} when it is a simple one (a column against a literal,
   * straight on the vectors), else computed as a {@link VectorExpression} that must be TRUE; null when one is
   * neither, and the query is then left to Calcite.
   */
  private IntPredicate[] conditions(Dataset data, List<VectorExpression> fileColumns) {
    List<IntPredicate> conditions = new ArrayList<>();
    for (RexNode filter : filters) {
      for (RexNode conjunct : RelOptUtil.conjunctions(filter)) {
        RowFilter simple = RowFilter.exact(List.of(conjunct), data);
        VectorExpression computed = simple != null ? null : VectorExpression.of(conjunct, fileColumns);
        if (simple != null) {
          conditions.add(simple::keeps);
        } else if (computed != null && computed.type == ColumnType.BOOLEAN) {
          conditions.add(row -> computed.truth(row) == 1);
        } else {
          return null;
        }
      }
    }
    return conditions.toArray(new IntPredicate[0]);
  }

  private static boolean keeps(IntPredicate[] conditions, int row) {
    for (IntPredicate condition : conditions) {
      if (!condition.test(row)) {
        return false;
      }
    }
    return true;
  }
}
