package org.sorn.api;

import java.io.IOException;
import java.nio.file.Path;
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
}
