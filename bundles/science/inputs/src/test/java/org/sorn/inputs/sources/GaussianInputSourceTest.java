package org.sorn.inputs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.sorn.api.InputSequence;
import org.sorn.testkit.TestRun;

class GaussianInputSourceTest {

  @Test
  void thePackagesGeneratorIsBrokenWheneverItDrawsAnInput() throws Exception {
    // the reason this source is our reading of the package, not a copy of it
    for (JsonNode c : GoldenGenerators.cases("Initializer.generate_gaussian_inputs")) {
      assertEquals("TypeError", c.get("raises").asText());
    }
  }

  @Test
  void drawnUnitsGetTheirNormalValueAndTheOthersZero() {
    int ne = 20;
    int nu = 5;
    InputSequence input = open(ne, nu, 7, Map.of("gaussian_mean", 2.0, "gaussian_sd", 0.5));
    RandomGenerator replay = TestRun.stream(7, "input");
    double[] u = new double[nu];
    for (int t = 0; t < 100; t++) {
      input.fill(t, u);
      boolean[] drawn = new boolean[nu];
      int n = replay.nextInt(ne);
      for (int d = 0; d < n; d++) {
        drawn[replay.nextInt(nu)] = true;
      }
      for (int i = 0; i < nu; i++) {
        double z = replay.nextGaussian();
        assertEquals(drawn[i] ? 2.0 + 0.5 * z : 0.0, u[i], "step " + t + " unit " + i);
      }
    }
  }

  @Test
  void theInputOfADrawnUnitIsStandardNormalByDefault() {
    InputSequence input = open(200, 10, 1, Map.of());
    double[] u = new double[10];
    double sum = 0;
    double sumSquares = 0;
    long count = 0;
    for (int t = 0; t < 20_000; t++) {
      input.fill(t, u);
      for (double v : u) {
        if (v != 0) {
          sum += v;
          sumSquares += v * v;
          count++;
        }
      }
    }
    double mean = sum / count;
    assertTrue(count > 150_000, "most units are drawn at the default size: " + count);
    assertEquals(0.0, mean, 0.02);
    assertEquals(1.0, sumSquares / count - mean * mean, 0.02);
  }

  @Test
  void aNegativeStandardDeviationIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> open(20, 5, 1, Map.of("gaussian_sd", -1.0)));
    assertEquals("gaussian_sd must be >= 0, got -1.0", e.getMessage());
  }

  private static InputSequence open(int ne, int nu, long seed, Map<String, Double> parameters) {
    GaussianInputSource source = new GaussianInputSource();
    source.configure(Configs.defaults(GaussianInputSource.Config.class));
    return source.open(new TestRun(ne, nu, seed, parameters));
  }
}
