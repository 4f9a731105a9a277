package org.sorn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.analysis.api.RunStatistics;
import org.sorn.recording.BitSeriesWriter;
import org.sorn.recording.DoubleSeriesWriter;
import org.sorn.recording.Encoding;
import org.sorn.recording.LongSeriesWriter;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.StepWindow;
import org.sorn.statistics.Autocorrelation;
import org.sorn.statistics.Descriptive;
import org.sorn.statistics.FiringRate;

/** {@code ./sorn analyze} on a recording store written with the store's own writers. */
class AnalyzeCommandTest {
  private static final int NE = 12;
  private static final int STEPS = 400;

  @TempDir Path run;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int analyze(String... args) {
    return new AnalyzeCommand()
        .run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static SeriesLayout layout(String name, Encoding e, List<Integer> shape, long every) {
    return new SeriesLayout(
        name, "test", e, shape, new StepWindow(0, STEPS, every), Map.of("ne", (long) NE));
  }

  private boolean[][] record(boolean withCounts, boolean withWeights) throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    boolean[][] train = new boolean[STEPS][NE];
    try (BitSeriesWriter x =
        new BitSeriesWriter(run, layout("ExcitatoryActivation", Encoding.BITS, List.of(NE), 1))) {
      for (int t = 0; t < STEPS; t++) {
        for (int i = 0; i < NE; i++) {
          train[t][i] = random.nextDouble() < 0.1 + 0.05 * i / NE;
        }
        x.write(t, train[t]);
      }
    }
    if (withCounts) {
      try (LongSeriesWriter c =
          new LongSeriesWriter(run, layout("EEConnectionCounts", Encoding.INT64, List.of(), 1))) {
        for (int t = 0; t < STEPS; t++) {
          c.write(t, 20 + t / 40);
        }
      }
    }
    if (withWeights) {
      try (DoubleSeriesWriter w =
          new DoubleSeriesWriter(run, layout("WEE", Encoding.FLOAT64, List.of(NE, NE), 200))) {
        for (long t : new long[] {0, 200}) {
          double[] m = new double[NE * NE];
          // the last snapshot has e^0, e^1, e^2 once each; the first one is different
          if (t == 200) {
            m[1] = 1;
            m[2] = Math.E;
            m[3] = Math.E * Math.E;
          } else {
            m[5] = 0.5;
          }
          w.write(t, m);
        }
      }
    }
    return train;
  }

