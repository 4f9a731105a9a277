package org.sorn.ip.unclamped;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.api.PlasticityRule;
import org.sorn.api.Slots;
import org.sorn.engine.SornState;
import org.sorn.testkit.TestConfig;
import org.sorn.testkit.TestRun;
import org.sorn.testkit.TestStates;

class UnclampedIntrinsicPlasticityTest {
  private static final double[][] NO_WEI = new double[0][];
  private static final double[][] NO_Y = new double[0][];

  private static PlasticityRule rule(
      int ne, int nu, Map<String, Object> config, Map<String, Double> run) {
    UnclampedIntrinsicPlasticity mechanism = new UnclampedIntrinsicPlasticity();
    mechanism.configure(TestConfig.of(UnclampedIntrinsicPlasticity.Config.class, config));
    return mechanism.bind(new TestRun(ne, nu, 1L, run));
  }

  private static SornState state(double[] te, String xt1) {
    double[][] x = TestStates.activity("0".repeat(te.length), xt1);
    SornState s = TestStates.of(new double[te.length][te.length], NO_WEI, x, NO_Y);
    System.arraycopy(te, 0, s.te(), 0, te.length);
    return s;
  }

  /** Writes x(t+1) from a 0/1 string, as the engine does before plasticity. */
  private static void fire(SornState s, String xt1) {
    boolean[] next = s.x().shift();
    for (int i = 0; i < next.length; i++) {
      next[i] = xt1.charAt(i) == '1';
    }
    s.x().indexAfter();
  }

  @Test
  void firingRaisesAndSilenceLowersTheThreshold() {
    // ne=4, nu=1: h_ip = 2/4 = 0.5, eta_ip = 0.01
    SornState s = state(new double[] {0.5, 0.5, 0.3, 0.3}, "1010");
    rule(4, 1, Map.of(), Map.of()).apply(s);
    assertArrayEquals(
        new double[] {0.5 + 0.01 * 0.5, 0.5 + 0.01 * -0.5, 0.3 + 0.01 * 0.5, 0.3 + 0.01 * -0.5},
        s.te());
  }

  @Test
  void thresholdsLeaveZeroToOneWhereThePackageWouldClampThem() {
    // unit 0 stays silent and sinks below te_min = 0; unit 1 keeps firing and rises above 1
    PlasticityRule rule = rule(2, 1, Map.of(), Map.of("eta_ip", 0.1, "h_ip", 0.5));
    SornState s = state(new double[] {0.2, 0.8}, "01");
    rule.apply(s);
    for (int step = 1; step < 10; step++) {
      fire(s, "01");
      rule.apply(s);
    }
    assertEquals(0.2 - 10 * 0.05, s.te()[0], 1e-12);
    assertEquals(0.8 + 10 * 0.05, s.te()[1], 1e-12);
    assertTrue(s.te()[0] < 0.0 && s.te()[1] > 1.0);
  }

  @Test
  void aRunsTeMinAndTeMaxAreNotItsParameters() {
    Map<String, Double> run = Map.of("eta_ip", 0.1, "h_ip", 0.5, "te_min", 0.2, "te_max", 0.8);
    PlasticityRule rule = rule(2, 1, Map.of(), run);
    SornState s = state(new double[] {0.21, 0.79}, "01");
    rule.apply(s);
    assertArrayEquals(new double[] {0.21 + 0.1 * -0.5, 0.79 + 0.1 * 0.5}, s.te());
    // so that changing te_max mid-run does not rebind this rule
    assertEquals(List.of("eta_ip", "h_ip"), List.copyOf(rule.parameters().keySet()));
  }

  @Test
  void everyStepIsThePackagesIncrementBitForBit() {
    SplittableRandom random = new SplittableRandom(5);
    int ne = 40;
    double[] expected = new double[ne];
    for (int i = 0; i < ne; i++) {
      expected[i] = random.nextDouble();
    }
    SornState s = state(expected, "0".repeat(ne));
    double hIp = (2.0 * 4) / ne;
    PlasticityRule rule = rule(ne, 4, Map.of(), Map.of("eta_ip", 0.03));
    for (int step = 0; step < 200; step++) {
      StringBuilder bits = new StringBuilder();
      for (int i = 0; i < ne; i++) {
        bits.append(random.nextDouble() < 0.2 ? '1' : '0');
      }
      fire(s, bits.toString());
      rule.apply(s);
      for (int i = 0; i < ne; i++) {
        expected[i] = expected[i] + 0.03 * ((bits.charAt(i) == '1' ? 1.0 : 0.0) - hIp);
      }
      assertArrayEquals(expected, s.te(), "step " + step);
    }
  }

  @Test
  void theTargetRateDefaultsToTwiceNuOverNe() {
    assertEquals((2.0 * 10) / 200, rule(200, 10, Map.of(), Map.of()).parameters().get("h_ip"));
    assertEquals(0.2, rule(20, 2, Map.of(), Map.of()).parameters().get("h_ip"));
    assertEquals(0.3, rule(20, 2, Map.of("h__ip", 0.3), Map.of()).parameters().get("h_ip"));
  }

  @Test
  void theRunsValueBeatsTheConfigurationWhichBeatsTheDefault() {
    assertEquals(Map.of("eta_ip", 0.01, "h_ip", 0.2), rule(20, 2, Map.of(), Map.of()).parameters());
    Map<String, Object> config = Map.of("eta__ip", 0.02, "h__ip", 0.3);
    assertEquals(Map.of("eta_ip", 0.02, "h_ip", 0.3), rule(20, 2, config, Map.of()).parameters());
    PlasticityRule r = rule(20, 2, config, Map.of("eta_ip", 0.05, "h_ip", 0.25));
    assertEquals(Map.of("eta_ip", 0.05, "h_ip", 0.25), r.parameters());
    assertThrows(UnsupportedOperationException.class, () -> r.parameters().put("h_ip", 1.0));
  }

  @Test
  void fillsTheIpSlotAsTheVariantIpUnclamped() {
    UnclampedIntrinsicPlasticity mechanism = new UnclampedIntrinsicPlasticity();
    assertEquals("ip", mechanism.slot());
    assertEquals("ip-unclamped", mechanism.variant());
    assertEquals(Slots.ORDER_IP, mechanism.order());
  }
}
