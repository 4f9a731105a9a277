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

  @Test
  void badOptionsAreExitTwo() {
    assertEquals(2, analyze(run.toString(), "--size-range", "5:2"));
    assertEquals(
        "analyze: --size-range must be XMIN:XMAX with 1 <= XMIN < XMAX, got 5:2",
        err.toString(StandardCharsets.UTF_8).strip());
  }
}
