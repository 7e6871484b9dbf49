package com.engagementjdbc.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalciteSqlValidator;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.runtime.Resources;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * Calcite's validator, as analysts' exports need it. A column wins over a niladic function of its name: with
 * Calcite's Babel parser {@code User} or {@code Current_Date} may name a column, and Calcite would otherwise read
 * them as the functions {@code USER} and {@code CURRENT_DATE} even where the table has such a column. And its
 * "not found" errors name the closest existing column, table or function ({@link NearNames}): the columns of the
 * tables the statement reads and the names it gives, the tables of the connection's schemas, the functions it can
 * call.
 */
final class AnalystValidator extends CalciteSqlValidator {
  private static final Pattern COLUMN = Pattern.compile("Column '([^']*)' not found in .*");
  private static final Pattern TABLE = Pattern.compile("(?:Object|Table) '([^']*)' not found(?: within '([^']*)')?");
  private static final Pattern FUNCTION = Pattern.compile("No match found for function signature ([^(]*)\\(.*");

  private final CalciteCatalogReader catalogReader;
  private SqlNode statement;
  /** The columns of the tables {@link #statement} reads, once asked. */
  private Set<String> tableColumns;
  /** The names {@link #statement} gives to columns and tables, once asked. */
  private Set<String> givenNames;

  AnalystValidator(SqlOperatorTable operators, CalciteCatalogReader catalogReader, JavaTypeFactory typeFactory,
      Config config) {
    super(operators, catalogReader, typeFactory, config);
    this.catalogReader = catalogReader;
  }

  @Override public SqlNode validate(SqlNode topNode) {
    statement = topNode;
    tableColumns = null;
    givenNames = null;
    return super.validate(topNode);
  }

  @Override public SqlCall makeNullaryCall(SqlIdentifier id) {
    SqlCall call = super.makeNullaryCall(id);
    if (call == null) {
      return null;
    }
    collectNames();
    for (String name : tableColumns) {
      if (name.equalsIgnoreCase(id.getSimple())) {
        return null;
      }
    }
    return call;
  }

  @Override public CalciteContextException newValidationError(SqlNode node,
      Resources.ExInst<SqlValidatorException> e) {
    CalciteContextException error = super.newValidationError(node, e);
    String detail = e.ex().getMessage();
    String hint = hint(detail);
    if (hint.isEmpty()) {
      return error;
    }
    CalciteContextException hinted = new CalciteContextException(error.getMessage() + hint,
        new SqlValidatorException(detail + hint, null), error.getPosLine(), error.getPosColumn(),
        error.getEndPosLine(), error.getEndPosColumn());
    hinted.setOriginalStatement(error.getOriginalStatement());
    return hinted;
  }

  private String hint(String detail) {
    Matcher column = COLUMN.matcher(detail);
    if (column.matches()) {
      collectNames();
      Set<String> names = new LinkedHashSet<>(tableColumns);
      names.addAll(givenNames);
      return NearNames.hint(column.group(1), names);
    }
    Matcher table = TABLE.matcher(detail);
    if (table.matches()) {
      return NearNames.hint(table.group(1), tableNames(table.group(2)));
    }
    Matcher function = FUNCTION.matcher(detail);
    if (function.matches()) {
      return NearNames.hint(function.group(1), functionNames());
    }
    return "";
  }

  private void collectNames() {
    if (tableColumns != null) {
      return;
    }
    tableColumns = new LinkedHashSet<>();
    givenNames = new LinkedHashSet<>();
    if (statement == null) {
      return;
    }
    statement.accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlCall call) {
        if (call instanceof SqlSelect select) {
          addColumnsOfTables(select.getFrom(), tableColumns);
        }
        if (call.getKind() == SqlKind.AS) {
          // expression AS name, or a table AS name (column, ...)
          List<SqlNode> operands = call.getOperandList();
          for (SqlNode alias : operands.subList(1, operands.size())) {
            if (alias instanceof SqlIdentifier id && id.isSimple()) {
              givenNames.add(id.getSimple());
            }
          }
        }
        return super.visit(call);
      }
    });
  }

  private void addColumnsOfTables(SqlNode from, Set<String> names) {
    if (from instanceof SqlIdentifier id) {
      RelOptTable table = catalogReader.getTable(id.names);
      if (table != null) {
        table.getRowType().getFieldList().stream().map(RelDataTypeField::getName).forEach(names::add);
      }
    } else if (from instanceof SqlJoin join) {
      addColumnsOfTables(join.getLeft(), names);
      addColumnsOfTables(join.getRight(), names);
    } else if (from != null && from.getKind() == SqlKind.AS) {
      addColumnsOfTables(((SqlCall) from).operand(0), names);
    }
  }

  /**
   * The tables of a schema, or of every schema: each compared by its own name, shown qualified outside the default
   * schema ({@code source_column} finds {@code sys.source_columns}).
   */
  private Map<String, String> tableNames(String schemaName) {
    CalciteSchema root = catalogReader.getRootSchema();
    Map<String, String> names = new LinkedHashMap<>();
    if (schemaName != null) {
      CalciteSchema schema = root.getSubSchema(schemaName, false);
      Collection<String> tables = schema != null ? schema.getTableNames() : root.getSubSchemaMap().keySet();
      tables.forEach(table -> names.put(table, table));
      return names;
    }
    List<String> defaultPath = catalogReader.getSchemaPaths().get(0);
    for (CalciteSchema schema : root.getSubSchemaMap().values()) {
      boolean isDefault = defaultPath.equals(List.of(schema.getName()));
      for (String table : schema.getTableNames()) {
        if (isDefault) {
          names.put(table, table);
        } else {
          names.putIfAbsent(table, schema.getName() + "." + table);
        }
      }
    }
    return names;
  }

  private Collection<String> functionNames() {
    Set<String> names = new LinkedHashSet<>();
    for (SqlOperator operator : getOperatorTable().getOperatorList()) {
      if (operator.getName().chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
        names.add(operator.getName());
      }
    }
    return names;
  }
}
