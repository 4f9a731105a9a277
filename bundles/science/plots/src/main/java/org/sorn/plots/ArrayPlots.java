package org.sorn.plots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.osgi.service.component.annotations.Component;
import org.sorn.plots.arrays.ArrayPlotter;
import org.sorn.plots.arrays.Figure;

/**
 * The package's Plotter on the caller's arrays (what the Python front calls): the drawings of
 * {@code ./sorn plot}, each rendered when asked into a temporary file of its format and read back.
 */
@Component(service = ArrayPlotter.class)
public final class ArrayPlots implements ArrayPlotter {

  /** Draws one panel on a surface. */
  @FunctionalInterface
  private interface Panel {
    void draw(Surface out) throws IOException;
  }

  @Override
  public Figure rasterPlot(boolean[][] spikeTrain) {
    boolean[][] train = train("spike_train", spikeTrain);
    return figure(out -> ActivityPlots.raster(train, steps(train.length), out));
  }

  @Override
  public Figure scatterPlot(boolean[][] spikeTrain) {
    boolean[][] train = train("spike_train", spikeTrain);
    return figure(out -> ActivityPlots.scatter(train, steps(train.length), out));
  }

  @Override
  public Figure histFiringRateNetwork(boolean[][] spikeTrain) {
    boolean[][] train = train("spike_train", spikeTrain);
    return figure(out -> ActivityPlots.rates(train, out));
  }

  @Override
  public Figure isiExponentialFit(boolean[][] spikeTrain, int neuron) {
    boolean[][] train = train("spike_train", spikeTrain);
    if (neuron < 0 || neuron >= train[0].length) {
      throw new IllegalArgumentException(
          "neuron must be in 0.." + (train[0].length - 1) + ", got " + neuron);
    }
    return figure(out -> ActivityPlots.isi(train, neuron, "", out));
  }

  @Override
  public Figure correlation(double[][] correlations) {
    double[][] r = square("corr", correlations);
    return figure(out -> ActivityPlots.correlation(r, "Correlation between neurons", out));
  }

  @Override
  public Figure hammingDistance(int[] distances) {
    if (distances == null || distances.length == 0) {
      throw new IllegalArgumentException("hamming_dist must hold at least one step, got none");
    }
    int[] d = distances.clone();
    return figure(out -> ActivityPlots.hamming(d, steps(d.length), "between the two trains", out));
  }

  @Override
  public Figure networkConnectionDynamics(long[] connectionCounts) {
    if (connectionCounts == null || connectionCounts.length == 0) {
      throw new IllegalArgumentException(
          "connection_counts must hold at least one step, got none");
    }
    long[] counts = connectionCounts.clone();
    // ne unknown (0): the counts themselves, as the package plots them
    return figure(out -> ConnectivityPlots.dynamics(steps(counts.length), counts, 0, out));
  }

  @Override
  public Figure weightDistribution(double[][] weights) {
    double[][] w = matrix("weights", weights);
    return figure(out -> WeightPlots.distribution(w, out));
  }

  @Override
  public Figure linearLognormalFit(double[][] weights) {
    double[][] w = matrix("weights", weights);
    return figure(out -> WeightPlots.linearFit(w, out), out -> WeightPlots.lognormalFit(w, out));
  }

  @Override
  public Figure histIncomingConn(double[][] weights) {
    double[][] w = matrix("weights", weights);
    return figure(out -> ConnectivityPlots.inDegree(w, out));
  }

  @Override
  public Figure histOutgoingConn(double[][] weights) {
    double[][] w = matrix("weights", weights);
    return figure(out -> ConnectivityPlots.outDegree(w, out));
  }

