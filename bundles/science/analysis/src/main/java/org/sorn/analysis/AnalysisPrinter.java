package org.sorn.analysis;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The analysis as a few lines for people; the curves stay in analysis.json. */
final class AnalysisPrinter {

  @SuppressWarnings("unchecked")
  static void print(Map<String, Object> r, PrintStream out) {
    out.println("run " + r.get("run") + ": ne " + r.get("ne") + ", " + r.get("steps_analysed")
        + " recorded steps, " + r.get("first_step") + " to " + r.get("last_step") + " every "
        + r.get("every"));
    Map<String, Object> rate = (Map<String, Object>) r.get("firing_rate_network");
    out.println("firing rate: " + f(rate.get("mean_active_units")) + " active units per step (std "
        + f(rate.get("std_active_units")) + "), fraction " + f(rate.get("mean_fraction_active")));
    Map<String, Object> s = (Map<String, Object>) r.get("smoothness");
    out.println("smoothness: scale-dependent " + f(s.get("scale_dependent"))
        + ", scale-independent " + f(s.get("scale_independent")));
    out.println("autocorrelation at lag 2: " + f(r.get("autocorrelation_lag_2")));
    StringBuilder fano = new StringBuilder("Fano factors:");
    for (Object o : (List<Object>) r.get("fano_factors")) {
      Map<String, Object> m = (Map<String, Object>) o;
      fano.append(" n").append(m.get("neuron")).append('=').append(f(m.get("fano")));
    }
    out.println(fano);
    out.println("spike source entropy: " + f(r.get("spike_source_entropy")));
    Map<String, Object> c = (Map<String, Object>) r.get("correlation");
    out.println("mean correlation between distinct neurons: " + f(c.get("average_between_neurons"))
        + " (the package's avg_corr_coeff, sum / 200^2: " + f(c.get("average_as_package"))
        + "; with the diagonal: " + f(c.get("average")) + ")");
    Map<String, Object> a = (Map<String, Object>) r.get("avalanches");
    out.println("avalanches: " + a.get("count") + " above threshold " + a.get("threshold"));
    out.println("  sizes: " + verdict(a.get("size_tail")));
    out.println("  durations: " + verdict(a.get("duration_tail")));
    out.println("  fixed-range fits: sizes " + fit(a.get("size_fit")) + "; durations "
        + fit(a.get("duration_fit")));
    Map<String, Object> scaling = (Map<String, Object>) a.get("scaling");
    out.println("  scaling <S>(T) ~ T^gamma: gamma from the data " + f(scaling.get("gamma_fitted"))
        + ", (alpha - 1) / (tau - 1) = " + f(scaling.get("gamma_predicted")));
    Map<String, Object> ee = (Map<String, Object>) r.get("ee_connection_fraction");
    out.println(ee == null
        ? "EE connection fraction: not recorded (--record EEConnectionCounts)"
        : "EE connection fraction: " + f(ee.get("first")) + " -> " + f(ee.get("last"))
            + " (mean of the last tenth " + f(ee.get("mean_last_tenth")) + ")");
    Map<String, Object> w = (Map<String, Object>) r.get("wee_lognormal_fit");
    out.println(w == null
        ? "EE weights: not recorded (--record WEE:every=1000)"
        : "EE weights (last snapshot): lognormal mu " + f(w.get("mu")) + ", sigma "
            + f(w.get("sigma")) + " over " + w.get("weights") + " weights >= 0.01");
  }

  @SuppressWarnings("unchecked")
  private static String verdict(Object o) {
    Map<String, Object> t = (Map<String, Object>) o;
    if (!t.containsKey("alpha")) {
      return String.valueOf(t.get("verdict"));
    }
    return "power law alpha " + f(t.get("alpha")) + " +- " + f(t.get("standard_error"))
        + " above x_min " + f(t.get("xmin")) + " (support: " + t.get("support") + "); "
        + t.get("verdict");
  }

  @SuppressWarnings("unchecked")
  private static String fit(Object o) {
    Map<String, Object> m = (Map<String, Object>) o;
    String range = "[" + m.get("xmin") + ", " + m.get("xmax") + "] (" + m.get("range_from") + ")";
    return m.get("alpha") == null
        ? "not fitted in " + range + (m.containsKey("note") ? ": " + m.get("note") : "")
        : "exponent " + f(m.get("alpha")) + " +- " + f(m.get("standard_error")) + " in " + range
            + " from " + m.get("samples") + " avalanches";
  }

  private static String f(Object value) {
    return AnalyzeCommand.format(value);
  }

  private AnalysisPrinter() {}
}
