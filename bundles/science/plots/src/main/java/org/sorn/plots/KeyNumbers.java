package org.sorn.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sorn.analysis.api.AnalysisSettings;
import org.sorn.analysis.api.MissingRecording;
import org.sorn.analysis.api.RunStatistics;

/**
 * The numbers of a run for the report, from the analysis bundle: {@code DIR/analysis.json} when
 * {@code ./sorn analyze} wrote it, else the same statistics computed by {@link RunStatistics}
 * with the default settings, so that the page and the file never disagree.
 *
 * @param source where the numbers come from, for the page
 * @param results the key results in words, by what they are about; empty without an analysis
 * @param all every scalar of the analysis under its dotted name in analysis.json
 * @param tree the analysis itself, or null when there is none
 */
record KeyNumbers(String source, Map<String, String> results, Map<String, String> all,
    JsonNode tree) {

  /** The analysis of {@code run}; its source says why there is none when the run lacks it. */
  static KeyNumbers of(Path run, ObjectMapper json) throws IOException {
    return of(run, json, line -> { });
  }

  /** As {@link #of(Path, ObjectMapper)}, telling {@code progress} how a long analysis goes. */
  static KeyNumbers of(Path run, ObjectMapper json, Consumer<String> progress) throws IOException {
    Path file = run.resolve(RunStatistics.FILE);
    JsonNode tree;
    String source;
    if (Files.isRegularFile(file)) {
      tree = json.readTree(file.toFile());
      source = "From " + file + " (written by ./sorn analyze).";
    } else {
      try {
        tree = json.valueToTree(RunStatistics.of(run, AnalysisSettings.defaults(), progress));
        source = "Computed as ./sorn analyze does, with its default settings (there is no "
            + RunStatistics.FILE + " in the run directory).";
      } catch (MissingRecording e) {
        return new KeyNumbers("No analysis: " + e.getMessage(), Map.of(), Map.of(), null);
      }
    }
    Map<String, String> all = new LinkedHashMap<>();
    flatten("", tree, all);
    return new KeyNumbers(source, results(tree), all, tree);
  }

  /** The steps the analysis analysed (its --from/--to): every step when it had no window. */
  StepRange window() {
    if (tree == null) {
      return StepRange.ALL;
    }
    JsonNode w = tree.path("window");
    return new StepRange(w.path("from").isNumber() ? w.path("from").asLong() : null,
        w.path("to").isNumber() ? w.path("to").asLong() : null);
  }

  /** What a reader looks for first, in sentences; each only when the analysis has it. */
  private static Map<String, String> results(JsonNode a) {
    Map<String, String> r = new LinkedHashMap<>();
    JsonNode rate = a.path("firing_rate_network");
    if (rate.path("mean_fraction_active").isNumber()) {
      r.put("Firing rate", String.format(Locale.ROOT,
          "%s of the excitatory units active per step (%s units, standard deviation %s), over %s"
              + " recorded steps from step %s", format(rate.path("mean_fraction_active")),
          format(rate.path("mean_active_units")), format(rate.path("std_active_units")),
          a.path("steps_analysed").asText("?"), a.path("first_step").asText("?")));
    }
    JsonNode ee = a.path("ee_connection_fraction");
    if (ee.path("last").isNumber()) {
      r.put("EE connections", String.format(Locale.ROOT,
          "fraction %s of the possible at the last recorded step (%s at the first; mean of the"
              + " last tenth %s)", format(ee.path("last")), format(ee.path("first")),
          format(ee.path("mean_last_tenth"))));
    }
    JsonNode av = a.path("avalanches");
    tail(r, "Avalanche sizes", av.path("size_tail"));
    tail(r, "Avalanche durations", av.path("duration_tail"));
    JsonNode scaling = av.path("scaling");
    if (scaling.path("gamma_fitted").isNumber()) {
      r.put("Avalanche scaling", String.format(Locale.ROOT,
          "<S>(T) ~ T^gamma with gamma = %s from the data; (alpha - 1) / (tau - 1) = %s from the"
              + " exponents of the fixed-range fits (equal at criticality)",
          format(scaling.path("gamma_fitted")), format(scaling.path("gamma_predicted"))));
    }
    JsonNode c = a.path("correlation");
    if (c.has("average_between_neurons")) {
      r.put("Correlation", String.format(Locale.ROOT,
          "mean Pearson r between distinct neurons %s (the package's avg_corr_coeff: %s)",
          format(c.path("average_between_neurons")), format(c.path("average_as_package"))));
    }
    JsonNode w = a.path("wee_lognormal_fit");
    if (w.path("mu").isNumber()) {
      r.put("EE weights", String.format(Locale.ROOT,
          "lognormal with mu = %s, sigma = %s (%s weights >= 0.01, last snapshot)",
          format(w.path("mu")), format(w.path("sigma")), w.path("weights").asText()));
    }
    return r;
  }

  private static void tail(Map<String, String> r, String name, JsonNode t) {
    if (t.path("verdict").isTextual()) {
      String support = t.path("support").isTextual()
          ? "Power-law support: " + t.path("support").asText() + ". " : "";
      String fit = t.path("alpha").isNumber() ? String.format(Locale.ROOT,
          " Power law alpha = %s +- %s above x_min = %s.", format(t.path("alpha")),
          format(t.path("standard_error")), format(t.path("xmin"))) : "";
      r.put(name, support + capitalise(t.path("verdict").asText()) + "." + fit);
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The scalar leaves of a JSON tree; arrays (curves, per-neuron lists) stay in the file. */
  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.fields().forEachRemaining(
          e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(),
              into));
    } else if (node.isValueNode()) {
      into.put(prefix, value(node));
    }
  }

  private static String value(JsonNode node) {
    if (node.isNull()) {
      return "undefined";
    }
    if (node.isNumber()) {
      return node.isIntegralNumber() ? node.asText() : format(node.asDouble());
    }
    return node.asText();
  }

  private static String format(JsonNode node) {
    return node.isNumber() ? (node.isIntegralNumber() ? node.asText() : format(node.asDouble()))
        : "undefined";
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "undefined";
  }
}
