package org.sorn.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.Command;
import org.sorn.recording.BitSeriesWriter;
import org.sorn.recording.DoubleSeriesWriter;
import org.sorn.recording.Encoding;
import org.sorn.recording.LongSeriesWriter;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.StepWindow;

/** {@code ./sorn plot} and {@code ./sorn report} on a store written with the store's writers. */
class PlotAndReportTest {
  private static final int NE = 60;
  private static final int STEPS = 1500;
  private static final long SEED = 987654321L;

  @TempDir Path run;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int call(Command command, String... args) {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static SeriesLayout layout(String name, Encoding e, List<Integer> shape, long every) {
    return new SeriesLayout(
        name, "test", e, shape, new StepWindow(0, STEPS, every), Map.of("ne", (long) NE));
  }

  private void record(boolean withCounts, boolean withWeights) throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    try (BitSeriesWriter x =
        new BitSeriesWriter(run, layout("ExcitatoryActivation", Encoding.BITS, List.of(NE), 1))) {
      boolean[] step = new boolean[NE];
      for (int t = 0; t < STEPS; t++) {
        for (int i = 0; i < NE; i++) {
          step[i] = i != 7 && random.nextDouble() < 0.05 + 0.1 * i / NE;
        }
        x.write(t, step);
      }
    }
    if (withCounts) {
      try (LongSeriesWriter c =
          new LongSeriesWriter(run, layout("EEConnectionCounts", Encoding.INT64, List.of(), 1))) {
        for (int t = 0; t < STEPS; t++) {
          c.write(t, 400 + t / 10);
        }
      }
    }
    if (withWeights) {
      try (DoubleSeriesWriter w =
          new DoubleSeriesWriter(run, layout("WEE", Encoding.FLOAT64, List.of(NE, NE), 750))) {
        for (long t : new long[] {0, 750}) {
          double[] m = new double[NE * NE];
          for (int k = 0; k < m.length; k++) {
            m[k] = random.nextDouble() < 0.1 ? Math.exp(-3 + 0.8 * random.nextGaussian()) : 0;
          }
          w.write(t, m);
        }
      }
    }
    Files.writeString(run.resolve("run.json"),
        "{\"run_id\":\"run-test\",\"seed\":" + SEED + ",\"ne\":" + NE + ",\"steps_done\":"
            + STEPS + "}");
  }

  private void assertPng(PlotKind kind) throws IOException {
    Path file = run.resolve("plots").resolve(kind.fileName());
    assertTrue(Files.size(file) > 1000, file + " is nearly empty");
    BufferedImage image = ImageIO.read(file.toFile());
    assertNotNull(image, file + " is not a PNG");
    assertEquals(Chart.WIDTH, image.getWidth());
    assertEquals(Chart.HEIGHT, image.getHeight());
  }

  @Test
  void drawsEveryPlotAsAPngOfTheChartSize() throws IOException {
    record(true, true);
    assertEquals(0, call(new PlotCommand(), run.toString()), err.toString());
    for (PlotKind kind : PlotKind.values()) {
      assertPng(kind);
    }
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("skipped"), out.toString());
  }

  @Test
  void drawsOnlyWhatIsAskedAndSkipsWhatIsNotRecorded() throws IOException {
    record(false, false);
    assertEquals(0, call(new PlotCommand(), run.toString(), "--what", "raster,weights,connections"),
        err.toString());
    assertPng(PlotKind.RASTER);
    assertFalse(Files.exists(run.resolve("plots/rates.png")));
    assertFalse(Files.exists(run.resolve("plots/weights.png")));
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("skipped weights: not recorded; run with --record WEE"), said);
    assertTrue(said.contains("skipped connections: not recorded; run with --record"
        + " EEConnectionCounts"), said);
  }

  @Test
  void reportEmbedsEveryPlotAndTheSeed() throws IOException {
    record(true, true);
    assertEquals(0, call(new ReportCommand(), run.toString()), err.toString());
    String html = Files.readString(run.resolve("report.html"));
    int images = html.split("<img [^>]*src=\"data:image/png;base64,", -1).length - 1;
    assertEquals(PlotKind.values().length, images);
    assertTrue(html.contains(Long.toString(SEED)), "the seed is on the page");
    assertTrue(html.contains("mean_active_units"), "the key numbers are on the page");
    assertFalse(html.contains("src=\"plots/"), "no external image");
  }

  @Test
  void reportUsesTheAnalysisWhenPresent() throws IOException {
    record(false, false);
    Files.writeString(run.resolve("analysis.json"),
        "{\"firing_rate_network\":{\"mean_active_units\":4.25},\"fano_factors\":[1,2]}");
    assertEquals(0, call(new ReportCommand(), run.toString()), err.toString());
    String html = Files.readString(run.resolve("report.html"));
    assertTrue(html.contains("firing_rate_network.mean_active_units"), html);
    assertTrue(html.contains("4.25000"), html);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("skipped weights"));
  }

  @Test
  void aDirectoryThatIsNotARunIsAOneLineErrorWithExitCode2() throws IOException {
    assertEquals(2, call(new PlotCommand(), run.resolve("absent").toString()));
    assertEquals(2, call(new ReportCommand(), run.toString()));
    String said = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, said.lines().count(), said);
    assertTrue(said.contains("is not a run directory"), said);
    assertEquals(2, call(new PlotCommand(), run.toString(), "--what", "pictures"));
  }
}
