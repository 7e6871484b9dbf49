package com.engagementjdbc.source;

/** A column of a source: its name as the file spells it, and how its values are read. */
public record Column(String name, ColumnFormat format) {
  public ColumnType type() {
    return format.type();
  }
}
