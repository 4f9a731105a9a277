package org.sorn.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sorn.analysis.api.MissingRecording;
import org.sorn.analysis.api.RunStatistics;

/**
 * The numbers of a run for the report, from the analysis bundle: {@code DIR/analysis.json} when
 * {@code ./sorn analyze} wrote it, else the same statistics computed by {@link RunStatistics}
 * with the default settings, so that the page and the file never disagree.
 *
 * @param source where the numbers come from, for the page
 * @param key the headline numbers under readable names; empty when there is no analysis
 * @param all every scalar of the analysis under its dotted name in analysis.json
 */
record KeyNumbers(String source, Map<String, String> key, Map<String, String> all) {

  /** The analysis of {@code run}; its source says why there is none when the run lacks it. */
  static KeyNumbers of(Path run, ObjectMapper json) throws IOException {
    Path file = run.resolve(RunStatistics.FILE);
    JsonNode tree;
    String source;
    if (Files.isRegularFile(file)) {
      tree = json.readTree(file.toFile());
      source = "from " + file + " (written by ./sorn analyze)";
    } else {
      try {
        tree = json.valueToTree(RunStatistics.of(run));
        source = "computed as ./sorn analyze does, with its default settings (no "
            + RunStatistics.FILE + " in the run directory)";
      } catch (MissingRecording e) {
        return new KeyNumbers("no analysis: " + e.getMessage(), Map.of(), Map.of());
      }
    }
    Map<String, String> all = new LinkedHashMap<>();
    flatten("", tree, all);
    return new KeyNumbers(source, headline(tree), all);
  }

  /** The numbers a reader looks for first, each present only when the analysis has it. */
  private static Map<String, String> headline(JsonNode a) {
    Map<String, String> k = new LinkedHashMap<>();
    put(k, "excitatory units", a.path("ne"));
    put(k, "recorded steps analysed", a.path("steps_analysed"));
    JsonNode rate = a.path("firing_rate_network");
    put(k, "mean active units per step", rate.path("mean_active_units"));
    put(k, "mean fraction of units active", rate.path("mean_fraction_active"));
    put(k, "spike source entropy", a.path("spike_source_entropy"));
    put(k, "mean correlation between neurons",
        a.path("correlation").path("average_between_neurons"));
    JsonNode av = a.path("avalanches");
    put(k, "avalanche threshold (half the mean activity)", av.path("threshold"));
    put(k, "avalanches", av.path("count"));
    fit(k, "avalanche size exponent tau", av.path("size_fit"));
    fit(k, "avalanche duration exponent alpha", av.path("duration_fit"));
    JsonNode ee = a.path("ee_connection_fraction");
    put(k, "EE connection fraction, first recorded", ee.path("first"));
    put(k, "EE connection fraction, last recorded", ee.path("last"));
    put(k, "EE connection fraction, mean of the last tenth", ee.path("mean_last_tenth"));
    JsonNode w = a.path("wee_lognormal_fit");
    put(k, "W^EE lognormal fit mu", w.path("mu"));
    put(k, "W^EE lognormal fit sigma", w.path("sigma"));
    put(k, "W^EE weights fitted (>= 0.01)", w.path("weights"));
    return k;
  }

  private static void fit(Map<String, String> k, String name, JsonNode fit) {
    if (fit.isMissingNode()) {
      return;
    }
    String range = " over [" + fit.path("xmin").asText() + ", " + fit.path("xmax").asText()
        + "]" + (fit.has("range_from") ? ", " + fit.path("range_from").asText() : "");
    k.put(name, fit.path("alpha").isNumber()
        ? value(fit.path("alpha")) + " +- " + value(fit.path("standard_error")) + range + ", "
            + fit.path("samples").asText() + " avalanches"
        : "not fitted" + range);
  }

  private static void put(Map<String, String> k, String name, JsonNode value) {
    if (!value.isMissingNode()) {
      k.put(name, value(value));
    }
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

  static String format(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "undefined";
  }
}
