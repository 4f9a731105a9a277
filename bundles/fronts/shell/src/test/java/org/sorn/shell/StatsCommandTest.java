package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.statistics.FanoFactor;
import org.sorn.statistics.FiringRate;
import org.sorn.statistics.HammingDistance;

/** {@code ./sorn stats} on a user's .npy, .npz and .csv arrays. */
class StatsCommandTest {
  @TempDir Path dir;

  private String out;
  private String err;

  private int stats(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = new StatsCommand().run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  /** input_b1.npy: a 3 x 5 array of booleans, a spike train of 3 steps and 5 neurons. */
  private Path train() throws IOException {
    return Files.write(dir.resolve("train.npy"), NpyReaderTest.resource("input_b1.npy"));
  }

  private static boolean[][] spikes(Path npy) throws IOException {
    double[][] m = NpyReader.read(Files.readAllBytes(npy)).toMatrix();
    boolean[][] b = new boolean[m.length][m[0].length];
    for (int t = 0; t < m.length; t++) {
      for (int i = 0; i < m[t].length; i++) {
        b[t][i] = m[t][i] == 1;
      }
    }
    return b;
  }

  @Test
  void aPackageFunctionRunsOnANumpyFileByItsNames() throws IOException {
    Path train = train();
    assertEquals(0, stats("firing_rate_network", train.toString()), err);
    List<String> counts = new ArrayList<>();
    for (int a : FiringRate.ofNetwork(spikes(train))) {
      counts.add(Integer.toString(a));
    }
    assertEquals("[" + String.join(", ", counts) + "]\n", out);

    Path result = dir.resolve("fano.json");
    assertEquals(0, stats("fanofactor", train.toString(), "--neuron", "1", "--window_size", "3",
        "--out", result.toString()), err);
    FanoFactor f = FanoFactor.of(spikes(train), 1, 3);
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertEquals(f.mean(), json.get("mean").asDouble(), 0);
    assertTrue(out.contains("mean: " + StatsCommand.Values.text(f.mean())), out);
    assertTrue(out.endsWith("wrote " + result + "\n"), out);
  }

  @Test
  void npzArraysArePickedByName() throws IOException {
    Path archive = dir.resolve("pair.npz");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("actual.npy", NpyReaderTest.resource("input_b1.npy"));
    entries.put("perturbed.npy", NpyReaderTest.resource("input_b1.npy"));
    NpzReaderTest.zip(archive, false, entries);
    assertEquals(0, stats("hamming_distance", archive + ":actual", archive + ":perturbed"), err);
    boolean[][] t = spikes(train());
    assertEquals(StatsCommand.Values.text(HammingDistance.perStep(t, t)) + "\n", out);
    assertEquals(2, stats("hamming_distance", archive.toString(), archive + ":perturbed"));
    assertEquals("stats hamming_distance: actual_spike_train " + archive + ": which array? it"
        + " holds actual, perturbed; give " + archive + ":ARRAY\n", err);
  }

  @Test
  void csvSeriesAndTheHeavyTail() throws IOException {
    Path rates = Files.writeString(dir.resolve("rates.csv"), "1\n3\n2\n5\n4\n6\n");
    assertEquals(0, stats("autocorr", rates.toString(), "--t", "1"), err);
    assertTrue(out.startsWith("[["), out);
    StringBuilder sizes = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sizes.append(1 + (int) Math.floor(Math.pow(1 - (i + 0.5) / 400, -1 / 1.5))).append(',');
    }
    Path data = Files.writeString(dir.resolve("sizes.csv"), sizes.substring(0, sizes.length() - 1));
    assertEquals(0, stats("heavy_tail", data.toString(), "--bootstraps", "0"), err);
    assertTrue(out.contains("verdict: power law goodness of fit not tested (no bootstrap)"), out);
    assertTrue(out.contains("alternatives:\n  lognormal:\n"), out);
  }

  @Test
  void mistakesAreOneLineAndExitTwo() throws IOException {
    assertEquals(2, stats("fano", "x.npy"));
    assertTrue(err.startsWith("stats: unknown function 'fano'; expected one of"
        + " firing_rate_neuron, firing_rate_network,"), err);
    Path train = train();
    assertEquals(2, stats("fanofactor", train.toString(), "--neuron", "1"));
    assertEquals("stats fanofactor: fanofactor: argument window_size is required (the number of"
        + " equal windows)\n", err);
    assertEquals(2, stats("fanofactor", train.toString(), "--neurons", "1"));
    assertEquals("stats fanofactor: unknown option --neurons; fanofactor takes --neuron,"
        + " --window_size (and --out)\n", err);
    assertEquals(2, stats("hamming_distance", train.toString()));
    assertEquals("stats hamming_distance: expected 2 files (actual_spike_train,"
        + " perturbed_spike_train), got 1\n", err);
    Path half = Files.writeString(dir.resolve("half.csv"), "0,0.5\n1,0\n");
    assertEquals(2, stats("firing_rate_network", half.toString()));
    assertEquals("stats firing_rate_network: spike_train " + half + ": element [0][1] is 0.5;"
        + " a spike train holds 0 and 1\n", err);
    assertEquals(2, stats("firing_rate_network", dir.resolve("absent.npy").toString()));
    assertEquals("stats firing_rate_network: spike_train: no such file "
        + dir.resolve("absent.npy") + "\n", err);
  }
}
