package org.sorn.exporter.npy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;
import org.sorn.api.command.KeptFile;
import org.sorn.recording.Recording;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;

/**
 * Writes recordings as {@code recordings.npz} (per recorder the array {@code <Name>} and {@code
 * <Name>_steps}) and a state as {@code <baseName>.npz}, the package's state dict: {@code
 * numpy.load} reads both, and {@code --state} reads the state back.
 */
@Component(property = "sorn.exporter=" + NpzExporter.FORMAT)
public final class NpzExporter implements Exporter {
  static final String FORMAT = "npz";
  static final String RECORDINGS = "recordings.npz";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Path writeState(NetworkState state, Path directory, String baseName) throws IOException {
    return StateArrays.writeNpz(state, directory, baseName);
  }

  @Override
  public List<Path> exportRecordings(Path runDirectory) throws IOException {
    return export(runDirectory, false);
  }

  /** The export, with ZIP64 records throughout when {@code alwaysZip64} (for tests). */
  static List<Path> export(Path runDirectory, boolean alwaysZip64) throws IOException {
    List<SeriesLayout> layouts = Recording.layouts(runDirectory);
    if (layouts.isEmpty()) {
      return List.of();
    }
    Path file = runDirectory.resolve(RECORDINGS);
    KeptFile.writeFile(
        file,
        partial -> {
          try (NpzArchive npz = new NpzArchive(partial, alwaysZip64)) {
            for (SeriesLayout layout : layouts) {
              try (SeriesReader series = SeriesReader.open(runDirectory, layout)) {
                for (NumpyArray a : SeriesArrays.of(series)) {
                  npz.add(a);
                }
              }
            }
          }
        });
    return List.of(file);
  }
}
