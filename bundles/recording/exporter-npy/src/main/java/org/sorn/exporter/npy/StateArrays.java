package org.sorn.exporter.npy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;
import org.sorn.api.command.KeptFile;
import org.sorn.recording.DenseWeights;

/**
 * A network state as the package's state dict of float64 arrays: Wee (ne, ne), Wei (ni, ne), Wie
 * (ne, ni) [pre][post], Te (ne, 1), Ti (ni, 1), X (ne, 2), Y (ni, 2) with columns [previous,
 * current]; what {@code --state} reads back from a {@code .npz}.
 */
final class StateArrays {

  static List<NumpyArray> of(NetworkState state) {
    int ne = state.ne();
    int ni = state.ni();
    return List.of(
        new NumpyArray("Wee", "<f8", new long[] {ne, ne}, out -> dense(state.wee(), out)),
        new NumpyArray("Wei", "<f8", new long[] {ni, ne}, out -> dense(state.wei(), out)),
        new NumpyArray("Wie", "<f8", new long[] {ne, ni}, out -> dense(state.wie(), out)),
        new NumpyArray("Te", "<f8", new long[] {ne, 1}, out -> values(state.te(), ne, out)),
        new NumpyArray("Ti", "<f8", new long[] {ni, 1}, out -> values(state.ti(), ni, out)),
        new NumpyArray("X", "<f8", new long[] {ne, 2}, out -> columns(state.x(), out)),
        new NumpyArray("Y", "<f8", new long[] {ni, 2}, out -> columns(state.y(), out)));
  }

  /** Writes {@code state} as {@code <baseName>.npz} in {@code directory}; returns the file. */
  static Path writeNpz(NetworkState state, Path directory, String baseName) throws IOException {
    if (baseName == null || baseName.isBlank()) {
      throw new IllegalArgumentException(
          "the exported state's base name must be a non-empty file name, got '" + baseName + "'");
    }
    Path file = directory.resolve(baseName + ".npz");
    return KeptFile.writeFile(
        file,
        partial -> {
          try (NpzArchive npz = new NpzArchive(partial, false)) {
            for (NumpyArray a : of(state)) {
              npz.add(a);
            }
          }
        });
  }

  /** The dense matrix [pre][post], row by row from the stored entries. */
  private static void dense(SynapticWeights w, ArraySink out) throws IOException {
    DenseWeights.forEach(w, (pre, post, weight) -> out.putDouble(weight));
  }

  private static void values(double[] values, int n, ArraySink out) throws IOException {
    for (int i = 0; i < n; i++) {
      out.putDouble(values[i]);
    }
  }

  private static void columns(Activity a, ArraySink out) throws IOException {
    boolean[] previous = a.before();
    boolean[] current = a.after();
    for (int i = 0; i < a.size(); i++) {
      out.putDouble(previous[i] ? 1.0 : 0.0);
      out.putDouble(current[i] ? 1.0 : 0.0);
    }
  }

  private StateArrays() {}
}
