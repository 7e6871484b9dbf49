package com.engagementjdbc.function;

import com.engagementjdbc.functions.FunctionCatalog;
import com.engagementjdbc.functions.FunctionCatalog.FunctionSpec;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code sys.functions}: this product's SQL functions with their signatures and formulas, in the columns of
 * {@link DatabaseMetaData#getFunctions}, which answers from this table so tools list the formulas as REMARKS.
 */
public final class FunctionsTable extends AbstractTable implements ScannableTable {
  public static final String NAME = "functions";

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return typeFactory.builder()
        .add("FUNCTION_CAT", SqlTypeName.VARCHAR).nullable(true)
        .add("FUNCTION_SCHEM", SqlTypeName.VARCHAR).nullable(true)
        .add("FUNCTION_NAME", SqlTypeName.VARCHAR)
        .add("REMARKS", SqlTypeName.VARCHAR)
        .add("FUNCTION_TYPE", SqlTypeName.SMALLINT)
        .add("SPECIFIC_NAME", SqlTypeName.VARCHAR)
        .add("SIGNATURE", SqlTypeName.VARCHAR)
        .add("KIND", SqlTypeName.VARCHAR)
        .build();
  }

  @Override public Enumerable<Object[]> scan(DataContext root) {
    List<Object[]> rows = new ArrayList<>();
    for (FunctionSpec spec : FunctionCatalog.FUNCTIONS) {
      short type = (short) (spec.kind() == FunctionCatalog.Kind.TABLE
          ? DatabaseMetaData.functionReturnsTable : DatabaseMetaData.functionNoTable);
      rows.add(new Object[] {null, null, spec.sqlName(), spec.signature() + " = " + spec.remarks(), type,
          spec.sqlName() + "_" + spec.arity(), spec.signature(), spec.kind().name()});
    }
    return Linq4j.asEnumerable(rows);
  }
}
