package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorn.api.run.RunDescription;

class NetworkInitializerTest {

  private static SornState fresh(int ne, long seed, Map<String, Double> parameters) {
    RunDescription d =
        RunDescription.builder()
            .ne(ne)
            .nu(10)
            .seed(seed)
            .steps(1)
            .noise(false)
            .noiseSigma(0.04)
            .parameters(parameters)
            .build();
    return new NetworkInitializer(Xoshiro256StarStar.forPurpose(seed, "init")).create(d);
  }

  @Test
  void matchesTheShapesAndStatisticsOfThePackage() {
    SornState s = fresh(200, 3, Map.of());
    assertEquals(200, s.ne());
    assertEquals(40, s.ni());
    // mean in-degree of W^EE is about lambda_ee - 0.5 (int() truncates)
    double meanInDegree = s.wee().stored() / 200.0;
    assertEquals(19.5, meanInDegree, 0.5);
    // lambda_ei is the out-degree of each inhibitory unit
    assertEquals(39.5, s.wei().stored() / 40.0, 1.0);
    assertEquals(200 * 40, s.wie().stored());
    for (int j = 0; j < 200; j++) {
      assertEquals(0.0, s.wee().get(j, j), "no self-connection");
    }
    for (CsrWeights w : new CsrWeights[] {s.wee(), s.wei(), s.wie()}) {
      for (double sum : NetworkInitializer.columnSums(w)) {
        assertEquals(1.0, sum, 1e-12);
      }
    }
    for (double t : s.te()) {
      assertTrue(t >= 0 && t < 1);
    }
    for (double t : s.ti()) {
      assertTrue(t >= 0 && t < 0.5);
    }
    assertEquals(0, s.x().activeAfterCount());
  }

  @Test
  void lambdaIeMakesTheExcitatoryToInhibitoryWeightsSparse() {
    SornState s = fresh(1000, 4, Map.of("lambda_ie", 30.0));
    assertEquals(200, s.ni());
    // lambda_ie is the in-degree of each inhibitory unit: about 29.5 on average
    assertEquals(29.5, s.wie().stored() / 200.0, 1.0);
    for (double sum : NetworkInitializer.columnSums(s.wie())) {
      assertEquals(1.0, sum, 1e-12);
    }
    assertEquals(1000 * 200, fresh(1000, 4, Map.of()).wie().stored(), "dense without lambda_ie");
  }

  @Test
  void aSeedGivesTheSameNetwork() {
    SornState a = fresh(50, 11, Map.of());
    SornState b = fresh(50, 11, Map.of());
    assertTrue(java.util.Arrays.deepEquals(a.wee().toDense(), b.wee().toDense()));
    assertTrue(java.util.Arrays.equals(a.te(), b.te()));
    SornState c = fresh(50, 12, Map.of());
    assertTrue(!java.util.Arrays.deepEquals(a.wee().toDense(), c.wee().toDense()));
  }

  @Test
  void smallNetworksWithTinyDegreesAreRepairedNotRejected() {
    // lambda 1 leaves many columns empty; every one gets weights, never a self-connection
    SornState s = fresh(6, 5, Map.of("lambda_ee", 1.0, "lambda_ei", 1.0));
    for (double sum : NetworkInitializer.columnSums(s.wee())) {
      assertEquals(1.0, sum, 1e-12);
    }
    for (double sum : NetworkInitializer.columnSums(s.wei())) {
      assertEquals(1.0, sum, 1e-12);
    }
    for (int j = 0; j < 6; j++) {
      assertEquals(0.0, s.wee().get(j, j));
    }
  }
}
