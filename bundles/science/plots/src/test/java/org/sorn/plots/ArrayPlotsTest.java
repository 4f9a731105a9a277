package org.sorn.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sorn.plots.arrays.Figure;
import org.w3c.dom.Document;

/** Every plot of the package's Plotter drawn from arrays, as a PNG and an SVG that read back. */
class ArrayPlotsTest {
  private final ArrayPlots plotter = new ArrayPlots();

  private static boolean[][] train(int steps, int units, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean[][] train = new boolean[steps][units];
    for (boolean[] step : train) {
      for (int i = 0; i < units; i++) {
        step[i] = random.nextDouble() < 0.15;
      }
    }
    return train;
  }

  private static double[][] weights(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        w[i][j] = i != j && random.nextDouble() < 0.1 ? random.nextDouble() * 0.2 : 0;
      }
    }
    return w;
  }

  private static double[][] correlations(int n) {
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        r[i][j] = i == j ? 1 : Math.sin(i * 7 + j * 3) * 0.3;
      }
    }
    return r;
  }

  @Test
  void everyPlotRendersAsPngAndSvg() throws Exception {
    boolean[][] st = train(300, 40, 1);
    double[][] w = weights(40, 2);
    Map<String, Figure> figures = new LinkedHashMap<>();
    figures.put("raster_plot", plotter.rasterPlot(st));
    figures.put("scatter_plot", plotter.scatterPlot(st));
    figures.put("hist_firing_rate_network", plotter.histFiringRateNetwork(st));
    figures.put("isi_exponential_fit", plotter.isiExponentialFit(st, 3));
    figures.put("correlation", plotter.correlation(correlations(30)));
    figures.put("hamming_distance", plotter.hammingDistance(new int[] {0, 3, 5, 4, 8}));
    figures.put("network_connection_dynamics",
        plotter.networkConnectionDynamics(new long[] {120, 118, 121, 125}));
    figures.put("weight_distribution", plotter.weightDistribution(w));
    figures.put("hist_incoming_conn", plotter.histIncomingConn(w));
    figures.put("hist_outgoing_conn", plotter.histOutgoingConn(w));
    figures.put("plot_network", plotter.plotNetwork(correlations(30), 0.1));
    for (var entry : figures.entrySet()) {
      assertPng(entry.getKey(), entry.getValue().png(), Chart.WIDTH);
      assertSvg(entry.getKey(), entry.getValue().svg(), Chart.WIDTH);
    }
    // two panels side by side, as the package's two subplots
    Figure fit = plotter.linearLognormalFit(w);
    assertPng("linear_lognormal_fit", fit.png(), 2 * Chart.WIDTH);
    assertSvg("linear_lognormal_fit", fit.svg(), 2 * Chart.WIDTH);
  }

  @Test
  void theFigureKeepsTheArraysAsTheyWereWhenAsked() throws Exception {
    boolean[][] st = train(50, 10, 3);
    Figure figure = plotter.rasterPlot(st);
    byte[] before = figure.svg();
    for (boolean[] step : st) {
      java.util.Arrays.fill(step, true);
    }
    assertEquals(new String(before, StandardCharsets.UTF_8),
        new String(figure.svg(), StandardCharsets.UTF_8));
  }

  @Test
  void badArraysAreOneLineErrorsNamingTheArgument() {
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> plotter.rasterPlot(new boolean[0][0]));
    assertEquals(
        "spike_train must hold at least one step of at least one neuron (T x N), got none",
        empty.getMessage());
    IllegalArgumentException neuron =
        assertThrows(IllegalArgumentException.class,
            () -> plotter.isiExponentialFit(train(5, 4, 1), 4));
    assertEquals("neuron must be in 0..3, got 4", neuron.getMessage());
    IllegalArgumentException notSquare =
        assertThrows(IllegalArgumentException.class, () -> plotter.correlation(new double[2][3]));
    assertEquals("corr must be a square N x N matrix, got 2 x 3", notSquare.getMessage());
  }

  private static void assertPng(String name, byte[] png, int width) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, name + " is not a PNG");
    assertEquals(width, image.getWidth(), name);
    assertEquals(Chart.HEIGHT, image.getHeight(), name);
  }

  private static void assertSvg(String name, byte[] svg, int width) throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg));
    assertEquals("svg", doc.getDocumentElement().getNodeName(), name);
    assertEquals(Integer.toString(width), doc.getDocumentElement().getAttribute("width"), name);
    assertTrue(svg.length > 1000, name + " draws something");
  }
}
