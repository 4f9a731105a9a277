package org.sorn.analysis.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.sorn.statistics.Avalanches;

/**
 * The crackling-noise scaling relation of the avalanches (Sethna, Dahmen and Myers 2001; Friedman
 * et al. 2012): the mean size of the avalanches of duration T grows as T^gamma, and at criticality
 * gamma = (alpha - 1) / (tau - 1), alpha the duration exponent and tau the size exponent. Del Papa
 * et al. (2017, Fig. 2C) draw both: the prediction from the fitted exponents and the data.
 */
final class AvalancheScaling {
  private AvalancheScaling() {}

  /**
   * gamma predicted from the fixed-range fits, and gamma fitted by least squares to ln <S>(T)
   * against ln T over the durations of the duration fit's range.
   */
  static Map<String, Object> of(Avalanches a, Map<String, Object> sizeFit,
      Map<String, Object> durationFit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("relation", "<S>(T) ~ T^gamma, gamma = (alpha - 1) / (tau - 1) at criticality");
    Object tau = sizeFit.get("alpha");
    Object alpha = durationFit.get("alpha");
    m.put("gamma_predicted", tau instanceof Double t && alpha instanceof Double d
        ? (d - 1) / (t - 1) : null);
    long lo = ((Number) durationFit.get("xmin")).longValue();
    long hi = ((Number) durationFit.get("xmax")).longValue();
    TreeMap<Long, double[]> byDuration = new TreeMap<>();
    for (int i = 0; i < a.count(); i++) {
      double[] sumAndCount = byDuration.computeIfAbsent(a.durations()[i], k -> new double[2]);
      sumAndCount[0] += a.sizes()[i];
      sumAndCount[1]++;
    }
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (Map.Entry<Long, double[]> e : byDuration.subMap(lo, true, hi, true).entrySet()) {
      double x = Math.log(e.getKey());
      double y = Math.log(e.getValue()[0] / e.getValue()[1]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      n++;
    }
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    m.put("gamma_fitted", n >= 2 ? slope : null);
    m.put("durations_fitted", n);
    m.put("range", java.util.List.of(lo, hi));
    return m;
  }
}
