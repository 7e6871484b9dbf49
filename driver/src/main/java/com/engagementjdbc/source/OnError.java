package com.engagementjdbc.source;

/** What to do with a row whose structure or values do not fit its file. */
public enum OnError {
  /** The query on that table fails with an error naming the file and line. */
  FAIL,
  /** The row is left out and listed in {@code sys.rejects}. */
  SKIP,
  /** Missing fields become NULL, extra fields and unreadable values are dropped; listed in {@code sys.rejects}. */
  NULL
}
