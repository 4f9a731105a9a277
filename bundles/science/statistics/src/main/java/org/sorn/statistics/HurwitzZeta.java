package org.sorn.statistics;

/**
 * The Hurwitz zeta function zeta(s, a) = sum over k >= 0 of (a + k)^-s, for s > 1 and a > 0: the
 * normalising constant of a discrete power law on x >= a. Summed directly up to a point m, then
 * the rest by the Euler-Maclaurin formula, m^(1-s)/(s-1) + m^-s/2 + sum_j B_2j/(2j)! s(s+1)...
 * (s+2j-2) m^(-s-2j+1), whose terms fall fast once m is large beside s.
 */
final class HurwitzZeta {
  /** B_2j / (2j)! for j = 1..8. */
  private static final double[] BERNOULLI_OVER_FACTORIAL = {
    1.0 / 6 / 2,
    -1.0 / 30 / 24,
    1.0 / 42 / 720,
    -1.0 / 30 / 40320,
    5.0 / 66 / 3628800,
    -691.0 / 2730 / 479001600,
    7.0 / 6 / 87178291200.0,
    -3617.0 / 510 / 20922789888000.0
  };

  private HurwitzZeta() {}

  /**
   * zeta(s, a).
   *
   * @throws IllegalArgumentException when s <= 1 (the sum diverges) or a <= 0
   */
  static double of(double s, double a) {
    if (!(s > 1) || !(a > 0)) {
      throw new IllegalArgumentException(
          "the Hurwitz zeta function needs s > 1 and a > 0, got s = " + s + ", a = " + a);
    }
    // the asymptotic terms fall like ((s + 2j) / (2 pi m))^2 each: m >= max(20, 2s) keeps them tiny
    double start = Math.max(20, 2 * s);
    double sum = 0;
    double m = a;
    while (m < start) {
      sum += Math.pow(m, -s);
      m += 1;
    }
    return sum + tail(s, m);
  }

  /** The Euler-Maclaurin sum of (m + k)^-s over k >= 0, for m large beside s. */
  private static double tail(double s, double m) {
    double power = Math.pow(m, -s);
    double total = m * power / (s - 1) + power / 2;
    // term j: B_2j/(2j)! * s(s+1)...(s+2j-2) * m^(-s-2j+1)
    double rising = s;
    double mPower = power / m;
    double inverseSquare = 1 / (m * m);
    for (int j = 0; j < BERNOULLI_OVER_FACTORIAL.length; j++) {
      double term = BERNOULLI_OVER_FACTORIAL[j] * rising * mPower;
      total += term;
      if (Math.abs(term) < 1e-17 * total) {
        break;
      }
      rising *= (s + 2 * j + 1) * (s + 2 * j + 2);
      mPower *= inverseSquare;
    }
    return total;
  }
}
