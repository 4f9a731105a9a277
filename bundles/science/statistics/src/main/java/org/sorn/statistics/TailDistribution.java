package org.sorn.statistics;

import java.util.Locale;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A distribution of the values x >= x_min of a sample, fitted by maximum likelihood (Clauset,
 * Shalizi and Newman 2009, appendix B and table 2). Discrete distributions are those of the R
 * package poweRlaw: the power law x^-alpha / zeta(alpha, x_min); the lognormal and the
 * exponential discretised by rounding, P(x) = [S(x - 1/2) - S(x + 1/2)] / S(x_min - 1/2) with S
 * the continuous survival function; the truncated power law x^-alpha e^(-lambda x) / sum over
 * k >= x_min of k^-alpha e^(-lambda k). Continuous ones are the same densities on x >= x_min.
 */
@ProviderType
public interface TailDistribution {

  /** The families fitted to a tail. */
  enum Family {
    POWER_LAW("power law"),
    LOGNORMAL("lognormal"),
    EXPONENTIAL("exponential"),
    TRUNCATED_POWER_LAW("truncated power law");

    private final String label;

    Family(String label) {
      this.label = label;
    }

    /** The family's name in words, as the verdicts use it. */
    public String label() {
      return label;
    }

    /** The family's name in analysis.json: {@code power_law}, {@code lognormal}, ... */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  Family family();

  /** Whether the distribution is over the integers. */
  boolean discrete();

  /** The smallest value the distribution covers. */
  double xmin();

  /**
   * The fitted parameters by name, in the order of the formula: alpha; mu and sigma (of ln x);
   * lambda; alpha and lambda.
   */
  Map<String, Double> parameters();

  /** ln P(x) (ln of the density when continuous); negative infinity below x_min. */
  double logDensity(double x);

  /** P(X >= x) when discrete, P(X > x) when continuous; 1 at x <= x_min. */
  double survival(double x);

  /** The sum of ln P(x) over {@code tail}, every value of which is >= x_min. */
  default double logLikelihood(double[] tail) {
    double sum = 0;
    for (double x : tail) {
      sum += logDensity(x);
    }
    return sum;
  }

  /**
   * The maximum-likelihood distribution of {@code family} for the values of {@code data} that
   * are >= {@code xmin}.
   *
   * @throws IllegalArgumentException when data holds a value that is not a positive number (a
   *     positive integer when discrete), or none is >= xmin
   */
  static TailDistribution fit(Family family, double[] data, boolean discrete, double xmin) {
    TailSample sample = TailSample.of(data, discrete);
    double[] tail = sample.tail(xmin);
    if (tail.length == 0) {
      throw new IllegalArgumentException("no value is >= xmin = " + xmin);
    }
    return TailModels.fit(family, tail, discrete, xmin);
  }
}
