package org.sorn.statistics;

/**
 * A power law fitted to the tail of a sample as Clauset, Shalizi and Newman (2009) do it: for
 * every candidate x_min (each distinct value of the sample, up to the third largest, as the R
 * package poweRlaw's estimate_xmin), the maximum-likelihood exponent of the values >= x_min and the
 * Kolmogorov-Smirnov distance between their distribution and the fitted one; x_min is the
 * candidate with the least distance (the smallest on a tie).
 *
 * <p>The distance is poweRlaw's: for discrete data the largest |F_data(x) - F_fit(x)| over every
 * integer x from x_min to the largest value; for continuous data the largest |F_fit(x_(i)) - i/n|
 * over the sorted tail x_(0) .. x_(n-1).
 *
 * @param discrete whether the data are integers (the discrete power law of zeta(alpha, x_min))
 * @param xmin the lower bound of the tail
 * @param alpha the maximum-likelihood exponent
 * @param standardError 1 / sqrt(n Var_alpha(ln x)) when discrete (the inverse Fisher
 *     information), (alpha - 1) / sqrt(n) when continuous
 * @param tailSize n, the values >= x_min
 * @param sampleSize all values
 * @param ksDistance the Kolmogorov-Smirnov distance of the fit
 * @param xminGiven whether x_min was given ({@link #fitAbove}) rather than chosen by the distance
 */
