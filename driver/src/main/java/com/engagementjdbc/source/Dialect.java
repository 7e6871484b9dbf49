package com.engagementjdbc.source;

/** How a file was read, as detected or set: reported to users so a surprising result can be explained. */
public record Dialect(String format, String encoding, Character delimiter, Character quote, boolean header) {
}
