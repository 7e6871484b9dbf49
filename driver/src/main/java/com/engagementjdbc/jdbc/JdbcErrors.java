package com.engagementjdbc.jdbc;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.runtime.CalciteResource;
import org.apache.calcite.runtime.Resources;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.validate.SqlValidatorException;
import org.apache.calcite.util.Static;

/**
 * Turns whatever went wrong below JDBC into one {@link SQLException} with a standard SQLSTATE and the most
 * specific message in the cause chain (Calcite wraps its own errors several times over). Calcite's validation
 * errors carry no code, only a message made from its resource bundle: they are told apart by the resource's own
 * templates, so that a reworded message in a new Calcite version is still recognised.
 */
final class JdbcErrors {
  private static final CalciteResource CALCITE = Static.RESOURCE;
  private static final Pattern UNKNOWN_TABLE = anyOf(
      CALCITE::tableNameNotFound, CALCITE::objectNotFound, CALCITE::schemaNotFound, CALCITE::viewNotFound,
      a -> CALCITE.objectNotFoundWithin(a, a), a -> CALCITE.tableNameNotFoundDidYouMean(a, a),
      a -> CALCITE.objectNotFoundDidYouMean(a, a), a -> CALCITE.objectNotFoundWithinDidYouMean(a, a, a));
  private static final Pattern UNKNOWN_COLUMN = anyOf(
      CALCITE::columnNotFound, a -> CALCITE.columnNotFoundInTable(a, a), a -> CALCITE.columnNotFoundDidYouMean(a, a),
      a -> CALCITE.columnNotFoundInTableDidYouMean(a, a, a));
  private static final Pattern UNKNOWN_FUNCTION = anyOf(
      CALCITE::validatorUnknownFunction, CALCITE::functionUndefined, CALCITE::functionNotFound);
  /** Stands for a resource's arguments while its text is turned into a pattern. */
  private static final String ANY = "\u0000";
  private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"([A-Za-z_]+)");
  private static final SqlAbstractParserImpl.Metadata PARSER_WORDS =
      SqlBabelParserImpl.FACTORY.getParser(new StringReader("")).getMetadata();

  private JdbcErrors() {
  }

  /** A pattern matching the messages of any of these resources, whatever their arguments. */
  @SafeVarargs
  private static Pattern anyOf(Function<String, Resources.ExInstWithCause<?>>... resources) {
    return Pattern.compile(Arrays.stream(resources)
        .map(resource -> Arrays.stream(resource.apply(ANY).str().split(ANY, -1)).map(Pattern::quote)
            .collect(Collectors.joining(".*")))
        .collect(Collectors.joining("|", "(?s)(?:", ")")));
  }

  /**
   * @param cancelled whether the statement that failed had been cancelled: Avatica then reports a result set's
   *     next row as a plain error with no state
   */
  static SQLException translate(Throwable error, boolean cancelled) {
    EngagementException ours = find(error, EngagementException.class);
    if (ours != null) {
      return ours.toSqlException();
    }
    CalciteContextException located = find(error, CalciteContextException.class);
    if (located != null) {
      SqlValidatorException validation = find(located, SqlValidatorException.class);
      String detail = validation != null ? validation.getMessage() : String.valueOf(located.getCause());
      return new SQLException(located.getMessage(), validationState(detail), error);
    }
    SqlParseException parse = find(error, SqlParseException.class);
    if (parse != null) {
      // Calcite lists every token it could have accepted, a hundred lines that hide the one that matters
      String message = parse.getMessage();
      int expecting = message.indexOf("\nWas expecting");
      String first = expecting < 0 ? message : message.substring(0, expecting);
      return new SQLException("syntax error: " + first.strip() + reservedWordHint(first), SqlState.SYNTAX_ERROR.code(),
          error);
    }
    SqlValidatorException validation = find(error, SqlValidatorException.class);
    if (validation != null) {
      return new SQLException(validation.getMessage(), validationState(validation.getMessage()), error);
    }
    ArithmeticException arithmetic = find(error, ArithmeticException.class);
    if (arithmetic != null) {
      String state = "/ by zero".equals(arithmetic.getMessage()) ? "22012" : "22003";
      return new SQLException("arithmetic error: " + arithmetic.getMessage(), state, error);
    }
    NumberFormatException number = find(error, NumberFormatException.class);
    if (number != null) {
      return new SQLException("invalid number: " + number.getMessage(), SqlState.INVALID_CHARACTER_VALUE.code(),
          error);
    }
    if (error instanceof SQLException sql && sql.getSQLState() != null && !"00000".equals(sql.getSQLState())) {
      return sql;
    }
    String message = error.getMessage() != null ? error.getMessage() : error.toString();
    if (cancelled) {
      return new SQLException("the query was cancelled", SqlState.QUERY_CANCELED.code(), error);
    }
    if (error instanceof java.sql.SQLFeatureNotSupportedException) {
      return new SQLException("not supported: " + message, SqlState.FEATURE_NOT_SUPPORTED.code(), error);
    }
    return new SQLException(message, SqlState.INTERNAL_ERROR.code(), error);
  }

  /**
   * A hint when the token the parser stumbled on is one of the few words it keeps reserved ({@code Date},
   * {@code Time}, {@code Timestamp}, {@code Values}...): as a column name it must be quoted.
   */
  private static String reservedWordHint(String parseMessage) {
    Matcher token = ENCOUNTERED.matcher(parseMessage);
    if (!token.find() || !PARSER_WORDS.isReservedWord(token.group(1).toUpperCase(Locale.ROOT))) {
      return "";
    }
    return " (" + token.group(1) + " is a reserved word: as a column name, quote it: \"" + token.group(1) + "\")";
  }

  private static String validationState(String detail) {
    if (detail == null) {
      return SqlState.SYNTAX_ERROR.code();
    }
    if (UNKNOWN_TABLE.matcher(detail).matches()) {
      return SqlState.UNDEFINED_TABLE.code();
    }
    if (UNKNOWN_COLUMN.matcher(detail).matches()) {
      return SqlState.UNDEFINED_COLUMN.code();
    }
    if (UNKNOWN_FUNCTION.matcher(detail).matches()) {
      return SqlState.UNDEFINED_FUNCTION.code();
    }
    return SqlState.SYNTAX_ERROR.code();
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
