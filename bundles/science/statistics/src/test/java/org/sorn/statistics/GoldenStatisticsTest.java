package org.sorn.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every function of spec section 7 against the package's outputs, where the package is right. */
class GoldenStatisticsTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void firingRateOfANeuron() {
    List<JsonNode> cases = Golden.cases("firing_rate_neuron");
    for (JsonNode c : cases) {
      JsonNode a = c.get("args");
      boolean[][] st = Golden.train(a.get("spike_train"));
      double rate = FiringRate.ofNeuron(st, a.get("neuron").asInt(), a.get("bin_size").asInt());
      assertEquals(c.get("output").get(0).asInt(), st.length);
      assertEquals(c.get("output").get(2).asDouble(), rate, TOLERANCE);
    }
    assertEquals(24, cases.size());
  }

  @Test
  void firingRateOfTheNetwork() {
    for (JsonNode c : Golden.cases("firing_rate_network")) {
      boolean[][] st = Golden.train(c.get("args").get("spike_train"));
      assertArrayEquals(Golden.ints(c.get("output")), FiringRate.ofNetwork(st));
    }
  }

  @Test
  void smoothness() {
    for (JsonNode c : Golden.cases("scale_dependent_smoothness_measure")) {
      double[] fr = Golden.doubles(c.get("args").get("firing_rates"));
      assertEquals(Golden.number(c.get("output")), Smoothness.scaleDependent(fr), TOLERANCE);
    }
    for (JsonNode c : Golden.cases("scale_independent_smoothness_measure")) {
      double[] fr = Golden.doubles(c.get("args").get("firing_rates"));
      assertEquals(Golden.number(c.get("output")), Smoothness.scaleIndependent(fr), 1e-10);
    }
  }

  @Test
  void autocorrelation() {
    List<JsonNode> cases = Golden.cases("autocorr");
    for (JsonNode c : cases) {
      double[] fr = Golden.doubles(c.get("args").get("firing_rates"));
      int lag = c.get("args").get("t").asInt();
      double[][] m = Autocorrelation.matrix(fr, lag);
      for (int i = 0; i < 2; i++) {
        assertArrayEquals(Golden.doubles(c.get("output").get(i)), m[i], TOLERANCE);
      }
    }
    assertEquals(15, cases.size());
  }

  @Test
  void correlationMatrixAndThePackagesAverage() {
    for (JsonNode c : Golden.cases("avg_corr_coeff")) {
      boolean[][] st = Golden.train(c.get("args").get("spike_train"));
      double[][] matrix = Correlation.matrix(st);
      JsonNode expected = c.get("output").get(0);
      for (int i = 0; i < matrix.length; i++) {
        assertArrayEquals(Golden.doubles(expected.get(i)), matrix[i], TOLERANCE, "row " + i);
      }
      assertEquals(
          Golden.number(c.get("output").get(1)), Correlation.averageAsPackage(matrix), TOLERANCE);
    }
  }

  @Test
  void averageCorrelationUsesNAndLeavesOutSilentNeurons() {
    for (JsonNode c : Golden.cases("avg_corr_coeff")) {
      double[][] matrix = Correlation.matrix(Golden.train(c.get("args").get("spike_train")));
      int n = matrix.length;
      double sum = 0;
      int defined = 0;
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(matrix[i][i])) {
          defined++;
          for (int j = 0; j < n; j++) {
            sum += Double.isNaN(matrix[j][j]) ? 0 : matrix[i][j];
          }
        }
      }
      double average = Correlation.average(matrix);
      assertFalse(Double.isNaN(average));
      assertEquals(sum / (defined * defined), average, TOLERANCE);
      if (defined == n) {
        // with no silent neuron it is the package's number rescaled from 200 to N
        assertEquals(Correlation.averageAsPackage(matrix) * 40000.0 / (n * n), average, 1e-12);
      }
    }
  }

  @Test
  void spikeTimes() {
    for (JsonNode c : Golden.cases("spike_times")) {
      JsonNode st = c.get("args").get("spike_train");
      JsonNode out = c.get("output");
      if (Golden.isTrain2d(st)) {
        int[][] times = SpikeTimes.of(Golden.train(st));
        assertArrayEquals(Golden.ints(out.get(0)), times[0]);
        assertArrayEquals(Golden.ints(out.get(1)), times[1]);
      } else {
        assertArrayEquals(Golden.ints(out.get(0)), SpikeTimes.of(Golden.flags(st)));
      }
    }
  }

  @Test
  void spikeTimeIntervalsOfOneNeuronAndThePackagesNumbersOnTwoDimensions() {
    for (JsonNode c : Golden.cases("spike_time_intervals")) {
      JsonNode st = c.get("args").get("spike_train");
      int[] expected = Golden.ints(c.get("output"));
      if (Golden.isTrain2d(st)) {
        assertArrayEquals(expected, SpikeTimes.intervalsAsPackage(Golden.train(st)));
      } else {
        assertArrayEquals(expected, SpikeTimes.intervals(Golden.flags(st)));
      }
    }
  }

  @Test
  void hammingDistance() {
    for (JsonNode c : Golden.cases("hamming_distance")) {
      boolean[][] a = Golden.train(c.get("args").get("actual_spike_train"));
      boolean[][] b = Golden.train(c.get("args").get("perturbed_spike_train"));
      assertArrayEquals(Golden.ints(c.get("output")), HammingDistance.perStep(a, b));
    }
  }

  @Test
  void fanoFactor() {
    List<JsonNode> cases = Golden.cases("fanofactor");
    int raised = 0;
    for (JsonNode c : cases) {
      JsonNode a = c.get("args");
      boolean[][] st = Golden.train(a.get("spike_train"));
      int neuron = a.get("neuron").asInt();
      int windows = a.get("window_size").asInt();
      if (c.has("raises")) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> FanoFactor.of(st, neuron, windows));
        assertTrue(e.getMessage().contains("windows must divide"), e.getMessage());
        raised++;
        continue;
      }
      FanoFactor f = FanoFactor.of(st, neuron, windows);
      double[] expected = Golden.doubles(c.get("output"));
      assertEquals(expected[0], f.mean(), TOLERANCE);
      assertEquals(expected[1], f.variance(), TOLERANCE);
      assertEquals(expected[2], f.fano(), TOLERANCE);
    }
    assertEquals(9, raised);
  }

  @Test
  void spikeSourceEntropy() {
    for (JsonNode c : Golden.cases("spike_source_entropy")) {
      boolean[][] st = Golden.train(c.get("args").get("spike_train"));
      int n = c.get("args").get("num_neurons").asInt();
      double expected = Golden.number(c.get("output"));
      assertEquals(expected, SpikeSourceEntropy.ofAsPackage(st, n), TOLERANCE);
      if (!Double.isNaN(expected)) {
        assertEquals(expected, SpikeSourceEntropy.of(st, n), TOLERANCE);
      } else {
        // the package's NaN came from a silent neuron: ours is a number in (0, 1]
        double ours = SpikeSourceEntropy.of(st, n);
        assertTrue(ours > 0 && ours <= 1, "entropy " + ours);
      }
    }
  }
}
