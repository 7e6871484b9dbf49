package com.engagementjdbc.source;

/** How to read a date written with the day and month as numbers, such as {@code 03/04/2026}. */
public enum DateOrder {
  /** Decided by the data: a day above 12 settles it; see docs/connecting.md for ambiguous files. */
  AUTO,
  /** Day first: 03/04/2026 is 3 April 2026. */
  DMY,
  /** Month first: 03/04/2026 is 4 March 2026. */
  MDY
}
