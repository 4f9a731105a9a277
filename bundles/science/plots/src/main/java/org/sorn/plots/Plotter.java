package org.sorn.plots;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.sorn.statistics.HammingDistance;

/** Writes the plots asked for into {@code DIR/plots/}, skipping those whose data is absent. */
final class Plotter {
  /** The folder of the run directory the plots go to. */
  static final String FOLDER = "plots";

  private Plotter() {}

  /**
   * Draws {@code kinds} from {@code run} in each of {@code formats}; says on {@code out} which
   * were skipped and why. The Hamming distance compares with {@code twin}'s activity when given,
   * else each step's state with the next one's.
   *
   * @return the plots written, in the order asked
   * @throws NotARun when the twin is not a run directory or does not match the run
   */
  static List<PlotKind> draw(RunData run, List<PlotKind> kinds, List<Format> formats,
      Optional<RunData> twin, PrintStream out) throws IOException, NotARun {
    return draw(run, kinds, formats, twin, StepRange.ALL, Optional.empty(), out);
  }

  /**
   * As {@link #draw(RunData, List, List, Optional, PrintStream)}, over the recorded steps of
   * {@code range}; the avalanche plots take their goodness of fit from {@code analysis} (the tree
   * of analysis.json) when it analysed the same avalanches.
   */
  static List<PlotKind> draw(RunData run, List<PlotKind> kinds, List<Format> formats,
      Optional<RunData> twin, StepRange range, Optional<JsonNode> analysis, PrintStream out)
      throws IOException, NotARun {
    Path folder = run.directory().resolve(FOLDER);
    Files.createDirectories(folder);
    // read each series once, and only when a plot wants it
    Optional<RunData.Spikes> spikes = Optional.empty();
    Optional<double[][]> wee = Optional.empty();
    Optional<long[][]> counts = Optional.empty();
    if (kinds.stream().anyMatch(k -> k.needs() == PlotKind.Needs.ACTIVITY)) {
      spikes = run.activation(range)
          .filter(s -> s.train().length > 1 && s.train()[0].length > 0);
    }
    if (kinds.stream().anyMatch(k -> k.needs() == PlotKind.Needs.WEIGHTS)) {
      wee = run.lastWee().filter(w -> w.length > 0);
    }
    if (kinds.stream().anyMatch(k -> k.needs() == PlotKind.Needs.COUNTS)) {
      counts = run.eeConnectionCounts(range).filter(c -> c[0].length > 0);
    }
    Hamming hamming = null;
    if (kinds.contains(PlotKind.HAMMING) && spikes.isPresent()) {
      hamming = Hamming.of(spikes.get(), twin);
    }
    List<PlotKind> written = new ArrayList<>();
    for (PlotKind kind : kinds) {
      Surface surface = new AllFormats(folder, kind.label(), formats, Chart.WIDTH, Chart.HEIGHT);
      boolean drawn = switch (kind.needs()) {
        case ACTIVITY -> spikes.isPresent();
        case WEIGHTS -> wee.isPresent();
        case COUNTS -> counts.isPresent();
      };
      if (!drawn) {
        out.println("skipped " + kind.label() + ": not recorded"
            + (range.isAll() ? "" : " " + range.describe()) + "; run with --record "
            + kind.record());
        continue;
      }
      switch (kind) {
        case RASTER -> ActivityPlots.raster(spikes.get().train(), spikes.get().steps(), surface);
        case SCATTER -> ActivityPlots.scatter(spikes.get().train(), spikes.get().steps(), surface);
        case RATES -> ActivityPlots.rates(spikes.get().train(), surface);
        case ISI -> ActivityPlots.isi(spikes.get().train(), surface);
        case CORRELATION -> ActivityPlots.correlation(spikes.get().train(), surface);
        case HAMMING -> ActivityPlots.hamming(hamming.distance(), hamming.steps(),
            hamming.between(), surface);
        case SIZES, DURATIONS -> AvalancheFigures.draw(kind == PlotKind.SIZES,
            spikes.get().train(), analysis, surface);
        case CONNECTIONS -> ConnectivityPlots.dynamics(counts.get()[0], counts.get()[1], run.ne(),
            surface);
        case WEIGHTS -> WeightPlots.distribution(wee.get(), surface);
        case LINEAR_FIT -> WeightPlots.linearFit(wee.get(), surface);
        case LOGNORMAL_FIT -> WeightPlots.lognormalFit(wee.get(), surface);
        case IN_DEGREE -> ConnectivityPlots.inDegree(wee.get(), surface);
        case OUT_DEGREE -> ConnectivityPlots.outDegree(wee.get(), surface);
        case NETWORK -> ConnectivityPlots.network(wee.get(), surface);
      }
      written.add(kind);
      for (Format f : formats) {
        out.println("wrote " + folder.resolve(kind.fileName(f)));
      }
    }
    return written;
  }

  /**
   * The package's hamming_distance between two activity series, per step.
   *
   * @param between what was compared, for the title
   */
  record Hamming(int[] distance, long[] steps, String between) {

    /** Against the twin's activity at the same steps, or else between consecutive steps. */
    static Hamming of(RunData.Spikes spikes, Optional<RunData> twin)
        throws IOException, NotARun {
      boolean[][] train = spikes.train();
      if (twin.isEmpty()) {
        boolean[][] next = java.util.Arrays.copyOfRange(train, 1, train.length);
        boolean[][] now = java.util.Arrays.copyOf(train, train.length - 1);
        return new Hamming(HammingDistance.perStep(now, next),
            java.util.Arrays.copyOfRange(spikes.steps(), 1, train.length),
            "between consecutive steps, x(t-1) and x(t)");
      }
      Path other = twin.get().directory();
      RunData.Spikes theirs = twin.get().activation().orElseThrow(() -> new NotARun(
          "--twin " + other + " has no ExcitatoryActivation recording"));
      if (theirs.train().length == 0 || theirs.train()[0].length != train[0].length) {
        throw new NotARun("--twin " + other + " records " + (theirs.train().length == 0 ? 0
            : theirs.train()[0].length) + " excitatory units, expected " + train[0].length);
      }
      // compare the steps both recorded, in order
      List<boolean[]> a = new ArrayList<>();
      List<boolean[]> b = new ArrayList<>();
      List<Long> steps = new ArrayList<>();
      int j = 0;
      for (int i = 0; i < train.length; i++) {
        while (j < theirs.steps().length && theirs.steps()[j] < spikes.steps()[i]) {
          j++;
        }
        if (j < theirs.steps().length && theirs.steps()[j] == spikes.steps()[i]) {
          a.add(train[i]);
          b.add(theirs.train()[j]);
          steps.add(spikes.steps()[i]);
        }
      }
      if (steps.isEmpty()) {
        throw new NotARun("--twin " + other + " recorded none of the run's steps");
      }
      return new Hamming(
          HammingDistance.perStep(a.toArray(boolean[][]::new), b.toArray(boolean[][]::new)),
          steps.stream().mapToLong(Long::longValue).toArray(), "to the twin run " + other);
    }
  }
}
