package org.sorn.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sorn.api.NetworkState;
import org.sorn.api.SynapticWeights;

/** The benchmarks time the engine's own step: continuing a warm network here changes nothing. */
class WarmNetworkTest {

  @Test
  void partsAreTheStepInOrder() {
    assertEquals(
        List.of("input", "noise", "update", "index", "stdp", "ip", "sp", "istdp", "ss"),
        WarmNetwork.warm(20, 1, 10).parts());
  }

  @Test
  void aWarmNetworkSteppedOnEqualsTheEngineRunLongerBitForBitAcrossACompaction() {
    WarmNetwork whole = WarmNetwork.warm(60, 7, 900);
    WarmNetwork byParts = WarmNetwork.warm(60, 7, 900);
    for (int t = 0; t < 200; t++) {
      whole.step();
      for (int p = 0; p < byParts.parts().size(); p++) {
        byParts.run(p);
      }
    }
    NetworkState engine = WarmNetwork.warm(60, 7, 1100).state();
    assertSame(engine, whole.state());
    assertSame(engine, byParts.state());
    assertTrue(engine.x().activeAfterCount() > 0, "the network is active");
  }

  @Test
  void lambdaIeMakesTheInhibitoryInputSparse() {
    NetworkState dense = WarmNetwork.warm(60, 1, 10).state();
    NetworkState sparse = WarmNetwork.warm(60, 5, 1, 10).state();
    assertEquals(60 * 12, dense.wie().stored());
    assertTrue(sparse.wie().stored() < 12 * 10, "about 5 inputs per I unit: " + sparse.wie().stored());
  }

  private static void assertSame(NetworkState expected, NetworkState actual) {
    assertArrayEquals(expected.te(), actual.te(), "Te");
    assertArrayEquals(expected.ti(), actual.ti(), "Ti");
    assertArrayEquals(expected.x().after(), actual.x().after(), "x(t+1)");
    assertArrayEquals(expected.y().after(), actual.y().after(), "y(t+1)");
    assertWeights(expected.wee(), actual.wee(), "Wee");
    assertWeights(expected.wei(), actual.wei(), "Wei");
    assertWeights(expected.wie(), actual.wie(), "Wie");
  }

  private static void assertWeights(SynapticWeights expected, SynapticWeights actual, String name) {
    assertEquals(expected.stored(), actual.stored(), name + " stored entries");
    assertArrayEquals(expected.rowStart(), actual.rowStart(), name + " rows");
    assertArrayEquals(
        Arrays.copyOf(expected.postsynaptic(), expected.stored()),
        Arrays.copyOf(actual.postsynaptic(), actual.stored()), name + " columns");
    assertArrayEquals(
        Arrays.copyOf(expected.weights(), expected.stored()),
        Arrays.copyOf(actual.weights(), actual.stored()), name + " weights");
  }
}
