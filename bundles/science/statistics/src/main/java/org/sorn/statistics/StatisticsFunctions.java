package org.sorn.statistics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The statistics by the names and arguments of the Python package's {@code Statistics} (spec
 * section 7), and the workbench's own (avalanches, power-law fits, heavy tails, the lognormal
 * weight fit), for fronts that call them by name: {@code ./sorn stats FUNCTION FILE...}, the Python
 * front. Each function takes its arguments by name, converted by the front to the kind the
 * argument says, and returns a number, an array or an ordered map of them.
 */
public final class StatisticsFunctions {

  /** What an argument holds, and the Java type a front passes for it. */
  public enum Kind {
    /** T x N of 0 and 1, time first: {@code boolean[][]}. */
    SPIKE_TRAIN,
    /** A spike train of one neuron ({@code boolean[]}) or of many ({@code boolean[][]}). */
    SPIKE_TRAIN_OR_TRAIN,
    /** A 1-D series of numbers: {@code double[]}. */
    SERIES,
    /** A 2-D matrix of numbers: {@code double[][]}. */
    MATRIX,
    /** A 1-D series ({@code double[]}) or a spike train ({@code boolean[][]}). */
    SERIES_OR_SPIKE_TRAIN,
    /** A whole number: {@code Integer}. */
    INTEGER,
    /** A number: {@code Double}. */
    NUMBER,
    /** true or false: {@code Boolean}. */
    FLAG
  }

  /**
   * One argument.
   *
   * @param name its name in the Python package
   * @param kind what it holds
   * @param fallback its default, or null when it must be given
   * @param description what it is, in a few words
   */
  public record Argument(String name, Kind kind, Object fallback, String description) {
    /** Whether the argument holds an array (from a file), not a single value. */
    public boolean isArray() {
      return kind != Kind.INTEGER && kind != Kind.NUMBER && kind != Kind.FLAG;
    }
  }

  /**
   * One function.
   *
   * @param name its name in the Python package (or the workbench's, for its own)
   * @param summary what it computes, in one line
   * @param arguments its arguments, in the package's order
   */
  public record Statistic(String name, String summary, List<Argument> arguments,
      Function<Map<String, Object>, Object> body) {

    /**
     * The result for {@code values}, by argument name; absent arguments take their defaults.
     *
     * @throws IllegalArgumentException naming a missing argument, one of the wrong type, or what
     *     the statistic refuses (a neuron out of range, windows that do not divide the steps)
     */
    public Object apply(Map<String, Object> values) {
      Map<String, Object> all = new LinkedHashMap<>();
      for (Argument a : arguments) {
        Object v = values.containsKey(a.name()) ? values.get(a.name()) : a.fallback();
        if (v == null && a.fallback() == null && !values.containsKey(a.name())) {
          throw new IllegalArgumentException(name + ": argument " + a.name() + " is required ("
              + a.description() + ")");
        }
        all.put(a.name(), v);
      }
      for (String given : values.keySet()) {
        if (arguments.stream().noneMatch(a -> a.name().equals(given))) {
          throw new IllegalArgumentException(name + " takes no argument " + given + "; it takes "
              + String.join(", ", arguments.stream().map(Argument::name).toList()));
        }
      }
      return body.apply(all);
    }
  }

