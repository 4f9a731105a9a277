package org.sorn.plots;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes the plots asked for into {@code DIR/plots/}, skipping those whose data is absent. */
final class Plotter {
  /** The folder of the run directory the plots go to. */
  static final String FOLDER = "plots";

  private Plotter() {}

  /**
   * Draws {@code kinds} from {@code run}; says on {@code out} which were skipped and why.
   *
   * @return the plots written, in the order asked
   */
  static List<PlotKind> draw(RunData run, List<PlotKind> kinds, PrintStream out)
      throws IOException {
    Path folder = run.directory().resolve(FOLDER);
    Files.createDirectories(folder);
    // read each series once, and only when a plot wants it
    Optional<RunData.Spikes> spikes = Optional.empty();
    if (kinds.stream().anyMatch(k -> k.record().equals(RunData.ACTIVATION))) {
      spikes = run.activation().filter(s -> s.train().length > 0 && s.train()[0].length > 0);
    }
    List<PlotKind> written = new ArrayList<>();
    for (PlotKind kind : kinds) {
      Path file = folder.resolve(kind.fileName());
      boolean drawn = switch (kind) {
        case RASTER -> spikes.map(s -> draw(() -> Plots.raster(s.train(), s.steps(), file)))
            .orElse(false);
        case RATES -> spikes.map(s -> draw(() -> Plots.rates(s.train(), file))).orElse(false);
        case ISI -> spikes.map(s -> draw(() -> Plots.isi(s.train(), file))).orElse(false);
        case CORRELATION -> spikes.map(s -> draw(() -> Plots.correlation(s.train(), file)))
            .orElse(false);
        case WEIGHTS -> run.lastWee().map(w -> draw(() -> Plots.weights(w, file))).orElse(false);
        case CONNECTIONS -> run.eeConnectionCounts()
            .map(c -> draw(() -> Plots.connections(c[0], c[1], run.ne(), file))).orElse(false);
      };
      if (drawn) {
        written.add(kind);
        out.println("wrote " + file);
      } else {
        out.println("skipped " + kind.label() + ": not recorded; run with --record "
            + kind.record());
      }
    }
    return written;
  }

  /** A drawing that may fail to write its file. */
  private interface Drawing {
    void run() throws IOException;
  }

  private static boolean draw(Drawing drawing) {
    try {
      drawing.run();
      return true;
    } catch (IOException e) {
      // lambdas cannot throw it; the command turns it back into exit code 1
      throw new java.io.UncheckedIOException(e);
    }
  }
}
