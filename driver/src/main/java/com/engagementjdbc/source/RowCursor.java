package com.engagementjdbc.source;

/** Rows read one at a time, each holding the values of the columns the cursor was opened for. */
public interface RowCursor extends AutoCloseable {
  /** Moves to the next row; false after the last. */
  boolean next();

  /** The value of the {@code index}-th of the cursor's columns in the current row, in Calcite's representation. */
  Object value(int index);

  /** Releases the file a cursor reads; a cursor closed before its end stops reading there. */
  @Override void close();
}
