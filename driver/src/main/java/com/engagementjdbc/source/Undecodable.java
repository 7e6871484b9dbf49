package com.engagementjdbc.source;

import com.engagementjdbc.error.EngagementException;

/**
 * A file read as a stream holds bytes that are not valid in the encoding it is read with. The first read of a
 * file whose encoding was detected, not set, reads it again in the fallback encoding; any other read reports
 * {@link #error}.
 */
public final class Undecodable extends RuntimeException {
  private final EngagementException error;

  Undecodable(EngagementException error) {
    super(error.getMessage(), null, false, false);
    this.error = error;
  }

  /** The error a user sees, naming the file and the line of the first bad bytes. */
  public EngagementException error() {
    return error;
  }
}