  private static final List<Statistic> ALL = List.of(
      new Statistic("firing_rate_neuron", "the rate of one neuron: its spikes x bin_size / T",
          List.of(train(), integer("neuron", null, "the neuron's column"),
              integer("bin_size", null, "the bin, in steps")),
          a -> map("steps", train(a).length, "bin_size", a.get("bin_size"), "rate",
              FiringRate.ofNeuron(train(a), neuron(a, "neuron"), (Integer) a.get("bin_size")))),
      new Statistic("firing_rate_network", "the active units of each step",
          List.of(train()), a -> FiringRate.ofNetwork(train(a))),
      new Statistic("scale_dependent_smoothness_measure", "std(diff(firing_rates)), ddof 0",
          List.of(rates()), a -> Smoothness.scaleDependent(series(a, "firing_rates"))),
      new Statistic("scale_independent_smoothness_measure",
          "std(diff(firing_rates)) / |mean(diff(firing_rates))|",
          List.of(rates()), a -> Smoothness.scaleIndependent(series(a, "firing_rates"))),
      new Statistic("autocorr", "the 2x2 Pearson matrix of firing_rates and itself t steps later",
          List.of(rates(), integer("t", 2, "the lag, in steps")),
          a -> Autocorrelation.matrix(series(a, "firing_rates"), (Integer) a.get("t"))),
      new Statistic("avg_corr_coeff",
          "the correlation matrix of the neurons and its mean between distinct neurons (with the"
              + " package's number, sum / 200^2, under its own name)",
          List.of(train()), a -> {
            double[][] c = Correlation.matrix(train(a));
            return map("average_between_neurons", Correlation.averageBetweenNeurons(c),
                "average_as_package", Correlation.averageAsPackage(c), "average",
                Correlation.average(c), "matrix", c);
          }),
      new Statistic("spike_times", "the steps (and neurons) of the spikes, row-major",
          List.of(new Argument("spike_train", Kind.SPIKE_TRAIN_OR_TRAIN, null,
              "one neuron's train, or T x N")),
          a -> {
            if (a.get("spike_train") instanceof boolean[] one) {
              return SpikeTimes.of(one);
            }
            int[][] times = SpikeTimes.of(train(a));
            return map("steps", times[0], "neurons", times[1]);
          }),
      new Statistic("spike_time_intervals",
          "the inter-spike intervals (of every neuron, one after another, for T x N)",
          List.of(new Argument("spike_train", Kind.SPIKE_TRAIN_OR_TRAIN, null,
              "one neuron's train, or T x N")),
          a -> a.get("spike_train") instanceof boolean[] one ? SpikeTimes.intervals(one)
              : SpikeTimes.intervals(train(a))),
      new Statistic("hamming_distance", "the units in a different state, per step",
          List.of(new Argument("actual_spike_train", Kind.SPIKE_TRAIN, null, "T x N"),
              new Argument("perturbed_spike_train", Kind.SPIKE_TRAIN, null, "T x N")),
          a -> HammingDistance.perStep((boolean[][]) a.get("actual_spike_train"),
              (boolean[][]) a.get("perturbed_spike_train"))),
      new Statistic("fanofactor", "mean, variance and Fano factor of one neuron's counts in"
          + " window_size equal windows",
          List.of(train(), integer("neuron", null, "the neuron's column"),
              integer("window_size", null, "the number of equal windows")),
          a -> {
            FanoFactor f = FanoFactor.of(train(a), neuron(a, "neuron"),
                (Integer) a.get("window_size"));
            return map("mean", f.mean(), "variance", f.variance(), "fano", f.fano());
          }),
      new Statistic("spike_source_entropy", "the normalised entropy of where the spikes come from"
          + " (with the package's number, NaN for a silent neuron, under its own name)",
          List.of(train(), integer("num_neurons", null, "N of the normalisation ln(1/N)")),
          a -> map("entropy", SpikeSourceEntropy.of(train(a), (Integer) a.get("num_neurons")),
              "as_package", SpikeSourceEntropy.ofAsPackage(train(a),
                  (Integer) a.get("num_neurons")))),
      new Statistic("avalanches", "neuronal avalanches (Del Papa et al. 2017): runs of steps whose"
          + " activity is above threshold, their sizes and durations",
          List.of(new Argument("activity", Kind.SERIES_OR_SPIKE_TRAIN, null,
                  "active units per step, or the T x N spike train"),
              new Argument("threshold", Kind.INTEGER, -1,
                  "the activity threshold; -1: half the mean activity, rounded down")),
          a -> {
            int[] activity = a.get("activity") instanceof boolean[][] t ? FiringRate.ofNetwork(t)
                : wholeNumbers(series(a, "activity"), "activity");
            int threshold = (Integer) a.get("threshold");
            Avalanches v = threshold < 0 ? Avalanches.of(activity)
                : Avalanches.of(activity, threshold);
            return map("threshold", v.threshold(), "count", v.count(), "sizes", v.sizes(),
                "durations", v.durations());
          }),
      new Statistic("power_law_fit", "the discrete power law's exponent on the fixed range"
          + " [xmin, xmax] (Del Papa et al. 2017's fits)",
          List.of(new Argument("data", Kind.SERIES, null, "positive whole numbers"),
              integer("xmin", null, "the smallest value fitted"),
              integer("xmax", null, "the largest value fitted")),
          a -> {
            PowerLawFit f = PowerLawFit.of(wholeLongs(series(a, "data")),
                (Integer) a.get("xmin"), (Integer) a.get("xmax"));
            return map("alpha", f.alpha(), "standard_error", f.standardError(), "xmin",
                f.xmin(), "xmax", f.xmax(), "samples", f.samples());
          }),
      new Statistic("heavy_tail", "is the tail a power law? x_min by the KS distance, the"
          + " bootstrap goodness of fit, likelihood ratios against the lognormal, the exponential"
          + " and the truncated power law (Clauset, Shalizi and Newman 2009)",
          List.of(new Argument("data", Kind.SERIES, null, "positive numbers"),
              new Argument("discrete", Kind.FLAG, true, "whether the data are whole numbers"),
              integer("bootstraps", HeavyTailAnalysis.DEFAULT_BOOTSTRAPS,
                  "synthetic samples of the goodness of fit; 0: none"),
              integer("seed", 1, "the bootstrap's seed"),
              new Argument("xmin", Kind.NUMBER, Double.NaN,
                  "x_min given instead of chosen; NaN: chosen")),
          a -> {
            double xmin = (Double) a.get("xmin");
            return HeavyTailAnalysis.of(series(a, "data"), (Boolean) a.get("discrete"),
                Double.isNaN(xmin) ? null : xmin, (Integer) a.get("bootstraps"),
                (Integer) a.get("seed"), Runtime.getRuntime().availableProcessors(), null)
                .toMap();
          }),
      new Statistic("lognormal_fit", "the lognormal of the weights >= minimum, as the package's"
          + " linear_lognormal_fit: mu = mean(ln w), sigma = std(ln w)",
          List.of(new Argument("weights", Kind.MATRIX, null, "a weight matrix"),
              new Argument("minimum", Kind.NUMBER, LognormalFit.PACKAGE_MINIMUM,
                  "the smallest weight kept")),
          a -> {
            LognormalFit f = LognormalFit.of((double[][]) a.get("weights"),
                (Double) a.get("minimum"));
            return map("mu", f.mu(), "sigma", f.sigma(), "weights", f.weights(), "mode",
                f.mode(), "median", f.median(), "mean", f.mean());
          }));

