package com.engagementjdbc.error;

/**
 * The SQLSTATEs this driver reports, in one place so that every error a tool sees carries a state it can act on.
 */
public enum SqlState {
  CONNECTION_FAILED("08001"),
  CONNECTION_CLOSED("08003"),
  FEATURE_NOT_SUPPORTED("0A000"),
  PARAMETER_NOT_SET("07001"),
  INVALID_PARAMETER_INDEX("07009"),
  READ_ONLY("25006"),
  SYNTAX_ERROR("42000"),
  UNDEFINED_TABLE("42S02"),
  UNDEFINED_COLUMN("42703"),
  UNDEFINED_FUNCTION("42883"),
  INVALID_PARAMETER_VALUE("22023"),
  BAD_FILE_FORMAT("22P04"),
  INVALID_CHARACTER_VALUE("22018"),
  INVALID_DATETIME("22007"),
  UNTRANSLATABLE_CHARACTER("22021"),
  DATA_EXCEPTION("22000"),
  QUERY_CANCELED("57014"),
  OUT_OF_MEMORY("53200"),
  STATEMENT_TOO_COMPLEX("54001"),
  TOO_MANY_COLUMNS("54011"),
  IO_ERROR("58030"),
  INTERNAL_ERROR("XX000");

  private final String code;

  SqlState(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
