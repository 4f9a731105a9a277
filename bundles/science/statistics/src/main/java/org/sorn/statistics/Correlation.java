package org.sorn.statistics;

/**
 * Pearson correlations between the spike trains of the neurons ({@code
 * Statistics.avg_corr_coeff}).
 */
public final class Correlation {

  /**
   * The N x N correlation matrix of the neurons' spike trains, {@code corrcoef(st.T)}. The row and
   * column of a neuron that never or always spikes are NaN (its correlation is undefined).
   */
  public static double[][] matrix(boolean[][] spikeTrain) {
    int steps = spikeTrain.length;
    int n = steps == 0 ? 0 : spikeTrain[0].length;
    long[] counts = new long[n];
    long[][] together = new long[n][n];
    int[] active = new int[n];
    for (boolean[] step : spikeTrain) {
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (step[i]) {
          active[k++] = i;
        }
      }
      // binary trains: co-spike counts are all the covariance needs, at O(active^2) per step
      for (int a = 0; a < k; a++) {
        counts[active[a]]++;
        for (int b = a; b < k; b++) {
          together[active[a]][active[b]]++;
        }
      }
    }
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        // r = (T c_ij - c_i c_j) / sqrt(c_i (T - c_i) c_j (T - c_j))
        double num = (double) steps * together[i][j] - (double) counts[i] * counts[j];
        double den =
            Math.sqrt((double) counts[i] * (steps - counts[i]))
                * Math.sqrt((double) counts[j] * (steps - counts[j]));
        double r = i == j && den > 0 ? 1.0 : num / den;
        r = Double.isNaN(r) ? r : Math.max(-1, Math.min(1, r));
        c[i][j] = r;
        c[j][i] = r;
      }
    }
    return c;
  }

  /**
   * The mean of the correlation matrix, diagonal included, over the neurons whose correlation is
   * defined (those that spike at some steps and not at all). What the package meant: it divides by
   * 200 twice whatever N is, and any silent neuron makes it NaN. NaN when no neuron qualifies.
   */
  public static double average(double[][] correlations) {
    int n = correlations.length;
    boolean[] defined = new boolean[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      defined[i] = !Double.isNaN(correlations[i][i]);
      if (defined[i]) {
        m++;
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (defined[i] && defined[j]) {
          sum += correlations[i][j];
        }
      }
    }
    return sum / ((double) m * m);
  }

  /**
   * The mean correlation between distinct neurons (diagonal excluded), over the neurons whose
   * correlation is defined; NaN with fewer than two.
   */
  public static double averageBetweenNeurons(double[][] correlations) {
    int n = correlations.length;
    double sum = 0;
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && !Double.isNaN(correlations[i][i]) && !Double.isNaN(correlations[j][j])) {
          sum += correlations[i][j];
          pairs++;
        }
      }
    }
    return sum / pairs;
  }

  /**
   * The package's number, kept for comparison: the sum of all entries divided by 200 * 200 whatever
   * N is, NaN when any entry is NaN.
   */
  public static double averageAsPackage(double[][] correlations) {
    double sum = 0;
    for (double[] row : correlations) {
      double rowSum = 0;
      for (double r : row) {
        rowSum += r;
      }
      sum += rowSum / 200;
    }
    return sum / 200;
  }

  private Correlation() {}
}
