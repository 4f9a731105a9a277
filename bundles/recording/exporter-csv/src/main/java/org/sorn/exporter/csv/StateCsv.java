package org.sorn.exporter.csv;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;
import org.sorn.api.command.KeptFile;
import org.sorn.recording.DenseWeights;

/**
 * A network state as one headerless CSV per array of the package's state dict, {@code
 * <baseName>-<Key>.csv}: Wee, Wei, Wie [pre][post] (a row per presynaptic unit), Te and Ti (one
 * value per row), X and Y (rows {@code previous,current}).
 */
final class StateCsv {

  /** Writes the seven files; returns them, Wee first. */
  static List<Path> write(NetworkState state, Path directory, String baseName) throws IOException {
    if (baseName == null || baseName.isBlank()) {
      throw new IllegalArgumentException(
          "the exported state's base name must be a non-empty file name, got '" + baseName + "'");
    }
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>();
    files.add(matrix(directory.resolve(baseName + "-Wee.csv"), state.wee()));
    files.add(matrix(directory.resolve(baseName + "-Wei.csv"), state.wei()));
    files.add(matrix(directory.resolve(baseName + "-Wie.csv"), state.wie()));
    files.add(column(directory.resolve(baseName + "-Te.csv"), state.te(), state.ne()));
    files.add(column(directory.resolve(baseName + "-Ti.csv"), state.ti(), state.ni()));
    files.add(activity(directory.resolve(baseName + "-X.csv"), state.x()));
    files.add(activity(directory.resolve(baseName + "-Y.csv"), state.y()));
    return files;
  }

  private static Path matrix(Path file, SynapticWeights w) throws IOException {
    return kept(file, out -> {
      DenseWeights.forEach(
          w,
          new DenseWeights.Element() {
            @Override
            public void accept(int pre, int post, double weight) throws IOException {
              value(out, post, weight);
            }

            @Override
            public void endRow(int pre) throws IOException {
              out.write('\n');
            }
          });
    });
  }

  private static Path column(Path file, double[] values, int n) throws IOException {
    return kept(file, out -> {
      for (int i = 0; i < n; i++) {
        value(out, 0, values[i]);
        out.write('\n');
      }
    });
  }

  private static Path activity(Path file, Activity a) throws IOException {
    return kept(file, out -> {
      for (int i = 0; i < a.size(); i++) {
        value(out, 0, a.before()[i] ? 1.0 : 0.0);
        value(out, 1, a.after()[i] ? 1.0 : 0.0);
        out.write('\n');
      }
    });
  }

  /** Writes text into {@code file}. */
  @FunctionalInterface
  private interface Text {
    void write(Writer out) throws IOException;
  }

  /** Writes {@code file} aside and moves it into place, so that it is whole or absent. */
  private static Path kept(Path file, Text text) throws IOException {
    return KeptFile.write(
        file,
        stream -> {
          Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          text.write(out);
          out.flush();
        });
  }

  private static void value(Writer out, int column, double v) throws IOException {
    if (column > 0) {
      out.write(',');
    }
    out.write(NumberOutput.toString(v, true));
  }

  private StateCsv() {}
}
