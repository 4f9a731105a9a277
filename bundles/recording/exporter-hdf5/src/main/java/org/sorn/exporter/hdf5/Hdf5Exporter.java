package org.sorn.exporter.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;

/**
 * Writes recordings as {@code recordings.h5} and a state as {@code <baseName>.h5} (group {@code
 * /final_state}).
 */
@Component(property = "sorn.exporter=" + Hdf5Exporter.FORMAT)
public final class Hdf5Exporter implements Exporter {
  static final String FORMAT = "hdf5";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Path writeState(NetworkState state, Path directory, String baseName) throws IOException {
    return StateHdf5.write(state, directory, baseName);
  }

  @Override
  public List<Path> exportRecordings(Path runDirectory) throws IOException {
    return RecordingsHdf5.write(runDirectory);
  }
}
