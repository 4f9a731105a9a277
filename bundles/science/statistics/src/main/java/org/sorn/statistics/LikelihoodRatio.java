package org.sorn.statistics;

import java.util.Locale;
import org.sorn.statistics.TailDistribution.Family;

/**
 * A power-law tail against an alternative fitted to the same tail (the same x_min), as Clauset,
 * Shalizi and Newman (2009, section 5 and appendix C) compare them. R is the log-likelihood ratio,
 * the sum over the tail of ln P_powerlaw(x) - ln P_alternative(x): positive favours the power law.
 * For a non-nested alternative (lognormal, exponential) its sign is tested by Vuong's test, the
 * normalised ratio sqrt(n) mean / sd of the pointwise ratios being standard normal when neither is
 * better (two-sided p, as poweRlaw's compare_distributions). The truncated power law contains the
 * power law (lambda = 0): there R <= 0 always, and the test is the nested likelihood-ratio test,
 * -2R chi-squared with one degree of freedom under the power law (Clauset et al.'s choice; the
 * boundary lambda = 0 makes it conservative).
 *
 * @param alternative the family compared with the power law
 * @param logLikelihoodRatio R
 * @param normalisedRatio Vuong's statistic sqrt(n) mean / sd (also given for the nested test)
 * @param p the p-value of the test used
 * @param nested whether the alternative contains the power law (the nested test was used)
 * @param tailSize n, the values compared
 */
public record LikelihoodRatio(Family alternative, double logLikelihoodRatio,
    double normalisedRatio, double p, boolean nested, int tailSize) {

  /** Clauset et al.'s threshold: below it a test's sign is taken as significant. */
  public static final double SIGNIFICANCE = 0.1;

  /**
   * Compares {@code powerLaw} with {@code alternative} on {@code tail} (values >= x_min of
   * both).
   *
   * @throws IllegalArgumentException when the two do not share x_min or the tail is empty
   */
  public static LikelihoodRatio compare(TailDistribution powerLaw, TailDistribution alternative,
      double[] tail) {
    if (powerLaw.xmin() != alternative.xmin()) {
      throw new IllegalArgumentException("the likelihood ratio needs one x_min, got "
          + powerLaw.xmin() + " and " + alternative.xmin());
    }
    if (tail.length == 0) {
      throw new IllegalArgumentException("the likelihood ratio needs a tail, got no value");
    }
    int n = tail.length;
    double[] d = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      d[i] = powerLaw.logDensity(tail[i]) - alternative.logDensity(tail[i]);
      sum += d[i];
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : d) {
      squares += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    double normalised = sd > 0 ? Math.sqrt(n) * mean / sd : 0;
    boolean nested = alternative.family() == Family.TRUNCATED_POWER_LAW;
    double p;
    if (nested) {
      // P(chi^2_1 > -2R) = P(|Z| > sqrt(-2R))
      p = sum >= 0 ? 1 : 2 * NormalTail.survival(Math.sqrt(-2 * sum));
    } else {
      p = sd > 0 ? 2 * NormalTail.survival(Math.abs(normalised)) : 1;
    }
    return new LikelihoodRatio(alternative.family(), sum, normalised, Math.min(1, p), nested, n);
  }

  /** The family the test favours at {@link #SIGNIFICANCE}, or null when it favours neither. */
  public Family favoured() {
    if (p >= SIGNIFICANCE || logLikelihoodRatio == 0) {
      return null;
    }
    return logLikelihoodRatio > 0 ? Family.POWER_LAW : alternative;
  }

  /** The test used, in words. */
  public String test() {
    return nested ? "nested likelihood-ratio test (chi-squared, 1 degree of freedom)"
        : "Vuong's test (two-sided)";
  }

  /** What the comparison says, in one phrase: "lognormal preferred, R = -12.3, p = 0.001". */
  public String statement() {
    Family f = favoured();
    String numbers = "R = " + number(logLikelihoodRatio) + ", " + pPhrase(p);
    if (nested) {
      return (f == alternative ? alternative.label() + " preferred"
          : "no significant cut-off (" + alternative.label() + " not preferred)") + ", " + numbers
          + ", nested test";
    }
    if (f == null) {
      return "power law and " + alternative.label() + " indistinguishable, " + numbers;
    }
    return (f == Family.POWER_LAW ? "power law preferred over " + alternative.label()
        : alternative.label() + " preferred") + ", " + numbers;
  }

  /** A p-value as the verdicts write it: "p = 0.042", or "p < 0.001" below that. */
  static String pPhrase(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }

  /** A number in a verdict: an integer as one, else three significant digits (one decimal past 100). */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