  @Override
  public Figure plotNetwork(double[][] correlations, double threshold) {
    double[][] r = square("corr", correlations);
    // the package's graph: an edge for each pair i != j whose correlation is above the threshold
    double[][] edges = new double[r.length][r.length];
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < r.length; j++) {
        edges[i][j] = i != j && r[i][j] > threshold ? r[i][j] : 0;
      }
    }
    return figure(out -> ConnectivityPlots.network(edges, out));
  }

  private static Figure figure(Panel... panels) {
    return new Drawing(List.of(panels));
  }

  /** Steps 0..n-1: arrays from a caller are numbered from their first row. */
  private static long[] steps(int n) {
    long[] steps = new long[n];
    for (int t = 0; t < n; t++) {
      steps[t] = t;
    }
    return steps;
  }

  private static boolean[][] train(String name, boolean[][] spikeTrain) {
    if (spikeTrain == null || spikeTrain.length == 0 || spikeTrain[0].length == 0) {
      throw new IllegalArgumentException(
          name + " must hold at least one step of at least one neuron (T x N), got none");
    }
    boolean[][] copy = new boolean[spikeTrain.length][];
    for (int t = 0; t < copy.length; t++) {
      if (spikeTrain[t].length != spikeTrain[0].length) {
        throw new IllegalArgumentException(
            name + " must have " + spikeTrain[0].length + " neurons at every step, step " + t
                + " has " + spikeTrain[t].length);
      }
      copy[t] = spikeTrain[t].clone();
    }
    return copy;
  }

  private static double[][] matrix(String name, double[][] values) {
    if (values == null || values.length == 0 || values[0].length == 0) {
      throw new IllegalArgumentException(name + " must be a matrix with at least one entry");
    }
    double[][] copy = new double[values.length][];
    for (int i = 0; i < copy.length; i++) {
      if (values[i].length != values[0].length) {
        throw new IllegalArgumentException(
            name + " must have " + values[0].length + " columns in every row, row " + i + " has "
                + values[i].length);
      }
      copy[i] = values[i].clone();
    }
    return copy;
  }

  private static double[][] square(String name, double[][] values) {
    double[][] m = matrix(name, values);
    if (m.length != m[0].length) {
      throw new IllegalArgumentException(
          name + " must be a square N x N matrix, got " + m.length + " x " + m[0].length);
    }
    return m;
  }

  /** The panels of one figure, side by side, rendered anew for each format asked. */
  private record Drawing(List<Panel> panels) implements Figure {

    @Override
    public byte[] png() throws IOException {
      if (panels.size() == 1) {
        return render(panels.get(0), Format.PNG);
      }
      BufferedImage whole =
          new BufferedImage(Chart.WIDTH * panels.size(), Chart.HEIGHT, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = whole.createGraphics();
      for (int p = 0; p < panels.size(); p++) {
        g.drawImage(
            ImageIO.read(new ByteArrayInputStream(render(panels.get(p), Format.PNG))),
            p * Chart.WIDTH, 0, null);
      }
      g.dispose();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(whole, "png", bytes);
      return bytes.toByteArray();
    }

    @Override
    public byte[] svg() throws IOException {
      if (panels.size() == 1) {
        return render(panels.get(0), Format.SVG);
      }
      int width = Chart.WIDTH * panels.size();
      StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
          .append(width).append("\" height=\"").append(Chart.HEIGHT).append("\" viewBox=\"0 0 ")
          .append(width).append(' ').append(Chart.HEIGHT).append("\">\n");
      for (int p = 0; p < panels.size(); p++) {
        String panel = new String(render(panels.get(p), Format.SVG), StandardCharsets.UTF_8);
        // each panel is a whole document: nested as an <svg> element shifted to its place
        String element = panel.substring(panel.indexOf("<svg"));
        svg.append(element.replaceFirst("<svg ", "<svg x=\"" + p * Chart.WIDTH + "\" y=\"0\" "));
      }
      return svg.append("</svg>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] render(Panel panel, Format format) throws IOException {
      Headless.ensure();
      Path file = Files.createTempFile("sorn-plot-", "." + format.extension());
      try {
        Surface surface = format.surface(file, Chart.WIDTH, Chart.HEIGHT);
        panel.draw(surface);
        return Files.readAllBytes(file);
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }
}
