package org.sorn.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.analysis.api.RunStatistics;
import org.sorn.api.command.Command;
import org.sorn.recording.BitSeriesWriter;
import org.sorn.recording.DoubleSeriesWriter;
import org.sorn.recording.Encoding;
import org.sorn.recording.LongSeriesWriter;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.StepWindow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
    Path file = run.resolve("plots").resolve(kind.fileName(Format.PNG));
    assertTrue(Files.size(file) > 1000, file + " is nearly empty");
    BufferedImage image = ImageIO.read(file.toFile());
    assertNotNull(image, file + " is not a PNG");
    assertEquals(Chart.WIDTH, image.getWidth());
    assertEquals(Chart.HEIGHT, image.getHeight());
  }

  /** Parses the SVG with the JDK's XML parser; returns the text of its text elements. */
  private List<String> assertSvg(PlotKind kind) throws Exception {
    Path file = run.resolve("plots").resolve(kind.fileName(Format.SVG));
    assertTrue(Files.size(file) > 1000, file + " is nearly empty");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document svg = factory.newDocumentBuilder().parse(file.toFile());
    Element root = svg.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals(Integer.toString(Chart.WIDTH), root.getAttribute("width"));
    assertEquals(Integer.toString(Chart.HEIGHT), root.getAttribute("height"));
    assertEquals("0 0 " + Chart.WIDTH + " " + Chart.HEIGHT, root.getAttribute("viewBox"));
    NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> said = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      said.add(texts.item(i).getTextContent());
    }
    return said;
  }

  /** The axis labels each plot must carry (the network has no axes: its legend instead). */
  private static final Map<PlotKind, List<String>> LABELS = Map.ofEntries(
      Map.entry(PlotKind.RASTER, List.of("time step", "neuron", "active units")),
      Map.entry(PlotKind.SCATTER, List.of("time step", "neuron", "active units")),
      Map.entry(PlotKind.SIZES, List.of("avalanche size x (log scale)",
          "P(S >= x) (log scale)")),
      Map.entry(PlotKind.DURATIONS, List.of("avalanche duration x (log scale)",
          "P(T >= x) (log scale)")),
      Map.entry(PlotKind.RATES, List.of("active excitatory units per step", "number of steps")),
      Map.entry(PlotKind.ISI, List.of("interval (steps)", "number of intervals")),
      Map.entry(PlotKind.CORRELATION, List.of("neuron j", "neuron i")),
      Map.entry(PlotKind.HAMMING, List.of("time step", "units in a different state")),
      Map.entry(PlotKind.CONNECTIONS, List.of("time step", "fraction of EE connections")),
      Map.entry(PlotKind.WEIGHTS, List.of("weight", "number of synapses")),
      Map.entry(PlotKind.LINEAR_FIT, List.of("weight", "probability density")),
      Map.entry(PlotKind.LOGNORMAL_FIT, List.of("weight (log scale)", "density of ln(weight)")),
      Map.entry(PlotKind.IN_DEGREE, List.of("incoming EE connections per unit", "density")),
      Map.entry(PlotKind.OUT_DEGREE, List.of("outgoing EE connections per unit", "density")),
      Map.entry(PlotKind.NETWORK, List.of("darker and thicker: stronger")));

  @Test
  void drawsEveryPlotAsAPngAndAnSvgOfTheChartSize() throws Exception {
    record(true, true);
    assertEquals(0, call(new PlotCommand(), run.toString()), err.toString());
    assertEquals(PlotKind.values().length, LABELS.size());
    for (PlotKind kind : PlotKind.values()) {
      assertPng(kind);
      List<String> texts = assertSvg(kind);
      for (String label : LABELS.get(kind)) {
        assertTrue(texts.contains(label), kind + " lacks the label " + label + ": " + texts);
      }
      assertTrue(texts.size() >= 4, kind + " has almost no text: " + texts);
    }
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("skipped"), out.toString());
  }

  @Test
  void drawsOnlyWhatIsAskedAndSkipsWhatIsNotRecorded() throws IOException {
    record(false, false);
    assertEquals(0, call(new PlotCommand(), run.toString(), "--what", "raster,weights,connections",
        "--format", "png"), err.toString());
    assertPng(PlotKind.RASTER);
    assertFalse(Files.exists(run.resolve("plots/raster.svg")), "only the PNG was asked");
    assertFalse(Files.exists(run.resolve("plots/rates.png")));
    assertFalse(Files.exists(run.resolve("plots/weights.png")));
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("skipped weights: not recorded; run with --record WEE"), said);
    assertTrue(said.contains("skipped connections: not recorded; run with --record"
        + " EEConnectionCounts"), said);
  }

  @Test
  void theNetworkDrawingIsTheSameEveryTime() throws Exception {
    record(false, true);
    assertEquals(0, call(new PlotCommand(), run.toString(), "--what", "network", "--format",
        "svg"), err.toString());
    byte[] first = Files.readAllBytes(run.resolve("plots/network.svg"));
    assertEquals(0, call(new PlotCommand(), run.toString(), "--what", "network", "--format",
        "svg"), err.toString());
    assertArrayEquals(first, Files.readAllBytes(run.resolve("plots/network.svg")));
  }

  @Test
  void theNetworkDrawsOnlyTheStrongestConnections() throws Exception {
    // every one of the 60 x 60 weights present: more than the drawing holds
    double[][] wee = new double[NE][NE];
    for (int i = 0; i < NE; i++) {
      for (int j = 0; j < NE; j++) {
        wee[i][j] = (i * NE + j + 1) / (double) (NE * NE);
      }
    }
    Files.createDirectories(run.resolve("plots"));
    ConnectivityPlots.network(wee,
        new AllFormats(run.resolve("plots"), "network", List.of(Format.SVG), Chart.WIDTH,
            Chart.HEIGHT));
    List<String> texts = assertSvg(PlotKind.NETWORK);
    assertTrue(texts.contains("the " + ConnectivityPlots.NETWORK_EDGES + " strongest drawn"),
        texts.toString());
    assertTrue(texts.contains(NE + " units, " + NE * NE + " connections"), texts.toString());
    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(run.resolve("plots/network.svg").toFile());
    assertEquals(ConnectivityPlots.NETWORK_EDGES, svg.getElementsByTagName("line").getLength());
  }

  @Test
  void theHammingDistanceComparesWithATwinRun(@TempDir Path twin) throws Exception {
    record(false, false);
    // the twin: the same recording, so the distance is 0 at every step
    try (var files = Files.walk(run)) {
      for (Path p : files.toList()) {
        Path target = twin.resolve(run.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    assertEquals(0, call(new PlotCommand(), run.toString(), "--what", "hamming", "--twin",
        twin.toString()), err.toString());
    List<String> texts = assertSvg(PlotKind.HAMMING);
    assertTrue(texts.contains("Hamming distance to the twin run " + twin), texts.toString());
    assertTrue(texts.contains("mean 0.000 units over " + STEPS + " steps"), texts.toString());
    assertEquals(0, call(new PlotCommand(), run.toString(), "--what", "hamming"), err.toString());
    assertTrue(assertSvg(PlotKind.HAMMING).contains(
        "Hamming distance between consecutive steps, x(t-1) and x(t)"));
  }

  @Test
  void reportEmbedsEveryPlotAndTheAnalysisNumbers() throws Exception {
    record(true, true);
    assertEquals(0, call(new ReportCommand(), run.toString()), err.toString());
    String html = Files.readString(run.resolve("report.html"));
    int images = html.split("<img [^>]*src=\"data:image/png;base64,", -1).length - 1;
    assertEquals(PlotKind.values().length, images);
    for (PlotKind kind : PlotKind.values()) {
      assertTrue(html.contains("<figure id=\"" + kind.label() + "\">"), kind + " is on the page");
    }
    assertTrue(html.contains(Long.toString(SEED)), "the seed is on the page");
    assertFalse(html.contains("src=\"plots/"), "no external image");
    // the numbers are the analysis bundle's, as ./sorn analyze computes them
    Map<String, Object> analysis = RunStatistics.of(run);
    Map<?, ?> avalanches = (Map<?, ?>) analysis.get("avalanches");
    Map<?, ?> sizes = (Map<?, ?>) avalanches.get("size_fit");
    assertTrue(html.contains("avalanches.size_fit.xmin"), "the fixed-range fit is listed");
    assertTrue(html.contains(">" + sizes.get("xmin") + "<"), html);
    Object verdict = ((Map<?, ?>) avalanches.get("size_tail")).get("verdict");
    assertTrue(html.contains(Report.escape(String.valueOf(verdict))),
        "the verdict of the sizes is on the page: " + verdict);
    assertTrue(html.contains(">" + KeyNumbers.format((Double) ((Map<?, ?>) analysis
        .get("firing_rate_network")).get("mean_active_units")) + "<"), "the mean rate");
    Map<?, ?> weights = (Map<?, ?>) analysis.get("wee_lognormal_fit");
    assertTrue(html.contains(">" + KeyNumbers.format((Double) weights.get("mu")) + "<"), "mu");
    Map<?, ?> ee = (Map<?, ?>) analysis.get("ee_connection_fraction");
    assertTrue(html.contains(">" + KeyNumbers.format((Double) ee.get("last")) + "<"), "EE");
  }

  /**
   * The page reads as a results section: the key results, then the mechanisms, then the figures,
   * then the run record; run.json's values one a row, the raw file folded away last.
   */
  @Test
  void theReportPutsTheResultsFirstAndTheRawRecordLast() throws Exception {
    record(true, false);
    Files.writeString(run.resolve("run.json"), """
        {"run_id":"run-7","seed":3,"ne":60,"steps_done":1500,"steps_requested":1500,
         "status":"completed","hyperparameters":{"eta_stdp":0.004,"h_ip":0.1},
         "mechanisms":[{"slot":"stdp","variant":"stdp","bundle":"org.sorn.stdp",
           "bundle_version":"0.1.0","parameters":{"eta_stdp":0.004},"from_step":0},
          {"slot":"ip","variant":"ip-unclamped","bundle":"org.sorn.ip.unclamped",
           "bundle_version":"0.1.0","parameters":{"eta_ip":0.01},"from_step":700}],
         "events":[{"step":0,"kind":"start","slot":"stdp","message":"stdp: stdp"},
          {"step":700,"kind":"variant","slot":"ip","message":"ip: ip-unclamped from step 700"}],
         "command_line":"sorn run --ne 60 --steps 1500 --seed 3 --out somewhere"}
        """);
    assertEquals(0, call(new ReportCommand(), run.toString()), err.toString());
    String html = Files.readString(run.resolve("report.html"));
    int results = html.indexOf("<h2 id=\"results\">");
    int mechanisms = html.indexOf("<h2 id=\"mechanisms\">");
    int figures = html.indexOf("<h2 id=\"figures\">");
    int record = html.indexOf("<h2 id=\"record\">");
    int raw = html.indexOf("<details id=\"raw\">");
    assertTrue(0 < results && results < mechanisms && mechanisms < figures && figures < record
        && record < raw, "sections in order: " + List.of(results, mechanisms, figures, record, raw));
    assertTrue(html.contains("<th>Firing rate</th>"), html);
    assertTrue(html.contains("<th>Avalanche sizes</th>"), html);
    assertTrue(html.contains("<tr><td>ip</td><td>ip-unclamped</td><td>org.sorn.ip.unclamped 0.1.0"
        + "</td><td>eta_ip = 0.01</td><td class=\"n\">700</td></tr>"), html);
    assertTrue(html.contains("<tr><td class=\"n\">700</td><td>variant</td><td>ip: ip-unclamped"
        + " from step 700</td></tr>"), html);
    assertTrue(html.contains("<tr><th>eta_stdp</th><td class=\"n\">0.004</td></tr>"), html);
    assertTrue(html.contains("<tr><th>command_line</th><td>sorn run --ne 60"), html);
    // the raw JSON is there, but only in the folded part at the end
    assertEquals(html.indexOf("&quot;run_id&quot;"), html.lastIndexOf("&quot;run_id&quot;"));
    assertTrue(html.indexOf("&quot;run_id&quot;") > raw);
  }

  @Test
  void badOptionsAreOneLineAndExitTwo() {
    assertEquals(2, call(new PlotCommand(), run.toString(), "--format", "gif"));
    assertEquals("plot: --format: unknown format gif, expected png, svg or png,svg",
        err.toString(StandardCharsets.UTF_8).strip());
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
