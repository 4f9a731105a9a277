package org.sorn.cartpole;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SoftmaxPolicyTest {

  @Test
  void startsUniform() {
    SoftmaxPolicy p = new SoftmaxPolicy(3, 2, 10, 0.1, 0.9, new SplittableRandom(1));
    double[] pi = new double[2];
    p.probabilities(new double[] {1, 0.5, -2}, pi);
    assertArrayEquals(new double[] {0.5, 0.5}, pi, 0.0);
  }

  @Test
  void oneEpisodeMovesTheWeightsAsReinforceWithTheBaselineSays() {
    double lr = 0.1;
    SoftmaxPolicy p = new SoftmaxPolicy(2, 2, 10, lr, 0.5, new SplittableRandom(3));
    double[] phi = {1.0, 2.0};
    int a0 = p.act(phi);
    p.reward(1);
    int a1 = p.act(phi);
    p.reward(1);
    p.endEpisode();
    // G = (1 + 0.5 * 1, 1) = (1.5, 1); the first episode sets the baseline: mean 1.25, variance
    // 0.0625 raised to 1 (sd 1), so A = (0.25, -0.25); pi = 1/2 for both actions at zero weights
    double[] advantage = {0.25, -0.25};
    int[] actions = {a0, a1};
    for (int b = 0; b < 2; b++) {
      double[] expected = new double[2];
      for (int t = 0; t < 2; t++) {
        double c = lr * advantage[t] * ((actions[t] == b ? 1 : 0) - 0.5);
        expected[0] += c * phi[0];
        expected[1] += c * phi[1];
      }
      assertArrayEquals(expected, p.weights(b), 1e-15, "weights of action " + b);
    }
    // the running mean moves 5 % of the way to this episode's mean return (it is already there)
    assertEquals(1.25, p.baseline(), 1e-15);
  }

  @Test
  void learnsWhichActionPays() {
    SoftmaxPolicy p = new SoftmaxPolicy(1, 2, 1, 0.05, 1.0, new SplittableRandom(5));
    double[] bias = {1.0};
    for (int episode = 0; episode < 1000; episode++) {
      int a = p.act(bias);
      p.reward(a == 1 ? 1.0 : 0.0);
      p.endEpisode();
    }
    double[] pi = new double[2];
    p.probabilities(bias, pi);
    assertTrue(pi[1] > 0.95, "the paying action has probability " + pi[1]);
  }

  @Test
  void refusesBadParameters() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SoftmaxPolicy(3, 2, 10, -1, 0.9, new SplittableRandom(1)));
    assertEquals("the learning rate must be a positive number, got -1.0", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new SoftmaxPolicy(3, 2, 10, 0.1, 1.5, new SplittableRandom(1)));
  }
}
