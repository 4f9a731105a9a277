package org.sorn.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sorn.statistics.TailDistribution.Family;

/** The four tail families, their likelihoods and their maximum-likelihood fits. */
final class TailModels {
  /** The largest power-law exponent a fit may give: beyond it the tail is one value. */
  static final double MAX_ALPHA = 50;

  private TailModels() {}

  static TailDistribution fit(Family family, double[] tail, boolean discrete, double xmin) {
    return switch (family) {
      case POWER_LAW -> PowerLaw.fit(tail, discrete, xmin);
      case LOGNORMAL -> Lognormal.fit(tail, discrete, xmin);
      case EXPONENTIAL -> Exponential.fit(tail, discrete, xmin);
      case TRUNCATED_POWER_LAW -> TruncatedPowerLaw.fit(tail, discrete, xmin);
    };
  }

  /**
   * P(x) = x^-alpha / zeta(alpha, x_min), or (alpha - 1)/x_min (x/x_min)^-alpha when continuous;
   * {@code logNorm} is ln zeta(alpha, x_min), or ln(x_min^(1-alpha) / (alpha - 1)).
   */
  record PowerLaw(boolean discrete, double xmin, double alpha, double logNorm)
      implements TailDistribution {

    static PowerLaw of(boolean discrete, double xmin, double alpha) {
      return new PowerLaw(discrete, xmin, alpha, logNormaliser(discrete, alpha, 0, xmin));
    }

    static PowerLaw fit(double[] tail, boolean discrete, double xmin) {
      double sumLog = 0;
      for (double x : tail) {
        sumLog += Math.log(x);
      }
      return of(discrete, xmin, exponent(tail.length, sumLog, discrete, xmin));
    }

    /**
     * The maximum-likelihood exponent of n values >= x_min whose logarithms sum to {@code
     * sumLog}: 1 + n / sum ln(x / x_min) when continuous; when discrete, the alpha in (1, 50]
     * maximising -alpha sum ln x - n ln zeta(alpha, x_min) (Brent's method; the likelihood is
     * concave in alpha).
     */
    static double exponent(int n, double sumLog, boolean discrete, double xmin) {
      if (!discrete) {
        double spread = sumLog - n * Math.log(xmin);
        return spread > 0 ? Math.min(MAX_ALPHA, 1 + n / spread) : MAX_ALPHA;
      }
      return Minimiser.brent(
          a -> a * sumLog + n * Math.log(HurwitzZeta.of(a, xmin)), 1 + 1e-9, MAX_ALPHA, 1e-11);
    }

    @Override
    public Family family() {
      return Family.POWER_LAW;
    }

    @Override
    public Map<String, Double> parameters() {
      return Map.of("alpha", alpha);
    }

    @Override
    public double logDensity(double x) {
      if (x < xmin) {
        return Double.NEGATIVE_INFINITY;
      }
      return -alpha * Math.log(x) - logNorm;
    }

    @Override
    public double survival(double x) {
      if (x <= xmin) {
        return 1;
      }
      return discrete ? Math.exp(Math.log(HurwitzZeta.of(alpha, Math.ceil(x))) - logNorm)
          : Math.pow(x / xmin, 1 - alpha);
    }
  }

