package org.sorn.exporter.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.sorn.api.Exporter;
import org.sorn.api.NetworkState;
import org.sorn.api.command.KeptFile;
import org.sorn.recording.Recording;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;

/**
 * Writes each recorded series as {@code <Name>.csv} (a row per recorded step, the step first) and
 * a state as one CSV per matrix, {@code <baseName>-Wee.csv} and so on.
 */
@Component(property = "sorn.exporter=" + CsvExporter.FORMAT)
public final class CsvExporter implements Exporter {
  static final String FORMAT = "csv";

  @Override
  public String format() {
    return FORMAT;
  }

  /** Writes the seven CSV files of the state and returns the first, {@code <baseName>-Wee.csv}. */
  @Override
  public Path writeState(NetworkState state, Path directory, String baseName) throws IOException {
    return StateCsv.write(state, directory, baseName).get(0);
  }

  @Override
  public List<Path> exportRecordings(Path runDirectory) throws IOException {
    List<Path> files = new ArrayList<>();
    for (SeriesLayout layout : Recording.layouts(runDirectory)) {
      Path file = runDirectory.resolve(layout.name() + ".csv");
      KeptFile.write(
          file,
          stream -> {
            try (SeriesReader series = SeriesReader.open(runDirectory, layout);
                Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
              SeriesCsv.write(series, out);
            }
          });
      files.add(file);
    }
    return files;
  }
}
