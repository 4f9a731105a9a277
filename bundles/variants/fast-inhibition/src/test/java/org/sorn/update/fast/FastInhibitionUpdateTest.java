package org.sorn.update.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkUpdate;
import org.sorn.engine.SlowInhibitionUpdate;
import org.sorn.engine.SornState;
import org.sorn.testkit.TestRun;
import org.sorn.testkit.TestStates;

class FastInhibitionUpdateTest {

  private static NetworkUpdate.Rule fast(int ne) {
    return new FastInhibitionUpdate().bind(TestRun.of(ne, 1));
  }

  /** What the run does around the update: shift, update, index. */
  private static void step(
      NetworkUpdate.Rule rule, SornState s, double[] u, double[] xiE, double[] xiI, boolean[] r) {
    s.x().shift();
    s.y().shift();
    rule.update(s, u, xiE, xiI, r);
    s.x().indexAfter();
    s.y().indexAfter();
  }

  @Test
  void inhibitionIsDrivenByTheExcitationOfTheSameStep() {
    // the engine's hand-computed network, where slow inhibition gives y(t+1) = 1
    NetworkSnapshot n = new NetworkSnapshot();
    n.wee = new double[][] {{0, 0.6, 0.3}, {0, 0, 0.5}, {0, 0, 0}};
    n.wei = new double[][] {{0, 0, 0.4}};
    n.wie = new double[][] {{0.9}, {0.05}, {0.05}};
    n.te = new double[] {0.5, 0.5, 0.5};
    n.ti = new double[] {0.2};
    n.x = new double[][] {{0, 1}, {0, 1}, {0, 0}}; // x(t) = (1, 1, 0)
    n.y = new double[][] {{0, 1}}; // y(t) = 1
    SornState s = SornState.of(n, 1);
    boolean[] recurrent = new boolean[3];
    // ne = 3 with ni = 1 is no run's shape (int(0.2*3) = 0): make the kernel for it directly
    FastInhibitionKernel kernel = new FastInhibitionKernel(3, 1);
    step(kernel, s, new double[] {0.0}, new double[3], new double[1], recurrent);
    // E = (0, 0.6, 0.8); I = (0, 0, 0.4); x(t+1) = H(E - I - 0.5) = (0, 1, 0), as the package
    assertArrayEquals(new boolean[] {false, true, false}, s.x().after());
    assertArrayEquals(new boolean[] {false, true, false}, recurrent);
    // D = 0.05 from x(t+1) alone, not 0.95 from x(t): y(t+1) = H(0.05 - 0.2) = 0
    assertArrayEquals(new boolean[] {false}, s.y().after());
    assertArrayEquals(new boolean[] {true}, s.y().before());
  }

  @Test
  void theExcitatoryStepIsThePackagesAndTheInhibitoryOneReadsXAtTPlusOne() {
    SplittableRandom random = new SplittableRandom(17);
    int ne = 60;
    int ni = 12;
    int nu = 5;
    SornState s = TestStates.random(random, ne, ni, nu);
    double[][] wie = s.wie().toDense();
    TestRun run = TestRun.of(ne, nu);
    NetworkUpdate.Rule fast = new FastInhibitionUpdate().bind(run);
    NetworkUpdate.Rule slow = new SlowInhibitionUpdate().bind(run);
    double[] u = new double[nu];
    double[] xiE = new double[ne];
    double[] xiI = new double[ni];
    boolean[] recurrent = new boolean[ne];
    boolean[] slowRecurrent = new boolean[ne];
    int inhibitoryDiffers = 0;
    for (int t = 0; t < 200; t++) {
      fill(random, u, 1.0);
      fill(random, xiE, 0.2);
      fill(random, xiI, 0.2);
      s.x().shift();
      s.y().shift();
      // both read only x(t), y(t) and the weights: run the package's first, keep what it wrote
      slow.update(s, u, xiE, xiI, slowRecurrent);
      boolean[] slowX = s.x().after().clone();
      boolean[] slowY = s.y().after().clone();
      fast.update(s, u, xiE, xiI, recurrent);
      assertArrayEquals(slowX, s.x().after(), "x(t+1) at step " + t);
      assertArrayEquals(slowRecurrent, recurrent, "recurrent activation at step " + t);
      assertArrayEquals(
          inhibitionFrom(wie, s.x().after(), xiI, s.ti()), s.y().after(), "y(t+1) at step " + t);
      if (!Arrays.equals(slowY, s.y().after())) {
        inhibitoryDiffers++;
      }
      s.x().indexAfter();
      s.y().indexAfter();
    }
    assertNotEquals(0, inhibitoryDiffers, "the case never told fast from slow inhibition");
  }

  /** y_k(t+1) = H((sum_j Wie[j][k] x_j(t+1) + xi_k) - Ti_k), dense, in ascending j. */
  private static boolean[] inhibitionFrom(
      double[][] wie, boolean[] xNext, double[] xiI, double[] ti) {
    boolean[] y = new boolean[ti.length];
    for (int k = 0; k < ti.length; k++) {
      double d = 0.0;
      for (int j = 0; j < xNext.length; j++) {
        d += wie[j][k] * (xNext[j] ? 1.0 : 0.0);
      }
      y[k] = (d + xiI[k]) - ti[k] > 0;
    }
    return y;
  }

  @Test
  void aStepAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    SplittableRandom random = new SplittableRandom(23);
    int ne = 200;
    int ni = 40;
    SornState s = TestStates.random(random, ne, ni, 10);
    NetworkUpdate.Rule rule = fast(ne);
    double[] u = new double[10];
    double[] xiE = new double[ne];
    double[] xiI = new double[ni];
    fill(random, xiE, 0.3);
    boolean[] recurrent = new boolean[ne];
    for (int t = 0; t < 20_000; t++) {
      step(rule, s, u, xiE, xiI, recurrent);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int t = 0; t < 1000; t++) {
      step(rule, s, u, xiE, xiI, recurrent);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // one object per step would be at least 16 000 bytes
    assertTrue(allocated < 1000, allocated + " bytes allocated in 1000 steps");
  }

  @Test
  void isTheVariantFastInhibitionWithoutParameters() {
    FastInhibitionUpdate update = new FastInhibitionUpdate();
    assertEquals("fast-inhibition", update.variant());
    assertEquals(Map.of(), update.bind(TestRun.of(5, 1)).parameters());
  }

  private static void fill(SplittableRandom random, double[] a, double scale) {
    for (int i = 0; i < a.length; i++) {
      a[i] = scale * (random.nextDouble() - 0.5);
    }
  }
}
