package com.engagementjdbc.source;

import com.engagementjdbc.source.SourceText.StreamEncoding;
import java.io.Reader;
import java.nio.file.Path;

/**
 * What every format read as a stream keeps of its file: where it is, how to decode it, the version its layout was
 * read from (a query finding another version stops rather than mix them) and the NULLs counted on the way.
 */
public abstract class StreamedSource implements Dataset.Streamed {
  protected final Path file;
  protected final String fileName;
  protected final ReadOptions options;
  protected final StreamEncoding encoding;
  protected final FileVersion version;
  /** NULLs per column, counted by the first read. */
  protected long[] nulls;

  protected StreamedSource(Path file, String fileName, ReadOptions options, StreamEncoding encoding) {
    this.file = file;
    this.fileName = fileName;
    this.options = options;
    this.encoding = encoding;
    this.version = FileVersion.of(file, fileName);
  }

  /** The file's text from its start, for one more read; checks first that it is still the version read before. */
  protected Reader reopen() {
    version.checkUnchanged(file, fileName);
    return SourceText.reader(file, encoding);
  }

  @Override public long nullCount(int column) {
    return nulls[column];
  }
}
