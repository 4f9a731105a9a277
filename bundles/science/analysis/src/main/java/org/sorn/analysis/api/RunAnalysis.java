package org.sorn.analysis.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sorn.recording.SeriesLayout;
import org.sorn.statistics.Autocorrelation;
import org.sorn.statistics.AvalancheRanges;
import org.sorn.statistics.AvalancheScaling;
import org.sorn.statistics.Avalanches;
import org.sorn.statistics.Correlation;
import org.sorn.statistics.Descriptive;
import org.sorn.statistics.FanoFactor;
import org.sorn.statistics.FiringRate;
import org.sorn.statistics.HeavyTailAnalysis;
import org.sorn.statistics.LikelihoodRatio;
import org.sorn.statistics.LognormalFit;
import org.sorn.statistics.PowerLawFit;
import org.sorn.statistics.Smoothness;
import org.sorn.statistics.SpikeSourceEntropy;

/**
 * The key statistics of one run, as the ordered tree that analysis.json holds (NaN and infinities
 * become null there) and the command prints.
 */
final class RunAnalysis {
  /** At most this many points of the connection-fraction curve go to analysis.json. */
  static final int CURVE_POINTS = 1000;

  private RunAnalysis() {}

  /**
   * Analyses the recording of {@code run} in the window of {@code options}: ExcitatoryActivation
   * is required, EEConnectionCounts and WEE are used when recorded. {@code progress} hears how the
   * long parts (the bootstraps) go.
   */
  static Map<String, Object> of(RunRecording run, java.nio.file.Path directory,
      AnalysisSettings options, Consumer<String> progress) throws IOException, MissingRecording {
    SeriesLayout activationLayout = run.required(RunRecording.ACTIVATION,
        org.sorn.recording.Encoding.BITS);
    RunRecording.Activity activity = run.activation(options);
    boolean[][] train = activity.train();
    int steps = train.length;
    int ne = Math.toIntExact(activationLayout.elements());
    if (steps < 3) {
      throw new MissingRecording(RunRecording.ACTIVATION + " has " + steps + " recorded steps"
          + window(options) + "; the statistics need at least 3");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("run", directory.toString());
    out.put("ne", ne);
    out.put("steps_analysed", steps);
    out.put("first_step", activity.steps()[0]);
    out.put("last_step", activity.steps()[steps - 1]);
    out.put("every", activationLayout.window().every());
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("from", options.from() == null ? "first recorded" : options.from());
    window.put("to", options.to() == null ? "end of the recording" : options.to());
    out.put("window", window);

    int[] active = FiringRate.ofNetwork(train);
    double[] rates = Descriptive.toDoubles(active);
    Map<String, Object> rate = new LinkedHashMap<>();
    rate.put("mean_active_units", Descriptive.mean(rates));
    rate.put("std_active_units", Descriptive.std(rates));
    rate.put("mean_fraction_active", FiringRate.meanFraction(train));
    out.put("firing_rate_network", rate);

    Map<String, Object> smooth = new LinkedHashMap<>();
    smooth.put("scale_dependent", Smoothness.scaleDependent(rates));
    smooth.put("scale_independent", Smoothness.scaleIndependent(rates));
    out.put("smoothness", smooth);
    out.put("autocorrelation_lag_2", Autocorrelation.at(rates, 2));
    out.put("fano_factors", fanoFactors(train, options));
    out.put("spike_source_entropy", SpikeSourceEntropy.of(train, ne));

    double[][] c = Correlation.matrix(train);
    Map<String, Object> corr = new LinkedHashMap<>();
    // the mean over pairs of distinct neurons first: the diagonal's ones bias the others by (1 - r)/N
    corr.put("average_between_neurons", Correlation.averageBetweenNeurons(c));
    corr.put("average_as_package", Correlation.averageAsPackage(c));
    corr.put("average", Correlation.average(c));
    out.put("correlation", corr);

    out.put("avalanches", avalanches(active, ne, options, progress));

    if (run.layout(RunRecording.EE_COUNTS).isPresent()) {
      out.put("ee_connection_fraction", connectionFraction(run, ne, options));
    }
    if (run.layout(RunRecording.WEE).isPresent()) {
      double[][] wee = run.lastWee();
      if (wee != null) {
        LognormalFit fit = LognormalFit.of(wee, LognormalFit.PACKAGE_MINIMUM);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("minimum_weight", LognormalFit.PACKAGE_MINIMUM);
        w.put("weights", fit.weights());
        w.put("mu", fit.mu());
        w.put("sigma", fit.sigma());
        w.put("mode", fit.mode());
        w.put("median", fit.median());
        w.put("mean", fit.mean());
        out.put("wee_lognormal_fit", w);
      }
    }
    return out;
  }

  /** Fano factors of neurons 0..k-1 over the whole windows that fit in the recorded steps. */
  private static List<Object> fanoFactors(boolean[][] train, AnalysisSettings options) {
    int windows = Math.min(options.fanoWindows(), train.length);
    // the package refuses a remainder; dropping the last steps keeps the windows equal
    int used = train.length - train.length % windows;
    boolean[][] whole = java.util.Arrays.copyOf(train, used);
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < Math.min(options.fanoNeurons(), train[0].length); i++) {
      FanoFactor f = FanoFactor.of(whole, i, windows);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("neuron", i);
      m.put("windows", windows);
      m.put("steps", used);
      m.put("mean", f.mean());
      m.put("variance", f.variance());
      m.put("fano", f.fano());
      list.add(m);
    }
    return list;
  }

