package org.sorn.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * The crackling-noise scaling of avalanches (Sethna, Dahmen and Myers 2001; Friedman et al. 2012):
 * the mean size of the avalanches of duration T grows as T^gamma, and at criticality gamma = (alpha
 * - 1) / (tau - 1), alpha the duration exponent and tau the size exponent. Del Papa et al. (2017,
 * Fig. 2C) draw both.
 *
 * @param gamma the slope of ln <S>(T) against ln T by least squares over the durations of [tmin,
 *     tmax] that occur; NaN with fewer than two
 * @param durations how many distinct durations the slope was fitted to
 * @param meanSizes <S>(T) for every duration T that occurs, ascending in T
 */
public record AvalancheScaling(double gamma, int durations, Map<Long, Double> meanSizes) {

  /** The scaling of avalanches {@code sizes[i]}, {@code durations[i]}, fitted over [tmin, tmax]. */
  public static AvalancheScaling of(long[] sizes, long[] durations, long tmin, long tmax) {
    if (sizes.length != durations.length) {
      throw new IllegalArgumentException("sizes and durations must pair up, got " + sizes.length
          + " and " + durations.length);
    }
    TreeMap<Long, double[]> byDuration = new TreeMap<>();
    for (int i = 0; i < sizes.length; i++) {
      double[] sumAndCount = byDuration.computeIfAbsent(durations[i], k -> new double[2]);
      sumAndCount[0] += sizes[i];
      sumAndCount[1]++;
    }
    Map<Long, Double> means = new TreeMap<>();
    byDuration.forEach((t, s) -> means.put(t, s[0] / s[1]));
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (Map.Entry<Long, Double> e : ((TreeMap<Long, Double>) means)
        .subMap(tmin, true, tmax, true).entrySet()) {
      double x = Math.log(e.getKey());
      double y = Math.log(e.getValue());
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      n++;
    }
    double gamma = n >= 2 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : Double.NaN;
    return new AvalancheScaling(gamma, n, means);
  }

  /** The exponent relation's prediction (alpha - 1) / (tau - 1). */
  public static double predicted(double durationExponent, double sizeExponent) {
    return (durationExponent - 1) / (sizeExponent - 1);
  }
}