  /** A lognormal of ln x ~ N(mu, sigma^2) on x >= x_min (rounded when discrete). */
  record Lognormal(boolean discrete, double xmin, double mu, double sigma)
      implements TailDistribution {

    static Lognormal fit(double[] tail, boolean discrete, double xmin) {
      Grouped g = Grouped.of(tail);
      double n = tail.length;
      double mean = 0;
      for (int i = 0; i < g.values.length; i++) {
        mean += g.counts[i] * Math.log(g.values[i]);
      }
      mean /= n;
      double squares = 0;
      for (int i = 0; i < g.values.length; i++) {
        double d = Math.log(g.values[i]) - mean;
        squares += g.counts[i] * d * d;
      }
      double sd = Math.max(Math.sqrt(squares / n), 0.1);
      // a lognormal that mimics a power law runs off to mu -> -infinity, sigma -> infinity with
      // ever smaller gains: the bounds stop it where the likelihood no longer changes
      double[] best = Minimiser.simplex(
          p -> Math.abs(p[0]) > 1e4 || p[1] > Math.log(100) ? Double.POSITIVE_INFINITY
              : -new Lognormal(discrete, xmin, p[0], Math.exp(p[1])).logLikelihood(g),
          new double[] {mean, Math.log(sd)}, new double[] {0.5, 0.3});
      return new Lognormal(discrete, xmin, best[0], Math.exp(best[1]));
    }

    double logLikelihood(Grouped g) {
      return g.logLikelihood(this);
    }

    @Override
    public Family family() {
      return Family.LOGNORMAL;
    }

    @Override
    public Map<String, Double> parameters() {
      Map<String, Double> p = new LinkedHashMap<>();
      p.put("mu", mu);
      p.put("sigma", sigma);
      return p;
    }

    private double z(double x) {
      return (Math.log(x) - mu) / sigma;
    }

    /** ln P(X >= x_min) of the continuous lognormal (from x_min - 1/2 when discrete). */
    private double logAbove() {
      return NormalTail.logSurvival(z(discrete ? xmin - 0.5 : xmin));
    }

    @Override
    public double logDensity(double x) {
      if (x < xmin) {
        return Double.NEGATIVE_INFINITY;
      }
      if (!discrete) {
        return NormalTail.logDensity(z(x)) - Math.log(x) - Math.log(sigma) - logAbove();
      }
      double l1 = NormalTail.logSurvival(z(x - 0.5));
      double l2 = NormalTail.logSurvival(z(x + 0.5));
      return l1 + Math.log(-Math.expm1(l2 - l1)) - logAbove();
    }

    @Override
    public double survival(double x) {
      if (x <= xmin) {
        return 1;
      }
      double at = discrete ? Math.ceil(x) - 0.5 : x;
      return Math.exp(NormalTail.logSurvival(z(at)) - logAbove());
    }
  }

  /**
   * P(x) = lambda e^(-lambda (x - x_min)) on x >= x_min; discrete: (1 - e^-lambda) e^(-lambda (x -
   * x_min)), the rounded exponential.
   */
  record Exponential(boolean discrete, double xmin, double lambda) implements TailDistribution {
    private static final double MAX_LAMBDA = 700;

    /** The closed-form MLE: 1 / (mean - x_min), or ln(1 + 1 / (mean - x_min)) when discrete. */
    static Exponential fit(double[] tail, boolean discrete, double xmin) {
      double mean = 0;
      for (double x : tail) {
        mean += x;
      }
      mean /= tail.length;
      double excess = mean - xmin;
      double lambda = excess <= 0 ? MAX_LAMBDA
          : Math.min(MAX_LAMBDA, discrete ? Math.log1p(1 / excess) : 1 / excess);
      return new Exponential(discrete, xmin, lambda);
    }

    @Override
    public Family family() {
      return Family.EXPONENTIAL;
    }

    @Override
    public Map<String, Double> parameters() {
      return Map.of("lambda", lambda);
    }

    @Override
    public double logDensity(double x) {
      if (x < xmin) {
        return Double.NEGATIVE_INFINITY;
      }
      return -lambda * (x - xmin) + (discrete ? Math.log(-Math.expm1(-lambda)) : Math.log(lambda));
    }

    @Override
    public double survival(double x) {
      return x <= xmin ? 1 : Math.exp(-lambda * ((discrete ? Math.ceil(x) : x) - xmin));
    }
  }

