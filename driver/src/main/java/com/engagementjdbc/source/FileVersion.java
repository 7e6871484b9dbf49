package com.engagementjdbc.source;

import com.engagementjdbc.error.EngagementException;
import com.engagementjdbc.error.SqlState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file's size and modification time: a different version means different content. */
public record FileVersion(long size, long modified) {
  public static FileVersion of(Path file, String displayName) {
    try {
      return new FileVersion(Files.size(file), Files.getLastModifiedTime(file).toMillis());
    } catch (NoSuchFileException e) {
      throw new EngagementException(SqlState.UNDEFINED_TABLE, displayName + ": the file no longer exists", e);
    } catch (IOException e) {
      throw new EngagementException(SqlState.IO_ERROR, displayName + ": cannot be read: " + e, e);
    }
  }

  /** For a file read as a stream by each query: fails unless the file is still this version. */
  public void checkUnchanged(Path file, String displayName) {
    if (!of(file, displayName).equals(this)) {
      throw new EngagementException(SqlState.IO_ERROR, displayName + ": the file changed while it was read; query"
          + " it again to read the new version");
    }
  }
}
