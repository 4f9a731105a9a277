package org.sorn.exporter.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;
import org.sorn.api.command.KeptFile;
import org.sorn.recording.DenseWeights;

/**
 * A network state as the float64 datasets of the group {@code /final_state}, shaped as the
 * package's state dict: Wee (ne, ne), Wei (ni, ne), Wie (ne, ni) [pre][post], Te (ne, 1), Ti (ni,
 * 1), X (ne, 2), Y (ni, 2) with columns [previous, current].
 */
final class StateHdf5 {
  static final String GROUP = "final_state";

  static Path write(NetworkState state, Path directory, String baseName) throws IOException {
    if (baseName == null || baseName.isBlank()) {
      throw new IllegalArgumentException(
          "the exported state's base name must be a non-empty file name, got '" + baseName + "'");
    }
    Files.createDirectories(directory);
    Path file = directory.resolve(baseName + ".h5");
    // written under a temporary name (new: jhdf writes over a file without cutting it), then moved
    return KeptFile.writeFile(
        file,
        partial -> {
          try (WritableHdfFile h5 = HdfFile.write(partial)) {
            h5.removeAttribute(RecordingsHdf5.JHDF_INFO);
            WritableGroup group = h5.putGroup(GROUP);
            group.putDataset("Wee", dense(state.wee()));
            group.putDataset("Wei", dense(state.wei()));
            group.putDataset("Wie", dense(state.wie()));
            group.putDataset("Te", column(state.te(), state.ne()));
            group.putDataset("Ti", column(state.ti(), state.ni()));
            group.putDataset("X", columns(state.x()));
            group.putDataset("Y", columns(state.y()));
          } catch (HdfException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
          }
        });
  }

  private static double[][] dense(SynapticWeights w) throws IOException {
    double[][] m = new double[w.rows()][w.columns()];
    DenseWeights.forEach(w, (pre, post, weight) -> m[pre][post] = weight);
    return m;
  }

  private static double[][] column(double[] values, int n) {
    double[][] c = new double[n][1];
    for (int i = 0; i < n; i++) {
      c[i][0] = values[i];
    }
    return c;
  }

  private static double[][] columns(Activity a) {
    double[][] c = new double[a.size()][2];
    for (int i = 0; i < a.size(); i++) {
      c[i][0] = a.before()[i] ? 1.0 : 0.0;
      c[i][1] = a.after()[i] ? 1.0 : 0.0;
    }
    return c;
  }

  private StateHdf5() {}
}