  private StatisticsFunctions() {}

  /** Every statistic, in the order above: the package's, then the workbench's. */
  public static List<Statistic> all() {
    return ALL;
  }

  /** The statistic called {@code name}. */
  public static Optional<Statistic> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  private static Argument train() {
    return new Argument("spike_train", Kind.SPIKE_TRAIN, null, "T x N of 0 and 1, time first");
  }

  private static Argument rates() {
    return new Argument("firing_rates", Kind.SERIES, null, "the network's rate per step");
  }

  private static Argument integer(String name, Integer fallback, String description) {
    return new Argument(name, Kind.INTEGER, fallback, description);
  }

  private static boolean[][] train(Map<String, Object> a) {
    return (boolean[][]) a.get("spike_train");
  }

  private static double[] series(Map<String, Object> a, String name) {
    return (double[]) a.get(name);
  }

  private static int neuron(Map<String, Object> a, String name) {
    int n = (Integer) a.get(name);
    int neurons = train(a).length == 0 ? 0 : train(a)[0].length;
    if (n < 0 || n >= neurons) {
      throw new IllegalArgumentException(
          name + " must be in 0.." + (neurons - 1) + " for " + neurons + " neurons, got " + n);
    }
    return n;
  }

  private static int[] wholeNumbers(double[] x, String name) {
    int[] v = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (x[i] != Math.rint(x[i]) || x[i] < 0) {
        throw new IllegalArgumentException(name + ": element " + i + " is " + x[i]
            + "; expected a whole number of active units >= 0");
      }
      v[i] = (int) x[i];
    }
    return v;
  }

  private static long[] wholeLongs(double[] x) {
    return Arrays.stream(wholeNumbers(x, "data")).asLongStream().toArray();
  }

  /** An ordered map of name, value pairs. */
  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
