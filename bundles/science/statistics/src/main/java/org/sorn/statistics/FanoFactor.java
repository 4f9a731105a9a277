package org.sorn.statistics;

/**
 * The Fano factor of one neuron's spike counts in equal windows ({@code Statistics.fanofactor}).
 *
 * @param mean the mean spike count per window
 * @param variance the variance of the counts (ddof 0)
 * @param fano variance / mean; NaN for a silent neuron (0/0: undefined, as in the package)
 */
public record FanoFactor(double mean, double variance, double fano) {

  /**
   * Splits the train of {@code neuron} into {@code windows} equal windows (a number of windows, not
   * their length, as in the package) and compares the spread of their counts with their mean.
   */
  public static FanoFactor of(boolean[][] spikeTrain, int neuron, int windows) {
    int steps = spikeTrain.length;
    if (windows < 1 || steps % windows != 0) {
      throw new IllegalArgumentException(
          "windows must divide the " + steps + " steps into equal windows, got " + windows);
    }
    int length = steps / windows;
    double[] counts = new double[windows];
    for (int t = 0; t < steps; t++) {
      if (spikeTrain[t][neuron]) {
        counts[t / length]++;
      }
    }
    double mean = Descriptive.mean(counts);
    double variance = Descriptive.variance(counts);
    return new FanoFactor(mean, variance, variance / mean);
  }
}
