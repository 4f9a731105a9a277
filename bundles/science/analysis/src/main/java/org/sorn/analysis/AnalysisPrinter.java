package org.sorn.analysis;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The analysis as a few lines for people; the curves stay in analysis.json. */
final class AnalysisPrinter {

  @SuppressWarnings("unchecked")
  static void print(Map<String, Object> r, PrintStream out) {
    out.println("run " + r.get("run") + ": ne " + r.get("ne") + ", " + r.get("steps_analysed")
        + " recorded steps from step " + r.get("first_step") + " every " + r.get("every"));
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
    out.println("mean correlation: " + f(c.get("average")) + " (between neurons "
        + f(c.get("average_between_neurons")) + ")");
    Map<String, Object> a = (Map<String, Object>) r.get("avalanches");
    out.println("avalanches: " + a.get("count") + " above threshold " + a.get("threshold")
        + "; sizes: " + fit(a.get("size_fit")) + "; durations: " + fit(a.get("duration_fit")));
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