  /**
   * P(x) = x^-alpha e^(-lambda x) / C(alpha, lambda) on x >= x_min, lambda >= 0 (a power law at
   * lambda = 0); C sums (or integrates) the numerator from x_min on.
   */
  record TruncatedPowerLaw(boolean discrete, double xmin, double alpha, double lambda,
      double logNorm) implements TailDistribution {

    static TruncatedPowerLaw of(boolean discrete, double xmin, double alpha, double lambda) {
      return new TruncatedPowerLaw(discrete, xmin, alpha, lambda,
          logNormaliser(discrete, alpha, lambda, xmin));
    }

    /**
     * The maximum-likelihood (alpha, lambda), by the simplex over (alpha, ln lambda) from the
     * power law's exponent; never below the power law's likelihood, which it contains at lambda =
     * 0 (where it stays when no lambda > 0 does better).
     */
    static TruncatedPowerLaw fit(double[] tail, boolean discrete, double xmin) {
      Grouped g = Grouped.of(tail);
      PowerLaw pure = PowerLaw.fit(tail, discrete, xmin);
      double mean = 0;
      for (double x : tail) {
        mean += x;
      }
      mean /= tail.length;
      TruncatedPowerLaw best = of(discrete, xmin, pure.alpha(), 0);
      double bestLl = best.logLikelihood(g);
      for (double scale : new double[] {0.01, 0.3, 3}) {
        double[] p = Minimiser.simplex(
            q -> -candidate(discrete, xmin, q[0], Math.exp(q[1])).logLikelihood(g),
            new double[] {pure.alpha() - (scale > 1 ? 1 : 0), Math.log(scale / mean)},
            new double[] {0.3, 1.0});
        TruncatedPowerLaw t = candidate(discrete, xmin, p[0], Math.exp(p[1]));
        double ll = t.logLikelihood(g);
        if (ll > bestLl) {
          best = t;
          bestLl = ll;
        }
      }
      return best;
    }

    /** The model, or one of likelihood zero where alpha and lambda make no distribution. */
    private static TruncatedPowerLaw candidate(boolean discrete, double xmin, double alpha,
        double lambda) {
      if (!(lambda >= 0) || !Double.isFinite(alpha) || alpha > MAX_ALPHA || alpha < -MAX_ALPHA
          || lambda > 1e3 || (lambda == 0 && alpha <= 1)) {
        return new TruncatedPowerLaw(discrete, xmin, alpha, lambda, Double.POSITIVE_INFINITY);
      }
      return of(discrete, xmin, alpha, lambda);
    }

    double logLikelihood(Grouped g) {
      return Double.isFinite(logNorm) ? g.logLikelihood(this) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public Family family() {
      return Family.TRUNCATED_POWER_LAW;
    }

    @Override
    public Map<String, Double> parameters() {
      Map<String, Double> p = new LinkedHashMap<>();
      p.put("alpha", alpha);
      p.put("lambda", lambda);
      return p;
    }

    @Override
    public double logDensity(double x) {
      if (x < xmin) {
        return Double.NEGATIVE_INFINITY;
      }
      return -alpha * Math.log(x) - lambda * x - logNorm;
    }

    @Override
    public double survival(double x) {
      if (x <= xmin) {
        return 1;
      }
      return Math.exp(logNormaliser(discrete, alpha, lambda, discrete ? Math.ceil(x) : x)
          - logNorm);
    }
  }

  /**
   * ln of sum over integers k >= m of k^-alpha e^(-lambda k) when discrete, else of the integral
   * of x^-alpha e^(-lambda x) from m; +infinity where it diverges (lambda = 0, alpha <= 1).
   */
  static double logNormaliser(boolean discrete, double alpha, double lambda, double m) {
    if (lambda == 0) {
      if (alpha <= 1) {
        return Double.POSITIVE_INFINITY;
      }
      return discrete ? Math.log(HurwitzZeta.of(alpha, m))
          : (1 - alpha) * Math.log(m) - Math.log(alpha - 1);
    }
    return discrete ? TruncatedSums.logSum(alpha, lambda, m)
        : TruncatedSums.logIntegral(alpha, lambda, m);
  }

  /** Distinct values and their counts: likelihoods of big samples are sums over few values. */
  record Grouped(double[] values, int[] counts) {
    /** The sum of ln P(x) over the values, each as often as it occurs. */
    double logLikelihood(TailDistribution d) {
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += counts[i] * d.logDensity(values[i]);
      }
      return sum;
    }

    static Grouped of(double[] ascending) {
      int distinct = 0;
      for (int i = 0; i < ascending.length; i++) {
        if (i == 0 || ascending[i] != ascending[i - 1]) {
          distinct++;
        }
      }
      double[] values = new double[distinct];
      int[] counts = new int[distinct];
      int d = -1;
      for (int i = 0; i < ascending.length; i++) {
        if (i == 0 || ascending[i] != ascending[i - 1]) {
          values[++d] = ascending[i];
        }
        counts[d]++;
      }
      return new Grouped(values, counts);
    }
  }
}
