package org.sorn.ip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorn.api.PlasticityRule;
import org.sorn.api.Slots;
import org.sorn.engine.SornState;
import org.sorn.testkit.TestConfig;
import org.sorn.testkit.TestRun;
import org.sorn.testkit.TestStates;

class IntrinsicPlasticityTest {
  private static final double[][] NO_WEI = new double[0][];
  private static final double[][] NO_Y = new double[0][];

  private static PlasticityRule rule(
      int ne, int nu, Map<String, Object> config, Map<String, Double> run) {
    IntrinsicPlasticity mechanism = new IntrinsicPlasticity();
    mechanism.configure(TestConfig.of(IntrinsicPlasticity.Config.class, config));
    return mechanism.bind(new TestRun(ne, nu, 1L, run));
  }

  private static SornState state(double[] te, String xt1) {
    double[][] x = TestStates.activity("0".repeat(te.length), xt1);
    SornState s = TestStates.of(new double[te.length][te.length], NO_WEI, x, NO_Y);
    System.arraycopy(te, 0, s.te(), 0, te.length);
    return s;
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
  void thresholdsAreClampedToTeMinThenTeMax() {
    Map<String, Double> run = Map.of("eta_ip", 0.1, "te_min", 0.2, "te_max", 0.8, "h_ip", 0.5);
    // 0.21 - 0.05 <= 0.2 -> te_min; 0.79 + 0.05 and 0.76 + 0.05 > 0.8 -> te_max
    SornState s = state(new double[] {0.21, 0.79, 0.76, 0.5}, "0111");
    rule(4, 1, Map.of(), run).apply(s);
    assertArrayEquals(new double[] {0.2, 0.8, 0.8, 0.5 + 0.1 * 0.5}, s.te());
  }

  @Test
  void minIsAppliedBeforeMaxAndNaNStaysNaN() {
    // with te_min > te_max, min then max leaves te_max, as the package's reset order does
    Map<String, Double> run = Map.of("te_min", 0.9, "te_max", 0.1);
    SornState s = state(new double[] {0.5, Double.NaN}, "00");
    rule(2, 1, Map.of(), run).apply(s);
    assertArrayEquals(new double[] {0.1, Double.NaN}, s.te());
  }

  @Test
  void theTargetRateDefaultsToTwiceNuOverNe() {
    assertEquals((2.0 * 10) / 200, rule(200, 10, Map.of(), Map.of()).parameters().get("h_ip"));
    assertEquals(0.2, rule(20, 2, Map.of(), Map.of()).parameters().get("h_ip"));
    assertEquals(0.3, rule(20, 2, Map.of("h__ip", 0.3), Map.of()).parameters().get("h_ip"));
  }

  @Test
  void theRunsValueBeatsTheConfigurationWhichBeatsTheDefault() {
    Map<String, Object> config = Map.of("eta__ip", 0.02, "te__max", 0.9, "h__ip", 0.3);
    PlasticityRule r = rule(20, 2, config, Map.of("eta_ip", 0.05, "h_ip", 0.25));
    assertEquals(
        Map.of("eta_ip", 0.05, "te_min", 0.0, "te_max", 0.9, "h_ip", 0.25), r.parameters());
    assertEquals(
        List.of("eta_ip", "te_min", "te_max", "h_ip"), List.copyOf(r.parameters().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> r.parameters().put("h_ip", 1.0));
    assertEquals(
        Map.of("eta_ip", 0.01, "te_min", 0.0, "te_max", 1.0, "h_ip", 0.2),
        rule(20, 2, Map.of(), Map.of()).parameters());
  }

  @Test
  void reproducesThePackagesThresholdTraceWithOddParameters() throws IOException {
    assertReproduces("ne20_T30_odd_params.txt", true);
  }

  @Test
  void reproducesThePackagesThresholdTraceWithDerivedTarget() throws IOException {
    assertReproduces("ne50_T50_fresh.txt", false);
  }

  @Test
  void fillsTheIpSlotAsThePackagesOwnRule() {
    IntrinsicPlasticity mechanism = new IntrinsicPlasticity();
    assertEquals("ip", mechanism.slot());
    assertEquals("ip", mechanism.variant());
    assertEquals(Slots.ORDER_IP, mechanism.order());
  }

  /** TE[t] = ip(TE[t-1], x(t+1)) for every step of a golden case, bit for bit. */
  private static void assertReproduces(String resource, boolean runSetsParameters)
      throws IOException {
    List<String[]> lines = read(resource);
    String[] p = lines.get(0);
    int ne = Integer.parseInt(p[1]);
    int nu = Integer.parseInt(p[2]);
    Map<String, Double> run =
        runSetsParameters
            ? Map.of(
                "eta_ip", Double.parseDouble(p[3]),
                "te_min", Double.parseDouble(p[4]),
                "te_max", Double.parseDouble(p[5]))
            : Map.of();
    PlasticityRule rule = rule(ne, nu, Map.of(), run);
    SornState s = state(numbers(lines.get(1)), "0".repeat(ne));
    for (int line = 2; line < lines.size(); line += 2) {
      boolean[] next = s.x().shift();
      String bits = lines.get(line)[1];
      for (int i = 0; i < ne; i++) {
        next[i] = bits.charAt(i) == '1';
      }
      s.x().indexAfter();
      rule.apply(s);
      assertArrayEquals(numbers(lines.get(line + 1)), s.te(), resource + " step " + line / 2);
    }
  }

  private static List<String[]> read(String resource) throws IOException {
    List<String[]> lines = new ArrayList<>();
    try (InputStream in = IntrinsicPlasticityTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          lines.add(line.split(" "));
        }
      }
    }
    return lines;
  }

  private static double[] numbers(String[] fields) {
    return Arrays.stream(fields, 1, fields.length).mapToDouble(Double::parseDouble).toArray();
  }
}
