package org.sorn.experiments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sorn.api.run.Workbench;
import org.sorn.experiments.AvalancheNetwork.Measured;
import org.sorn.statistics.AvalancheRanges;
import org.sorn.statistics.AvalancheScaling;
import org.sorn.statistics.HeavyTailAnalysis;
import org.sorn.statistics.PowerLawFit;

/**
 * The avalanche experiment of Del Papa, Priesemann and Triesch (2017): every network ({@code
 * --jobs} at a time), the avalanches of each measurement pooled over the networks, then for each:
 * the paper's power-law fits on its fixed ranges, the crackling-noise relation, and the tests of
 * Clauset, Shalizi and Newman (2009) on sizes and durations; written as results.md, results.csv,
 * results.json and four figures into {@code --out}.
 */
final class AvalancheExperiment {
  /** The fewest values in the fixed range for which an exponent is given. */
  static final int MIN_FIT_SAMPLES = 50;

  /** The measurements, in the order of the tables. */
  static final List<String> GROUPS = List.of("plastic", "frozen", "static", "onset",
      "readaptation");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Workbench workbench;
  private final AvalancheOptions options;
  private final String command;

  AvalancheExperiment(Workbench workbench, AvalancheOptions options, String command) {
    this.workbench = workbench;
    this.options = options;
    this.command = command;
  }

  /**
   * One measurement pooled over the networks, and what was found in it.
   *
   * @param analysis the numbers of results.json, in order
   */
  record Group(String name, Measured pooled, int networks, int[] thresholds,
      Map<String, Object> analysis) {}

  /** Runs every network, analyses and writes the results; returns the groups in table order. */
  List<Group> run(PrintStream progress) throws IOException, InterruptedException {
    Files.createDirectories(options.out());
    long started = System.nanoTime();
    List<AvalancheNetwork.Result> networks = networks(progress);
    List<Group> groups = new ArrayList<>();
    for (String name : GROUPS) {
      List<Measured> parts = networks.stream().map(r -> r.groups().get(name))
          .filter(m -> m != null).toList();
      if (!parts.isEmpty()) {
        groups.add(analyse(name, parts, progress));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    AvalancheResults.write(options, command, groups, networks, seconds);
    return groups;
  }

  private List<AvalancheNetwork.Result> networks(PrintStream progress)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.jobs(), options.runs()));
    try {
      List<Future<AvalancheNetwork.Result>> pending = new ArrayList<>();
      for (long seed : options.seeds()) {
        pending.add(pool.submit(() -> new AvalancheNetwork(workbench, options, seed, progress)
            .run()));
      }
      List<AvalancheNetwork.Result> results = new ArrayList<>();
      for (Future<AvalancheNetwork.Result> f : pending) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException(
          cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private Group analyse(String name, List<Measured> parts, PrintStream progress) {
    long[] sizes = new long[0];
    long[] durations = new long[0];
    long steps = 0;
    double activity = 0;
    int[] thresholds = new int[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      Measured m = parts.get(i);
      sizes = concat(sizes, m.sizes());
      durations = concat(durations, m.durations());
      steps += m.steps();
      activity += m.meanActivity() * m.steps();
      thresholds[i] = m.threshold();
    }
    Measured pooled = new Measured(sizes, durations, thresholds[0], steps, activity / steps);
    AvalancheRanges paper = AvalancheRanges.nearest(options.ne());
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("networks", parts.size());
    a.put("steps", steps);
    a.put("mean_activity", pooled.meanActivity());
    a.put("thresholds", Arrays.stream(thresholds).boxed().toList());
    a.put("avalanches", sizes.length);
    Map<String, Object> sizeFit = fixedRange(sizes, paper.sizes());
    Map<String, Object> durationFit = fixedRange(durations, paper.durations());
    a.put("size_fit", sizeFit);
    a.put("duration_fit", durationFit);
    AvalancheScaling scaling =
        AvalancheScaling.of(sizes, durations, paper.durations()[0], paper.durations()[1]);
    a.put("gamma_fitted", scaling.gamma());
    a.put("gamma_predicted", sizeFit.get("alpha") instanceof Double tau
        && durationFit.get("alpha") instanceof Double alpha
        ? AvalancheScaling.predicted(alpha, tau) : Double.NaN);
    a.put("size_tail", tail(name, "sizes", sizes, progress));
    a.put("duration_tail", tail(name, "durations", durations, progress));
    return new Group(name, pooled, parts.size(), thresholds, a);
  }

  static Map<String, Object> fixedRange(long[] values, long[] range) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("xmin", range[0]);
    m.put("xmax", range[1]);
    int inRange = (int) Arrays.stream(values).filter(v -> v >= range[0] && v <= range[1]).count();
    m.put("samples", inRange);
    if (inRange < MIN_FIT_SAMPLES) {
      // a maximum-likelihood exponent of a handful of values (negative ones included) is not a
      // result; Clauset et al. put the least for a power-law fit near 50
      m.put("alpha", Double.NaN);
      m.put("note", "too few: " + inRange + " values in [" + range[0] + ", " + range[1]
          + "], a fit needs " + MIN_FIT_SAMPLES);
      return m;
    }
    try {
      PowerLawFit f = PowerLawFit.of(values, range[0], range[1]);
      m.put("alpha", f.alpha());
      m.put("standard_error", f.standardError());
    } catch (IllegalArgumentException e) {
      m.put("alpha", Double.NaN);
      m.put("note", e.getMessage());
    }
    return m;
  }

  private Map<String, Object> tail(String group, String what, long[] values,
      PrintStream progress) {
    double[] data = Arrays.stream(values).asDoubleStream().toArray();
    long t0 = System.nanoTime();
    try {
      HeavyTailAnalysis h = HeavyTailAnalysis.of(data, true, options.bootstraps(), 1,
          options.jobs(), done -> {
            if (done % Math.max(1, options.bootstraps() / 4) == 0) {
              progress.println(String.format(Locale.ROOT, "%s %s: %d of %d bootstrap samples",
                  group, what, done, options.bootstraps()));
            }
          });
      progress.println(String.format(Locale.ROOT, "%s %s: %s (%.1f s)", group, what, h.support(),
          (System.nanoTime() - t0) / 1e9));
      return h.toMap();
    } catch (IllegalArgumentException e) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("verdict", "not fitted: " + e.getMessage());
      m.put("support", "not fitted");
      return m;
    }
  }

  static long[] concat(long[] a, long[] b) {
    long[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** results.json, written aside and moved into place. */
  static void writeJson(Path file, Object tree) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    JSON.writeValue(partial.toFile(), tree);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
