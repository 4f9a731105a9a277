package org.sorn.noise.variance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.sorn.api.NoiseModel;
import org.sorn.engine.GaussianNoiseModel;
import org.sorn.testkit.TestConfig;
import org.sorn.testkit.TestRun;

class GaussianVarianceNoiseTest {
  private static final int NE = 20;
  private static final int NI = 4;

  private static NoiseModel.Noise noise(
      long seed, Map<String, Object> config, Map<String, Double> run) {
    GaussianVarianceNoise model = new GaussianVarianceNoise();
    model.configure(TestConfig.of(GaussianVarianceNoise.Config.class, config));
    return model.bind(TestRun.withNoise(NE, seed, 0.04, run));
  }

  @Test
  void theDefaultsAreTheEnginesGaussianNoiseBitForBit() {
    NoiseModel.Noise ours = noise(3L, Map.of(), Map.of());
    NoiseModel.Noise engines =
        new GaussianNoiseModel().bind(TestRun.withNoise(NE, 3L, 0.04, Map.of()));
    double[] e1 = new double[NE];
    double[] i1 = new double[NI];
    double[] e2 = new double[NE];
    double[] i2 = new double[NI];
    for (int step = 0; step < 50; step++) {
      ours.sample(e1, i1);
      engines.sample(e2, i2);
      assertArrayEquals(e2, e1, "step " + step);
      assertArrayEquals(i2, i1, "step " + step);
    }
  }

  @Test
  void eachPopulationDrawsFromTheNoiseStreamWithTheSquareRootOfItsVariance() {
    NoiseModel.Noise noise =
        noise(5L, Map.of(), Map.of("noise_variance_e", 0.25, "noise_variance_i", 0.01));
    RandomGenerator reference = TestRun.withNoise(NE, 5L, 0.04, Map.of()).random("noise");
    double[] e = new double[NE];
    double[] i = new double[NI];
    for (int step = 0; step < 10; step++) {
      noise.sample(e, i);
      for (int n = 0; n < NE; n++) {
        assertEquals(0.5 * reference.nextGaussian(), e[n], "xi_E " + n);
      }
      for (int k = 0; k < NI; k++) {
        assertEquals(0.1 * reference.nextGaussian(), i[k], "xi_I " + k);
      }
    }
  }

  @Test
  void theSampleVariancesAreTheConfiguredVariances() {
    NoiseModel.Noise noise =
        noise(7L, Map.of("noise__variance__e", 0.09, "noise__variance__i", 0.0004), Map.of());
    double[] e = new double[NE];
    double[] i = new double[NI];
    double sumE = 0;
    double sumI = 0;
    int steps = 20_000;
    for (int step = 0; step < steps; step++) {
      noise.sample(e, i);
      for (double v : e) {
        sumE += v * v;
      }
      for (double v : i) {
        sumI += v * v;
      }
    }
    // mean of squares of N(0, s2): s2, relative sd sqrt(2/n) = 0.2% for E, 0.7% for I
    assertEquals(0.09, sumE / (steps * NE), 0.09 * 0.02);
    assertEquals(0.0004, sumI / (steps * NI), 0.0004 * 0.04);
  }

  @Test
  void aZeroVarianceGivesNoNoiseOnThatPopulation() {
    NoiseModel.Noise noise = noise(9L, Map.of(), Map.of("noise_variance_i", 0.0));
    double[] e = new double[NE];
    double[] i = {1, 1, 1, 1};
    noise.sample(e, i);
    for (double v : i) {
      assertEquals(0.0, Math.abs(v));
    }
    assertEquals(NE, Arrays.stream(e).filter(v -> v != 0.0).count());
  }

  @Test
  void theRunsValueBeatsTheConfigurationWhichBeatsTheDefault() {
    assertEquals(
        Map.of("noise_variance_e", 0.0016, "noise_variance_i", 0.0016),
        noise(1L, Map.of(), Map.of()).parameters());
    Map<String, Object> config = Map.of("noise__variance__e", 0.01, "noise__variance__i", 0.02);
    assertEquals(
        Map.of("noise_variance_e", 0.01, "noise_variance_i", 0.02),
        noise(1L, config, Map.of()).parameters());
    NoiseModel.Noise n = noise(1L, config, Map.of("noise_variance_i", 0.5));
    assertEquals(Map.of("noise_variance_e", 0.01, "noise_variance_i", 0.5), n.parameters());
    assertEquals(
        List.of("noise_variance_e", "noise_variance_i"), List.copyOf(n.parameters().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> n.parameters().clear());
  }

  @Test
  void rejectsAVarianceThatIsNegativeOrNotFinite() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> noise(1L, Map.of(), Map.of("noise_variance_e", -0.01)));
    assertEquals("noise_variance_e must be a finite number >= 0, got -0.01", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> noise(1L, Map.of("noise__variance__i", Double.NaN), Map.of()));
    assertEquals("noise_variance_i must be a finite number >= 0, got NaN", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> noise(1L, Map.of(), Map.of("noise_variance_i", Double.POSITIVE_INFINITY)));
  }

  @Test
  void isTheVariantGaussianVarianceOfTheNoiseSlot() {
    assertEquals("gaussian-variance", new GaussianVarianceNoise().variant());
  }
}
