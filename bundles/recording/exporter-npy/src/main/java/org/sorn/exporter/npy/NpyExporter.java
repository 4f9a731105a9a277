package org.sorn.exporter.npy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;
import org.sorn.recording.Recording;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;

/**
 * Writes recordings as one {@code <Name>.npy} and {@code <Name>_steps.npy} per recorder, for
 * {@code numpy.load(..., mmap_mode='r')} on long runs; a state, which is several arrays, as {@code
 * <baseName>.npz} as the npz format does.
 */
@Component(property = "sorn.exporter=" + NpyExporter.FORMAT)
public final class NpyExporter implements Exporter {
  static final String FORMAT = "npy";

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
    List<Path> files = new ArrayList<>();
    for (SeriesLayout layout : Recording.layouts(runDirectory)) {
      try (SeriesReader series = SeriesReader.open(runDirectory, layout)) {
        for (NumpyArray a : SeriesArrays.of(series)) {
          files.add(a.writeNpy(runDirectory));
        }
      }
    }
    return files;
  }
}
