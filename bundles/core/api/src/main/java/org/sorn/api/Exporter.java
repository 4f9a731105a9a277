package org.sorn.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** Writes a network state in one file format, published as an OSGi service. */
@ConsumerType
public interface Exporter {

  /** The format's name, for example {@code "json"}. */
  String format();

  /**
   * Writes {@code state} into {@code directory} as {@code <baseName>.<extension>} and returns the
   * file written.
   */
  Path writeState(NetworkState state, Path directory, String baseName) throws IOException;

  /**
   * Writes what was recorded in the run directory {@code runDirectory} (the workbench's recording
   * store, see docs/recording.md) in this format, into that directory, and returns the files
   * written. Streams: memory does not grow with the length of the run.
   */
  default List<Path> exportRecordings(Path runDirectory) throws IOException {
    return List.of();
  }
}