  private static String window(AnalysisSettings options) {
    return options.from() == null && options.to() == null ? ""
        : " in [" + (options.from() == null ? "start" : options.from()) + ", "
            + (options.to() == null ? "end" : options.to()) + ")";
  }

  private static Map<String, Object> avalanches(int[] active, int ne, AnalysisSettings options,
      Consumer<String> progress) {
    Avalanches a = Avalanches.of(active);
    AvalancheRanges paper = AvalancheRanges.nearest(ne);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threshold", a.threshold());
    m.put("count", a.count());
    m.put("mean_size", mean(a.sizes()));
    m.put("mean_duration", mean(a.durations()));
    Map<String, Object> sizeFit = fit(a.sizes(), options.sizeRange(), paper.sizes(), paper.ne());
    Map<String, Object> durationFit =
        fit(a.durations(), options.durationRange(), paper.durations(), paper.ne());
    m.put("size_fit", sizeFit);
    m.put("duration_fit", durationFit);
    m.put("scaling", scaling(a, sizeFit, durationFit));
    m.put("size_tail", TailJson.of(a.sizes(), "avalanche sizes", options, progress));
    m.put("duration_tail", TailJson.of(a.durations(), "avalanche durations", options, progress));
    return m;
  }

  /**
   * The crackling-noise relation: gamma of <S>(T) ~ T^gamma fitted over the duration fit's range,
   * and (alpha - 1) / (tau - 1) from the two fits.
   */
  private static Map<String, Object> scaling(Avalanches a, Map<String, Object> sizeFit,
      Map<String, Object> durationFit) {
    long lo = ((Number) durationFit.get("xmin")).longValue();
    long hi = ((Number) durationFit.get("xmax")).longValue();
    AvalancheScaling s = AvalancheScaling.of(a.sizes(), a.durations(), lo, hi);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("relation", "<S>(T) ~ T^gamma, gamma = (alpha - 1) / (tau - 1) at criticality");
    m.put("gamma_predicted", sizeFit.get("alpha") instanceof Double tau
        && durationFit.get("alpha") instanceof Double alpha
        ? AvalancheScaling.predicted(alpha, tau) : null);
    m.put("gamma_fitted", s.gamma());
    m.put("durations_fitted", s.durations());
    m.put("range", List.of(lo, hi));
    return m;
  }

  /** The power-law fit over the range asked, else over the paper's range for the network size. */
  private static Map<String, Object> fit(long[] data, long[] asked, long[] paper, int paperNe) {
    Map<String, Object> m = fit(data, asked != null ? asked : paper);
    m.put("range_from", asked != null ? "option"
        : "Del Papa et al. 2017, N_E = " + paperNe);
    return m;
  }

  private static Map<String, Object> fit(long[] data, long[] range) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("xmin", range[0]);
    m.put("xmax", range[1]);
    try {
      PowerLawFit f = PowerLawFit.of(data, range[0], range[1]);
      m.put("alpha", f.alpha());
      m.put("standard_error", f.standardError());
      m.put("samples", f.samples());
    } catch (IllegalArgumentException e) {
      // too few avalanches in range is a result, not a failure of the command
      m.put("alpha", null);
      m.put("note", e.getMessage());
    }
    return m;
  }

  private static Map<String, Object> connectionFraction(RunRecording run, int ne,
      AnalysisSettings options) throws IOException, MissingRecording {
    RunRecording.Counts recorded = run.eeConnectionCounts(options);
    long[] counts = recorded.counts();
    double possible = (double) ne * (ne - 1);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("possible", (long) possible);
    if (counts.length == 0) {
      m.put("note", "no complete entry recorded");
      return m;
    }
    m.put("first", counts[0] / possible);
    m.put("last", counts[counts.length - 1] / possible);
    // where it settled: the mean over the last tenth of the recorded steps
    int tail = Math.max(1, counts.length / 10);
    double sum = 0;
    for (int i = counts.length - tail; i < counts.length; i++) {
      sum += counts[i];
    }
    m.put("mean_last_tenth", sum / tail / possible);
    int stride = Math.max(1, (counts.length + CURVE_POINTS - 1) / CURVE_POINTS);
    List<Long> curveSteps = new ArrayList<>();
    List<Double> curve = new ArrayList<>();
    for (int i = 0; i < counts.length; i += stride) {
      curveSteps.add(recorded.steps()[i]);
      curve.add(counts[i] / possible);
    }
    m.put("steps", curveSteps);
    m.put("fraction", curve);
    return m;
  }

  private static double mean(long[] x) {
    double sum = 0;
    for (long v : x) {
      sum += v;
    }
    return x.length == 0 ? Double.NaN : sum / x.length;
  }
}
