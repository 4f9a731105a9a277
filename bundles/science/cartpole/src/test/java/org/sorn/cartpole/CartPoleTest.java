package org.sorn.cartpole;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CartPoleTest {
  private static final double EXACT = 1e-15;

  private static double[] state(CartPole cartPole) {
    double[] obs = new double[4];
    cartPole.observe(obs);
    return obs;
  }

  @Test
  void pushesFromRestAsGymsEquationsGiveByHand() {
    // at theta = 0: temp = F/M = 100/11, thetaacc = -temp / (l (4/3 - m/M)) = -600/41,
    // xacc = temp - m l thetaacc / M = 400/41; Euler moves positions with the old velocities
    CartPole c = new CartPole(500, new SplittableRandom(1));
    c.reset(0, 0, 0, 0);
    assertEquals(1.0, c.step(CartPole.RIGHT));
    assertArrayEquals(new double[] {0, 8.0 / 41, 0, -12.0 / 41}, state(c), EXACT);
    c.step(CartPole.RIGHT);
    // theta is still 0 when the accelerations are computed, so they are the same
    assertArrayEquals(new double[] {0.16 / 41, 16.0 / 41, -0.24 / 41, -24.0 / 41}, state(c), EXACT);
    c.step(CartPole.RIGHT);
    // from here sin(theta) != 0: values of a transcription of gym's step() into Python
    assertArrayEquals(
        new double[] {0.011707317073170733, 0.585447355516259, -0.0175609756097561, -0.8798869825388553},
        state(c), EXACT);
  }

  @Test
  void followsGymFromATiltedMovingState() {
    CartPole c = new CartPole(500, new SplittableRandom(1));
    c.reset(0.01, -0.02, 0.03, 0.04);
    double[][] expected = {
      {0.009600000000000001, -0.21553901710278936, 0.030799999999999998, 0.34199522377603914},
      {0.005289219657944213, -0.020868498014729647, 0.03763990447552078, 0.059181706756417596},
      {0.0048718496976496205, -0.21650935060944054, 0.038823538610649126, 0.36349864682406996}
    };
    int[] actions = {CartPole.LEFT, CartPole.RIGHT, CartPole.LEFT};
    for (int t = 0; t < 3; t++) {
      c.step(actions[t]);
      assertArrayEquals(expected[t], state(c), EXACT, "after step " + (t + 1));
      assertFalse(c.done());
    }
  }

  @Test
  void thePoleFallsAfterNinePushesTheSameWay() {
    CartPole c = new CartPole(500, new SplittableRandom(1));
    c.reset(0, 0, 0, 0);
    for (int t = 1; t < 9; t++) {
      c.step(CartPole.RIGHT);
      assertFalse(c.done(), "still up after " + t + " steps");
    }
    assertEquals(1.0, c.step(CartPole.RIGHT), "the failing step is rewarded too, as in gym");
    assertTrue(c.terminated());
    assertFalse(c.truncated());
    assertTrue(state(c)[2] < -CartPole.THETA_THRESHOLD);
    assertEquals(9, c.steps());
    assertThrows(IllegalStateException.class, () -> c.step(CartPole.LEFT));
  }

  @Test
  void theCartLeavingTheTrackEndsTheEpisode() {
    CartPole c = new CartPole(500, new SplittableRandom(1));
    c.reset(2.39, 1.0, 0, 0);
    c.step(CartPole.LEFT);
    assertTrue(c.terminated(), "x = 2.39 + 0.02 > 2.4");
  }

  @Test
  void theStepLimitTruncates() {
    CartPole c = new CartPole(3, new SplittableRandom(1));
    c.reset(0, 0, 0, 0);
    c.step(CartPole.RIGHT);
    c.step(CartPole.LEFT);
    assertFalse(c.done());
    c.step(CartPole.RIGHT);
    assertTrue(c.done());
    assertTrue(c.truncated());
    assertFalse(c.terminated());
  }

  @Test
  void versionsHaveGymsStepLimits() {
    assertEquals(200, CartPole.stepLimit("v0"));
    assertEquals(500, CartPole.stepLimit("v1"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CartPole.stepLimit("v2"));
    assertEquals("version must be v0 or v1, got 'v2'", e.getMessage());
  }

  @Test
  void initialStatesAreUniformInTheSmallBoxAndSeeded() {
    CartPole a = new CartPole(500, new SplittableRandom(7));
    CartPole b = new CartPole(500, new SplittableRandom(7));
    double[] oa = new double[4];
    double[] ob = new double[4];
    double[] sum = new double[4];
    int n = 2000;
    for (int i = 0; i < n; i++) {
      a.reset(oa);
      b.reset(ob);
      assertArrayEquals(oa, ob, 0.0, "same seed, same states");
      for (int k = 0; k < 4; k++) {
        assertTrue(oa[k] >= -0.05 && oa[k] < 0.05, "variable " + k + " = " + oa[k]);
        sum[k] += oa[k];
      }
      assertEquals(0, a.steps());
    }
    for (int k = 0; k < 4; k++) {
      // the mean of n uniforms on [-0.05, 0.05) has sd 0.05/sqrt(3n) ~ 6.5e-4
      assertEquals(0, sum[k] / n, 0.003, "mean of variable " + k);
    }
  }

  @Test
  void refusesOtherActions() {
    CartPole c = new CartPole(500, new SplittableRandom(1));
    c.reset(0, 0, 0, 0);
    assertThrows(IllegalArgumentException.class, () -> c.step(2));
  }
}
