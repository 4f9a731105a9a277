package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Xoshiro256StarStarTest {

  @Test
  void sameSeedAndPurposeGiveTheSameNumbers() {
    var a = Xoshiro256StarStar.forPurpose(42, "noise");
    var b = Xoshiro256StarStar.forPurpose(42, "noise");
    for (int i = 0; i < 1000; i++) {
      assertEquals(Double.doubleToRawLongBits(a.nextGaussian()), Double.doubleToRawLongBits(b.nextGaussian()));
    }
  }

  @Test
  void purposesAreIndependentStreams() {
    var noise = Xoshiro256StarStar.forPurpose(42, "noise");
    var sp = Xoshiro256StarStar.forPurpose(42, "sp");
    assertNotEquals(noise.nextLong(), sp.nextLong());
  }

  /** Pins the stream: a change here changes every run's results for a given seed. */
  @Test
  void theStreamOfASeedIsPinned() {
    var r = new Xoshiro256StarStar(0);
    long[] first = {r.nextLong(), r.nextLong(), r.nextLong()};
    var again = new Xoshiro256StarStar(0);
    assertArrayEquals(first, new long[] {again.nextLong(), again.nextLong(), again.nextLong()});
    var restored = new Xoshiro256StarStar(1);
    restored.restore(new Xoshiro256StarStar(0).state());
    assertEquals(first[0], restored.nextLong());
  }

  /**
   * Pins the Gaussian stream of a seed: a hash of a million draws (264 of them in the tail, many
   * more in the wedges) taken from the implementation the workbench's results were made with.
   */
  @Test
  void theGaussianStreamOfASeedIsPinned() {
    var r = Xoshiro256StarStar.forPurpose(42, "noise");
    long h = 0;
    for (int i = 0; i < 1_000_000; i++) {
      h = h * 31 + Double.doubleToRawLongBits(r.nextGaussian());
    }
    assertEquals(-6252813639182230399L, h);
    assertEquals(-8714235241706763088L, r.nextLong());
  }

  /** The bulk draw gives the numbers, and leaves the state, of one draw after another. */
  @Test
  void fillGaussianEqualsOneDrawAfterAnother() {
    var one = Xoshiro256StarStar.forPurpose(7, "noise");
    var bulk = Xoshiro256StarStar.forPurpose(7, "noise");
    for (int length : new int[] {0, 1, 240, 1000, 100_000}) {
      double[] out = new double[length];
      bulk.fillGaussian(out, 0.04);
      for (int i = 0; i < length; i++) {
        assertEquals(Double.doubleToRawLongBits(0.04 * one.nextGaussian()), Double.doubleToRawLongBits(out[i]), "draw " + i);
      }
      assertArrayEquals(one.state(), bulk.state());
    }
  }

  /** Kolmogorov-Smirnov distance of 400,000 draws from the normal CDF, and the tail mass. */
  @Test
  void gaussianDrawsFollowTheNormalDistribution() {
    var r = new Xoshiro256StarStar(11);
    int n = 400_000;
    double[] z = new double[n];
    int beyond3 = 0;
    for (int i = 0; i < n; i++) {
      z[i] = r.nextGaussian();
      if (Math.abs(z[i]) > 3) {
        beyond3++;
      }
    }
    java.util.Arrays.sort(z);
    double worst = 0;
    for (int k = 0; k < n; k++) {
      double cdf = normalCdf(z[k]);
      worst = Math.max(worst, Math.max(Math.abs((k + 1.0) / n - cdf), Math.abs((double) k / n - cdf)));
    }
    assertTrue(worst < 1.63 / Math.sqrt(n), "KS distance " + worst);
    assertEquals(0.0026998, beyond3 / (double) n, 0.0003);
  }

  /** Phi(z) from the complementary error function (Abramowitz-Stegun 7.1.26 is too coarse: series). */
  private static double normalCdf(double z) {
    // Phi(z) = 0.5 * erfc(-z / sqrt(2)); erfc by its continued fraction / series via Math only
    double t = Math.abs(z) / Math.sqrt(2);
    double erf = erf(t);
    return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
  }

  private static double erf(double x) {
    if (x > 6) {
      return 1.0;
    }
    // Taylor series: converges for all x, accurate to 1e-15 for x <= 6 with enough terms
    double sum = 0;
    double term = x;
    for (int k = 0; k < 400; k++) {
      double add = term / (2 * k + 1);
      sum += add;
      term *= -x * x / (k + 1);
      if (Math.abs(add) < 1e-17) {
        break;
      }
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }

  @Test
  void uniformAndGaussianMomentsAreRight() {
    var r = new Xoshiro256StarStar(7);
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    double uniformSum = 0;
    int[] counts = new int[10];
    for (int i = 0; i < n; i++) {
      double g = r.nextGaussian();
      sum += g;
      sumSq += g * g;
      double u = r.nextDouble();
      assertTrue(u >= 0 && u < 1);
      uniformSum += u;
      counts[r.nextInt(10)]++;
    }
    assertEquals(0.0, sum / n, 0.01);
    assertEquals(1.0, sumSq / n, 0.02);
    assertEquals(0.5, uniformSum / n, 0.005);
    for (int c : counts) {
      assertEquals(n / 10.0, c, n * 0.005);
    }
  }
}
