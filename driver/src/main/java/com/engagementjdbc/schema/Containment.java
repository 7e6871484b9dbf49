package com.engagementjdbc.schema;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Keeps tables inside the connection's folder: a file or folder counts only when its real path (symbolic links
 * resolved) is under the folder's real path, so no link, name or glob reaches a file elsewhere on the machine.
 */
final class Containment {
  private Containment() {
  }

  static boolean isInside(Path file, Path root) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException gone) {
      // a dangling link, or a file removed while listing: not a table
      return false;
    }
  }
}