  @Test
  void writesTheStatisticsOfTheRecording() throws IOException {
    boolean[][] train = record(true, true);
    assertEquals(0, analyze(run.toString(), "--size-range", "1:50"), err.toString());
    JsonNode json = new ObjectMapper().readTree(run.resolve("analysis.json").toFile());
    assertEquals(NE, json.get("ne").asInt());
    assertEquals(STEPS, json.get("steps_analysed").asInt());
    double[] rates = Descriptive.toDoubles(FiringRate.ofNetwork(train));
    assertEquals(Descriptive.mean(rates),
        json.get("firing_rate_network").get("mean_active_units").asDouble(), 1e-12);
    assertEquals(Autocorrelation.at(rates, 2), json.get("autocorrelation_lag_2").asDouble(), 1e-12);
    assertEquals(5, json.get("fano_factors").size());
    JsonNode ee = json.get("ee_connection_fraction");
    assertEquals(20.0 / (NE * (NE - 1)), ee.get("first").asDouble(), 1e-15);
    assertEquals(29.0 / (NE * (NE - 1)), ee.get("last").asDouble(), 1e-15);
    assertEquals(STEPS, ee.get("fraction").size());
    assertEquals(1.0, json.get("wee_lognormal_fit").get("mu").asDouble(), 1e-12);
    JsonNode sizes = json.get("avalanches").get("size_fit");
    assertEquals(50, sizes.get("xmax").asInt());
    assertTrue(json.get("avalanches").get("count").asInt() > 0);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("autocorrelation at lag 2: "), printed);
    assertTrue(printed.contains("EE connection fraction: "), printed);
    assertTrue(printed.contains("wrote " + run.resolve("analysis.json")), printed);
  }

  @Test
  void saysWhatIsNotRecordedAndStillAnalysesTheActivity() throws IOException {
    record(false, false);
    assertEquals(0, analyze(run.toString()), err.toString());
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("not recorded (--record EEConnectionCounts)"), printed);
    JsonNode json = new ObjectMapper().readTree(run.resolve("analysis.json").toFile());
    assertFalse(json.has("ee_connection_fraction"));
  }

  @Test
  void theFitRangesDefaultToThePapersForTheNetworkSize() throws Exception {
    record(false, false);
    assertEquals(0, analyze(run.toString()), err.toString());
    JsonNode avalanches =
        new ObjectMapper().readTree(run.resolve("analysis.json").toFile()).get("avalanches");
    // ne = 12 is nearest the paper's smallest network, N_E = 50
    JsonNode sizes = avalanches.get("size_fit");
    assertEquals(3, sizes.get("xmin").asInt());
    assertEquals(100, sizes.get("xmax").asInt());
    assertEquals("Del Papa et al. 2017, N_E = 50", sizes.get("range_from").asText());
    JsonNode durations = avalanches.get("duration_fit");
    assertEquals(2, durations.get("xmin").asInt());
    assertEquals(10, durations.get("xmax").asInt());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("(Del Papa et al. 2017, N_E = 50)"));
  }

  @Test
  void theExportedStatisticsAreWhatAnalysisJsonHolds() throws Exception {
    record(true, true);
    assertEquals(0, analyze(run.toString()), err.toString());
    ObjectMapper json = new ObjectMapper();
    // both through JSON text, so that an int and a long of the same value compare equal
    assertEquals(json.readTree(run.resolve("analysis.json").toFile()),
        json.readTree(json.writeValueAsString(RunStatistics.of(run))));
  }

  @Test
  void aDirectoryThatIsNotARunIsOneLineAndExitTwo() throws IOException {
    assertEquals(2, analyze(run.resolve("nowhere").toString()));
    assertEquals("analyze: " + run.resolve("nowhere") + " is not a directory; expected a run directory",
        err.toString(StandardCharsets.UTF_8).strip());
    err.reset();
    assertEquals(2, analyze(run.toString()));
    assertEquals(run + " is not a run directory: it has no data/ recording store",
        err.toString(StandardCharsets.UTF_8).strip().substring("analyze: ".length()));
  }

  @Test
  void aRunWithoutActivityNamesTheRecordOption() throws IOException {
    Files.createDirectories(run.resolve("data"));
    try (LongSeriesWriter c =
        new LongSeriesWriter(run, layout("EEConnectionCounts", Encoding.INT64, List.of(), 1))) {
      c.write(0, 3);
    }
    assertEquals(2, analyze(run.toString()));
    assertEquals(
        "analyze: " + run + " has no ExcitatoryActivation recording;"
            + " run with --record ExcitatoryActivation",
        err.toString(StandardCharsets.UTF_8).strip());
  }

  /** Activity with avalanches whose sizes spread over a decade or more: rare large bursts. */
  private void recordBursts(int steps) throws IOException {
    SplittableRandom random = new SplittableRandom(9);
    try (BitSeriesWriter x = new BitSeriesWriter(run, new SeriesLayout("ExcitatoryActivation",
        "test", Encoding.BITS, List.of(NE), new StepWindow(0, steps, 1), Map.of("ne", (long) NE)))) {
      boolean[] step = new boolean[NE];
      int burst = 0;
      for (int t = 0; t < steps; t++) {
        if (burst == 0 && random.nextDouble() < 0.05) {
          burst = 1 + (int) Math.floor(Math.pow(1 - random.nextDouble(), -1 / 1.2));
        }
        for (int i = 0; i < NE; i++) {
          step[i] = burst > 0 ? random.nextDouble() < 0.8 : random.nextDouble() < 0.02;
        }
        burst = Math.max(0, burst - 1);
        x.write(t, step);
      }
    }
  }

  @Test
  void theAvalanchesGetAHeavyTailVerdictWithItsBootstrap() throws IOException {
    recordBursts(20_000);
    assertEquals(0, analyze(run.toString(), "--bootstraps", "30", "--seed", "4"), err.toString());
    JsonNode avalanches =
        new ObjectMapper().readTree(run.resolve("analysis.json").toFile()).get("avalanches");
    for (String tail : List.of("size_tail", "duration_tail")) {
      JsonNode t = avalanches.get(tail);
      assertTrue(t.get("alpha").asDouble() > 1, t.toString());
      assertEquals(30, t.get("goodness_of_fit").get("bootstraps").asInt());
      assertEquals(4, t.get("goodness_of_fit").get("seed").asInt());
      assertTrue(t.get("verdict").asText().matches(
          "(inconclusive: .*; )?power law (plausible|not supported): p = .*"),
          t.get("verdict").asText());
      for (String family : List.of("lognormal", "exponential", "truncated_power_law")) {
        assertTrue(t.get("alternatives").get(family).has("log_likelihood_ratio"), family);
      }
    }
    assertTrue(avalanches.get("scaling").has("gamma_fitted"));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("  sizes: power law alpha "), printed);
    assertTrue(printed.contains("  durations: power law alpha "), printed);
    // the same seed, the same verdict
    String first = avalanches.toString();
    assertEquals(0, analyze(run.toString(), "--bootstraps", "30", "--seed", "4"));
    assertEquals(first, new ObjectMapper().readTree(run.resolve("analysis.json").toFile())
        .get("avalanches").toString());
  }

  @Test
  void fromAndToKeepTheRecordedStepsOfTheWindow() throws IOException {
    boolean[][] train = record(true, false);
    assertEquals(0, analyze(run.toString(), "--from", "100", "--to", "300", "--bootstraps", "0"),
        err.toString());
    JsonNode json = new ObjectMapper().readTree(run.resolve("analysis.json").toFile());
    assertEquals(200, json.get("steps_analysed").asInt());
    assertEquals(100, json.get("first_step").asInt());
    assertEquals(299, json.get("last_step").asInt());
    double[] rates = Descriptive.toDoubles(
        FiringRate.ofNetwork(java.util.Arrays.copyOfRange(train, 100, 300)));
    assertEquals(Descriptive.mean(rates),
        json.get("firing_rate_network").get("mean_active_units").asDouble(), 1e-12);
    JsonNode ee = json.get("ee_connection_fraction");
    assertEquals((20.0 + 100 / 40) / (NE * (NE - 1)), ee.get("first").asDouble(), 1e-15);
    assertEquals(200, ee.get("fraction").size());
    err.reset();
    assertEquals(2, analyze(run.toString(), "--from", "5000"));
    assertEquals("analyze: ExcitatoryActivation has 0 recorded steps in [5000, end); the"
        + " statistics need at least 3", err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void theHeadlineCorrelationIsBetweenDistinctNeuronsAndThePackagesNumberKeepsItsName()
      throws IOException {
    record(false, false);
    assertEquals(0, analyze(run.toString(), "--bootstraps", "0"), err.toString());
    JsonNode c = new ObjectMapper().readTree(run.resolve("analysis.json").toFile())
        .get("correlation");
    assertEquals("average_between_neurons", c.fieldNames().next());
    assertTrue(c.has("average_as_package"));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("mean correlation between distinct neurons: "
        + AnalyzeCommand.format(c.get("average_between_neurons").asDouble())
        + " (the package's avg_corr_coeff, sum / 200^2: "), printed);
  }

  @Test
  void badOptionsAreExitTwo() {
    assertEquals(2, analyze(run.toString(), "--size-range", "5:2"));
    assertEquals(
        "analyze: --size-range must be XMIN:XMAX with 1 <= XMIN < XMAX, got 5:2",
        err.toString(StandardCharsets.UTF_8).strip());
    err.reset();
    assertEquals(2, analyze(run.toString(), "--from", "300", "--to", "200"));
    assertEquals("analyze: --to must be after --from, got --from 300 and --to 200",
        err.toString(StandardCharsets.UTF_8).strip());
    err.reset();
    assertEquals(2, analyze(run.toString(), "--bootstraps", "-1"));
    assertEquals("analyze: --bootstraps must be an integer >= 0, got -1",
        err.toString(StandardCharsets.UTF_8).strip());
  }
}
