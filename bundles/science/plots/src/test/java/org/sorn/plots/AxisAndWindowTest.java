package org.sorn.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.recording.BitSeriesWriter;
import org.sorn.recording.Encoding;
import org.sorn.recording.LongSeriesWriter;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.StepWindow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the SVGs say on their axes: step ticks that can be told apart on a long run, the population
 * rate on an axis of its own, and the window of --from/--to.
 */
class AxisAndWindowTest {
  private static final int NE = 40;
  /** The recording covers steps 198,000 to 202,000 of a long run. */
  private static final long FIRST = 198_000;
  private static final long LAST = 202_000;

  @TempDir Path run;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int plot(String... args) {
    return new PlotCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private void record() throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    Map<String, Object> sidecar = Map.of("ne", (long) NE);
    try (BitSeriesWriter x = new BitSeriesWriter(run, new SeriesLayout("ExcitatoryActivation",
        "test", Encoding.BITS, List.of(NE), new StepWindow(FIRST, LAST, 1), sidecar))) {
      boolean[] step = new boolean[NE];
      for (long t = FIRST; t < LAST; t++) {
        for (int i = 0; i < NE; i++) {
          step[i] = random.nextDouble() < 0.1;
        }
        x.write(t, step);
      }
    }
    try (LongSeriesWriter c = new LongSeriesWriter(run, new SeriesLayout("EEConnectionCounts",
        "test", Encoding.INT64, List.of(), new StepWindow(FIRST, LAST, 10), sidecar))) {
      for (long t = FIRST; t < LAST; t += 10) {
        c.write(t, 100 + (t - FIRST) / 100);
      }
    }
  }

  /** The texts of an SVG with their positions. */
  private record Text(String text, double x, double y, boolean vertical) {}

  private List<Text> texts(String plot) throws Exception {
    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(run.resolve("plots").resolve(plot + ".svg").toFile());
    NodeList nodes = svg.getElementsByTagName("text");
    List<Text> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      texts.add(new Text(e.getTextContent(), Double.parseDouble(e.getAttribute("x")),
          Double.parseDouble(e.getAttribute("y")), e.hasAttribute("transform")));
    }
    return texts;
  }

  /** The labels under the x axis: the tick labels of the lowest panel. */
  private List<Long> xTicks(String plot) throws Exception {
    List<Long> ticks = new ArrayList<>();
    for (Text t : texts(plot)) {
      if (t.y() == Chart.lastBottom() + 20) {
        ticks.add(Long.parseLong(t.text().replace(",", "")));
      }
    }
    return ticks;
  }

  @Test
  void theStepTicksOfALongRunAreDistinctAndIncreasing() throws Exception {
    record();
    assertEquals(0, plot(run.toString(), "--what", "raster,scatter,connections,hamming",
        "--format", "svg"), err.toString());
    for (String plot : List.of("raster", "scatter", "connections", "hamming")) {
      List<Long> ticks = xTicks(plot);
      assertTrue(ticks.size() >= 3, plot + ": " + ticks);
      for (int i = 1; i < ticks.size(); i++) {
        assertTrue(ticks.get(i) > ticks.get(i - 1), plot + " ticks increase: " + ticks);
      }
      assertTrue(ticks.get(0) >= FIRST - 1000 && ticks.get(ticks.size() - 1) <= LAST + 1000,
          plot + " ticks within the recording: " + ticks);
    }
  }

  @Test
  void theRateHasAnAxisOfItsOwnUnderTheSpikes() throws Exception {
    record();
    assertEquals(0, plot(run.toString(), "--what", "raster", "--format", "svg"), err.toString());
    List<Text> texts = texts("raster");
    Text neuron = texts.stream().filter(t -> t.text().equals("neuron")).findFirst().orElseThrow();
    Text units = texts.stream().filter(t -> t.text().equals("active units")).findFirst()
        .orElseThrow();
    assertTrue(neuron.vertical() && units.vertical(), "both are y-axis labels");
    assertTrue(units.y() > neuron.y() + 100, "the rate's axis is below the spikes': " + texts);
    // y tick labels of the rate panel lie in its band, none of them in the spikes' band
    String svg = Files.readString(run.resolve("plots/raster.svg"));
    assertTrue(svg.contains("<polyline"), "a(t) is drawn");
    String line = svg.substring(svg.indexOf("<polyline"));
    String points = line.substring(line.indexOf("points=\"") + 8, line.indexOf("\"/>"));
    for (String point : points.split(" ")) {
      double y = Double.parseDouble(point.split(",")[1]);
      assertTrue(y >= 392 && y <= Chart.lastBottom(), "a(t) stays in its own panel: " + y);
    }
  }

  @Test
  void fromAndToShowOnlyTheirSteps() throws Exception {
    record();
    assertEquals(0, plot(run.toString(), "--what", "raster,connections,hamming", "--format",
        "svg", "--from", "200100", "--to", "200400"), err.toString());
    for (String plot : List.of("raster", "connections", "hamming")) {
      List<Long> ticks = xTicks(plot);
      assertTrue(ticks.get(0) >= 200_100 && ticks.get(ticks.size() - 1) <= 200_400,
          plot + ": " + ticks);
    }
    assertTrue(texts("hamming").stream().anyMatch(t -> t.text().contains("over 299 steps")),
        "the window's 300 steps give 299 distances");
    out.reset();
    assertEquals(0, plot(run.toString(), "--what", "raster", "--from", "500000"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(
        "skipped raster: not recorded from step 500,000; run with --record ExcitatoryActivation"),
        out.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(2, plot(run.toString(), "--from", "10", "--to", "5"));
    assertEquals("plot: --to must be after --from, got --from 10 and --to 5",
        err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void tickLabelsStayDistinctForEveryKindOfRange() {
    assertEquals(List.of("199,000", "199,500", "200,000"),
        List.of(TickLabels.of(new double[] {199_000, 199_500, 200_000})));
    assertEquals(List.of("0", "0.25", "0.5", "0.75"),
        List.of(TickLabels.of(new double[] {0, 0.25, 0.5, 0.75})));
    assertEquals(List.of("1.0001", "1.0002", "1.0003"),
        List.of(TickLabels.of(new double[] {1.0001, 1.0002, 1.0003})));
    assertEquals(List.of("1e-06", "2e-06", "3e-06"),
        List.of(TickLabels.of(new double[] {1e-6, 2e-6, 3e-6})));
  }
}
