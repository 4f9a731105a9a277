package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays every public golden network case, except the noise trace case (its noise cannot be
 * injected from the command line), through the real launcher: {@code bin/sorn run} with the case's
 * state, inputs and parameters, then compares the files it writes with what the Python package
 * computed.
 */
public class GoldenEndToEndIT {
  private static final double WEIGHT_TOLERANCE = 1e-12;
  private static final double EXACT = 0;
  private static final int NETWORK_CASES = 14;

  /** Weights and thresholds may differ by rounding; activities, counts and X, Y may not. */
  private static final Map<String, Double> FINAL_TOLERANCE =
      Map.of(
          "Wee", WEIGHT_TOLERANCE,
          "Wei", WEIGHT_TOLERANCE,
          "Wie", WEIGHT_TOLERANCE,
          "Te", WEIGHT_TOLERANCE,
          "Ti", WEIGHT_TOLERANCE,
          "X", EXACT,
          "Y", EXACT);

  private static final Map<String, Double> CALLBACK_TOLERANCE =
      Map.of(
          "ExcitatoryActivation", EXACT,
          "InhibitoryActivation", EXACT,
          "RecurrentActivation", EXACT,
          "TE", WEIGHT_TOLERANCE,
          "TI", WEIGHT_TOLERANCE,
          "EEConnectionCounts", EXACT,
          "EIConnectionCounts", EXACT);

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  public void everyGoldenNetworkCaseRunThroughBinSornMatchesThePackage() throws Exception {
    List<GoldenCase> cases = GoldenCase.all();
    assertEquals("golden network cases in src/test/resources/golden", NETWORK_CASES, cases.size());
    assertFalse(cases.stream().anyMatch(c -> c.name.contains("trace_noise")));

    Path folder = WorkbenchProcess.workFolder("golden-");
    List<List<String>> commandLines = new ArrayList<>();
    for (GoldenCase golden : cases) {
      commandLines.add(golden.commandLine(folder, out(folder, golden)));
    }
    long start = System.nanoTime();
    List<WorkbenchProcess.Outcome> outcomes = WorkbenchProcess.runAll(folder, commandLines);
    double seconds = (System.nanoTime() - start) / 1e9;

    NumericDifferences differences = new NumericDifferences();
    List<String> failedRuns = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      GoldenCase golden = cases.get(i);
      WorkbenchProcess.Outcome outcome = outcomes.get(i);
      if (outcome.exitCode() != 0) {
        failedRuns.add(golden.name + ": " + outcome.describe());
        continue;
      }
      compare(golden, out(folder, golden), differences);
    }

    long slowest = outcomes.stream().mapToLong(o -> o.elapsed().toMillis()).max().orElse(0);
    System.out.printf(
        "GoldenEndToEndIT: %d golden cases through bin/sorn in %.1f s (slowest launch %d ms),"
            + " %d values compared, max |diff| = %s%n",
        cases.size(), seconds, slowest, differences.valuesCompared(), differences.max());
    assertTrue("runs that failed:\n" + String.join("\n", failedRuns), failedRuns.isEmpty());
    assertTrue("results that differ from the golden vectors:\n" + differences.report(), differences.none());
  }

  private static Path out(Path folder, GoldenCase golden) {
    return folder.resolve(golden.name);
  }

  private static void compare(GoldenCase golden, Path out, NumericDifferences differences) throws IOException {
    JsonNode finalState = read(out.resolve("final-state.json"));
    FINAL_TOLERANCE.forEach(
        (key, tolerance) ->
            differences.compare(
                golden.name + " final " + key, golden.finalState().get(key), finalState.get(key), tolerance));
    for (String recorder : GoldenCase.RECORDERS) {
      differences.compare(
          golden.name + " " + recorder,
          golden.callbacks().get(recorder),
          read(out.resolve(recorder + ".json")),
          CALLBACK_TOLERANCE.get(recorder));
    }
  }

  private static JsonNode read(Path file) throws IOException {
    assertTrue(file + " written", Files.isRegularFile(file));
    return JSON.readTree(file.toFile());
  }
}
