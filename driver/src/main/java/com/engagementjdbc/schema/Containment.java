package com.engagementjdbc.schema;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Keeps tables inside the connection's folder: a file or folder counts only when its real path (symbolic links
 * resolved) is under the folder's real path, so no link, name or glob reaches a file elsewhere on the machine.
 */
final class Containment {
  private Containment() {
  }

  /**
   * Whether the file is inside the folder; throws when its real path cannot be read (a link to nothing, a loop of
   * links, a permission), so that the file is shown with the reason rather than left out without a word.
   */
  static boolean isInside(Path file, Path root) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (NoSuchFileException gone) {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return false; // removed while the folder was listed: nothing to show
      }
      throw unresolved(file, root, "it is a link to " + target(file) + ", which does not exist", gone);
    } catch (IOException e) {
      throw unresolved(file, root, e.toString(), e);
    }
  }

  private static String target(Path link) {
    try {
      return link.resolveSibling(Files.readSymbolicLink(link)).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "a file";
    }
  }

  private static EngagementException unresolved(Path file, Path root, String reason, IOException cause) {
    return new EngagementException(SqlState.IO_ERROR, root.relativize(file) + ": cannot tell whether the file is"
        + " inside the folder, as its real path cannot be read: " + reason, cause);
  }
}
