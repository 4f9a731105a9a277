package org.sorn.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry calls each statistic by the package's names with the package's arguments. */
class StatisticsFunctionsTest {
  private static final boolean[][] TRAIN = {
    {true, false, true}, {false, false, true}, {true, true, false}, {false, true, true}
  };

  @Test
  void thePackagesFunctionsAreThereByTheirNamesAndArguments() {
    Map<String, List<String>> expected = Map.of(
        "firing_rate_neuron", List.of("spike_train", "neuron", "bin_size"),
        "autocorr", List.of("firing_rates", "t"),
        "hamming_distance", List.of("actual_spike_train", "perturbed_spike_train"),
        "fanofactor", List.of("spike_train", "neuron", "window_size"),
        "spike_source_entropy", List.of("spike_train", "num_neurons"));
    expected.forEach((name, arguments) -> assertEquals(arguments, StatisticsFunctions.named(name)
        .orElseThrow().arguments().stream().map(StatisticsFunctions.Argument::name).toList()));
    assertEquals(15, StatisticsFunctions.all().size());
  }

  @Test
  void eachGivesWhatTheClassGives() {
    assertArrayEquals(FiringRate.ofNetwork(TRAIN), (int[]) call("firing_rate_network",
        Map.of("spike_train", TRAIN)));
    Map<?, ?> fano = (Map<?, ?>) call("fanofactor",
        Map.of("spike_train", TRAIN, "neuron", 2, "window_size", 2));
    assertEquals(FanoFactor.of(TRAIN, 2, 2).fano(), (Double) fano.get("fano"));
    double[][] auto = (double[][]) call("autocorr", Map.of("firing_rates",
        new double[] {1, 3, 2, 5, 4, 6}));
    assertEquals(Autocorrelation.at(new double[] {1, 3, 2, 5, 4, 6}, 2), auto[0][1]);
    Map<?, ?> avalanches = (Map<?, ?>) call("avalanches",
        Map.of("activity", new double[] {0, 3, 4, 0, 5, 0, 0}));
    assertEquals(0, avalanches.get("threshold"));
    assertArrayEquals(new long[] {7, 5}, (long[]) avalanches.get("sizes"));
    assertArrayEquals(new int[] {0, 2}, (int[]) call("spike_times",
        Map.of("spike_train", new boolean[] {true, false, true})));
  }

  @Test
  void aMissingOrUnknownArgumentIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> call("fanofactor", Map.of("spike_train", TRAIN, "neuron", 0)));
    assertEquals("fanofactor: argument window_size is required (the number of equal windows)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> call("autocorr", Map.of("firing_rates", new double[] {1, 2, 3, 4}, "lag", 1)));
    assertEquals("autocorr takes no argument lag; it takes firing_rates, t", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> call("firing_rate_neuron", Map.of("spike_train", TRAIN, "neuron", 5,
            "bin_size", 1)));
    assertEquals("neuron must be in 0..2 for 3 neurons, got 5", e.getMessage());
  }

  @Test
  void theHeavyTailIsTheAnalysis() {
    double[] data = Samples.discretePowerLaw(2.5, 1, 500, 3);
    Map<?, ?> m = (Map<?, ?>) call("heavy_tail", Map.of("data", data, "bootstraps", 0));
    assertEquals(HeavyTailAnalysis.of(data, true, 0, 1, 1, null).toMap(), m);
    assertTrue(((String) m.get("verdict")).startsWith("power law goodness of fit not tested"));
  }

  private static Object call(String name, Map<String, Object> arguments) {
    return StatisticsFunctions.named(name).orElseThrow().apply(arguments);
  }
}
