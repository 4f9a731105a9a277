package org.sorn.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sorn.statistics.Avalanches;
import org.sorn.statistics.Correlation;
import org.sorn.statistics.Descriptive;
import org.sorn.statistics.FiringRate;
import org.sorn.statistics.LognormalFit;
import org.sorn.statistics.SpikeSourceEntropy;

/**
 * The key numbers of a run for the report: the scalars of {@code DIR/analysis.json} when
 * {@code ./sorn analyze} wrote it, else a few computed here from the recording.
 */
final class KeyNumbers {
  static final String ANALYSIS = "analysis.json";

  private KeyNumbers() {}

  /** Dotted names to printable values, in the order the analysis gives them. */
  static Map<String, String> of(RunData run, ObjectMapper json) throws IOException {
    Path analysis = run.directory().resolve(ANALYSIS);
    Map<String, String> numbers = new LinkedHashMap<>();
    if (Files.isRegularFile(analysis)) {
      flatten("", json.readTree(analysis.toFile()), numbers);
      return numbers;
    }
    Optional<RunData.Spikes> spikes = run.activation();
    if (spikes.isPresent() && spikes.get().train().length > 0) {
      boolean[][] train = spikes.get().train();
      double[] rates = Descriptive.toDoubles(FiringRate.ofNetwork(train));
      numbers.put("steps_analysed", Integer.toString(train.length));
      numbers.put("ne", Integer.toString(train[0].length));
      numbers.put("mean_active_units", format(Descriptive.mean(rates)));
      numbers.put("mean_fraction_active", format(FiringRate.meanFraction(train)));
      numbers.put("spike_source_entropy", format(SpikeSourceEntropy.of(train, train[0].length)));
      numbers.put("mean_pairwise_correlation",
          format(Correlation.averageBetweenNeurons(Correlation.matrix(train))));
      Avalanches a = Avalanches.of(FiringRate.ofNetwork(train));
      numbers.put("avalanche_threshold", Integer.toString(a.threshold()));
      numbers.put("avalanches", Integer.toString(a.count()));
    }
    Optional<long[][]> counts = run.eeConnectionCounts();
    int ne = run.ne();
    if (counts.isPresent() && counts.get()[1].length > 0 && ne > 1) {
      long[] c = counts.get()[1];
      numbers.put("ee_connection_fraction_last", format(c[c.length - 1] / (ne * (ne - 1.0))));
    }
    Optional<double[][]> wee = run.lastWee();
    if (wee.isPresent()) {
      LognormalFit fit = LognormalFit.of(wee.get(), LognormalFit.PACKAGE_MINIMUM);
      numbers.put("wee_lognormal_mu", format(fit.mu()));
      numbers.put("wee_lognormal_sigma", format(fit.sigma()));
    }
    return numbers;
  }

  /** The scalar leaves of a JSON tree; arrays (curves, per-neuron lists) stay in the file. */
  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.fields().forEachRemaining(
          e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(),
              into));
    } else if (node.isNull()) {
      into.put(prefix, "undefined");
    } else if (node.isNumber()) {
      into.put(prefix, node.isIntegralNumber() ? node.asText() : format(node.asDouble()));
    } else if (node.isValueNode()) {
      into.put(prefix, node.asText());
    }
  }

  static String format(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "undefined";
  }
}