public record PowerLawTail(boolean discrete, double xmin, double alpha, double standardError,
    int tailSize, int sampleSize, double ksDistance, boolean xminGiven) {

  /**
   * The power law of the tail of {@code data}, x_min chosen by the KS distance.
   *
   * @throws IllegalArgumentException when a value is not a positive number (a positive integer
   *     when discrete), or the sample has fewer than three distinct values
   */
  public static PowerLawTail fit(double[] data, boolean discrete) {
    return scan(TailSample.of(data, discrete));
  }

  /**
   * The power law of the values of {@code data} that are >= {@code xmin}, x_min given.
   *
   * @throws IllegalArgumentException for a bad value, or when no value is >= xmin
   */
  public static PowerLawTail fitAbove(double[] data, boolean discrete, double xmin) {
    TailSample sample = TailSample.of(data, discrete);
    int from = sample.start(xmin);
    if (from == sample.size()) {
      throw new IllegalArgumentException("no value is >= xmin = " + xmin);
    }
    return at(sample, xmin, from, true);
  }

  /** The fitted distribution, for likelihoods and the survival curve. */
  public TailDistribution distribution() {
    return TailModels.PowerLaw.of(discrete, xmin, alpha);
  }

  /**
   * How far above the best distance so far a candidate's first gap, computed apart from its zeta
   * table, must be to rule it out unseen: far above the last-bit differences of the two sums.
   */
  private static final double SCREEN_MARGIN = 1e-9;

  /** The scan over candidate x_min. */
  static PowerLawTail scan(TailSample sample) {
    int candidates = sample.values.length - 2;
    if (candidates < 1) {
      throw new IllegalArgumentException("a power-law tail needs at least 3 distinct values, got "
          + sample.values.length);
    }
    // a candidate's distance is only needed while it can still beat the best so far: its
    // computation ends once it reaches that (the choice and the best's distance are unchanged)
    int bestIndex = -1;
    double bestAlpha = Double.NaN;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int d = 0; d < candidates; d++) {
      double xmin = sample.values[d];
      int from = sample.first[d];
      double alpha = exponent(sample, xmin, from);
      double ks = distance(sample, from, xmin, alpha, bestDistance);
      if (ks < bestDistance) {
        bestIndex = d;
        bestAlpha = alpha;
        bestDistance = ks;
      }
    }
    double xmin = sample.values[bestIndex];
    int n = sample.size() - sample.first[bestIndex];
    return new PowerLawTail(sample.discrete, xmin, bestAlpha,
        standardError(sample.discrete, xmin, bestAlpha, n), n, sample.size(), bestDistance, false);
  }

  /** The fit above {@code xmin}, whose first tail value is sorted[from]. */
  static PowerLawTail at(TailSample sample, double xmin, int from, boolean given) {
    int n = sample.size() - from;
    double alpha = exponent(sample, xmin, from);
    double ks = distance(sample, from, xmin, alpha, Double.POSITIVE_INFINITY);
    return new PowerLawTail(sample.discrete, xmin, alpha,
        standardError(sample.discrete, xmin, alpha, n), n, sample.size(), ks, given);
  }

  private static double exponent(TailSample sample, double xmin, int from) {
    return TailModels.PowerLaw.exponent(
        sample.size() - from, sample.suffixLog[from], sample.discrete, xmin);
  }

  /**
   * The KS distance of the fit above {@code xmin}, or, once that reaches {@code bound}, some value
   * >= bound (the candidate cannot win).
   */
  private static double distance(TailSample sample, int from, double xmin, double alpha,
      double bound) {
    return sample.discrete ? discreteDistance(sample, from, xmin, alpha, bound)
        : continuousDistance(sample, from, xmin, alpha, bound);
  }

  /**
   * max |F_data - F_fit| over the integers from x_min to the largest value: between two distinct
   * values the data's distribution is flat and the fit's rises, so the ends of each gap suffice.
   * F_fit(x) = 1 - zeta(alpha, x + 1) / zeta(alpha, x_min): when the values are dense the zetas
   * come from one downward sum over the integers, else one by one.
   */
  private static double discreteDistance(TailSample s, int from, double xmin, double alpha,
      double bound) {
    int d = distinctIndex(s, from);
    double largest = s.values[s.values.length - 1];
    double perValue = 1.0 / (s.size() - from);
    boolean dense = s.logOfIntegers != null && largest - xmin <= 8.0 * (s.values.length - d) + 64;
    if (dense && bound < Double.POSITIVE_INFINITY && s.values[d] == xmin) {
      // before the table is summed: the first value's gap alone, zetas computed one by one (they
      // may differ from the table's in the last bits, hence the margin) may rule the candidate out
      double first = Math.abs((s.first[d] + s.counts[d] - from) * perValue - 1
          + HurwitzZeta.of(alpha, xmin + 1) / HurwitzZeta.of(alpha, xmin));
      if (first >= bound + SCREEN_MARGIN) {
        return first;
      }
    }
    double[] zeta = dense ? zetasBySum(s.logOfIntegers, alpha, xmin, largest) : null;
    double zetaMin = zeta != null ? zeta[0] : HurwitzZeta.of(alpha, xmin);
    double perZeta = 1 / zetaMin;
    // x_min below the first value (given, not scanned): the data have nothing up to there
    double distance = s.values[d] > xmin
        ? 1 - zetaAt(zeta, alpha, xmin, s.values[d]) * perZeta : 0;
    int last = s.values.length - 1;
    for (int i = d; i <= last; i++) {
      // F_data - F_fit = below - (1 - zeta(x + 1) / zeta(x_min)) at x = v_i and at x = v_(i+1) - 1
      double below = (s.first[i] + s.counts[i] - from) * perValue - 1;
      double v = s.values[i];
      distance = Math.max(distance, Math.abs(below + zetaAt(zeta, alpha, xmin, v + 1) * perZeta));
      if (i < last && s.values[i + 1] - 1 > v) {
        distance = Math.max(distance,
            Math.abs(below + zetaAt(zeta, alpha, xmin, s.values[i + 1]) * perZeta));
      }
      if (distance >= bound) {
        return distance;
      }
    }
    return distance;
  }

  /** zeta(alpha, k) from the table when there is one, else computed. */
  private static double zetaAt(double[] table, double alpha, double xmin, double k) {
    return table != null ? table[(int) (k - xmin)] : HurwitzZeta.of(alpha, k);
  }

  /**
   * zeta(alpha, k) for k = x_min .. largest + 1: the last by the Euler-Maclaurin formula, the
   * others adding k^-alpha downwards (small terms first).
   */
  private static double[] zetasBySum(double[] logOfIntegers, double alpha, double xmin,
      double largest) {
    int lo = (int) xmin;
    int hi = (int) largest + 1;
    double[] zeta = new double[hi - lo + 1];
    double z = HurwitzZeta.of(alpha, hi);
    zeta[hi - lo] = z;
    for (int k = hi - 1; k >= lo; k--) {
      z += Math.exp(-alpha * logOfIntegers[k]);
      zeta[k - lo] = z;
    }
    return zeta;
  }

  private static double continuousDistance(TailSample s, int from, double xmin, double alpha,
      double bound) {
    int n = s.size() - from;
    double distance = 0;
    for (int j = 0; j < n; j++) {
      double fit = 1 - Math.pow(s.sorted[from + j] / xmin, 1 - alpha);
      distance = Math.max(distance, Math.abs(fit - (double) j / n));
      if (distance >= bound) {
        return distance;
      }
    }
    return distance;
  }

  private static int distinctIndex(TailSample s, int from) {
    int lo = 0;
    int hi = s.first.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s.first[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The inverse Fisher information: Var(ln x) is the second derivative of ln zeta. */
  private static double standardError(boolean discrete, double xmin, double alpha, int n) {
    if (!discrete) {
      return (alpha - 1) / Math.sqrt(n);
    }
    double h = 1e-4 * alpha;
    double lo = Math.max(1 + 1e-9, alpha - h);
    double hi = lo + 2 * h;
    double mid = lo + h;
    double curvature = (Math.log(HurwitzZeta.of(hi, xmin)) - 2 * Math.log(HurwitzZeta.of(mid, xmin))
        + Math.log(HurwitzZeta.of(lo, xmin))) / (h * h);
    return 1 / Math.sqrt(n * curvature);
  }
}
