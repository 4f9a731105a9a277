package org.sorn.cartpole;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A linear softmax policy over a feature vector, trained by REINFORCE with a baseline (Williams
 * 1992): pi(a | phi) = exp(w_a . phi) / sum_b exp(w_b . phi). After each episode, with the
 * discounted returns G_t = r_t + gamma G_{t+1}, every weight moves by
 *
 * <pre>
 *   w_b += alpha * sum_t A_t * (1[b = a_t] - pi(b | phi_t)) * phi_t,   A_t = (G_t - mean) / sd
 * </pre>
 *
 * where mean and sd are running (exponentially weighted) statistics of the returns of the
 * episodes so far: the mean is the baseline, the sd keeps the step size steady while episodes
 * grow from 10 to 500 steps. Not thread-safe.
 */
public final class SoftmaxPolicy {
  /** The weight of the newest episode in the running mean and sd of the returns. */
  static final double BASELINE_RATE = 0.05;

  private final int features;
  private final int actions;
  private final double learningRate;
  private final double discount;
  private final RandomGenerator random;
  private final double[][] weights;
  private final double[] probabilities;
  // the episode so far: features, actions, probabilities of every action, rewards
  private final double[][] seen;
  private final int[] chosen;
  private final double[][] policy;
  private final double[] rewards;
  private final double[] returns;
  private int length;
  private double mean;
  private double variance;
  private boolean statistics;

  /**
   * @param features the length of a feature vector
   * @param actions the number of actions, at least 2
   * @param maxSteps the longest episode
   * @param learningRate alpha, positive
   * @param discount gamma, in [0, 1]
   * @param random draws the actions
   */
  public SoftmaxPolicy(
      int features,
      int actions,
      int maxSteps,
      double learningRate,
      double discount,
      RandomGenerator random) {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("the learning rate must be a positive number, got " + learningRate);
    }
    if (!(discount >= 0 && discount <= 1)) {
      throw new IllegalArgumentException("the discount must be in [0, 1], got " + discount);
    }
    if (actions < 2) {
      throw new IllegalArgumentException("a policy needs at least 2 actions, got " + actions);
    }
    this.features = features;
    this.actions = actions;
    this.learningRate = learningRate;
    this.discount = discount;
    this.random = random;
    this.weights = new double[actions][features];
    this.probabilities = new double[actions];
    this.seen = new double[maxSteps][features];
    this.chosen = new int[maxSteps];
    this.policy = new double[maxSteps][actions];
    this.rewards = new double[maxSteps];
    this.returns = new double[maxSteps];
  }

  /** Draws an action for {@code phi} and remembers the step for the episode's update. */
  public int act(double[] phi) {
    if (length == seen.length) {
      throw new IllegalStateException("the episode is longer than the " + seen.length + " steps planned");
    }
    probabilities(phi, probabilities);
    double draw = random.nextDouble();
    int a = 0;
    double cumulative = probabilities[0];
    while (a < actions - 1 && draw >= cumulative) {
      a++;
      cumulative += probabilities[a];
    }
    System.arraycopy(phi, 0, seen[length], 0, features);
    System.arraycopy(probabilities, 0, policy[length], 0, actions);
    chosen[length] = a;
    rewards[length] = 0;
    length++;
    return a;
  }

  /** The reward that followed the last action. */
  public void reward(double r) {
    rewards[length - 1] += r;
  }

  /** Writes pi(. | phi) into {@code into}. */
  public void probabilities(double[] phi, double[] into) {
    double max = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < actions; a++) {
      double z = 0;
      double[] w = weights[a];
      for (int i = 0; i < features; i++) {
        z += w[i] * phi[i];
      }
      into[a] = z;
      max = Math.max(max, z);
    }
    double sum = 0;
    for (int a = 0; a < actions; a++) {
      // shifted by the largest logit so that exp never overflows
      into[a] = Math.exp(into[a] - max);
      sum += into[a];
    }
    for (int a = 0; a < actions; a++) {
      into[a] /= sum;
    }
  }

  /** Ends the episode: the REINFORCE update from its steps, then the baseline's. */
  public void endEpisode() {
    double g = 0;
    for (int t = length - 1; t >= 0; t--) {
      g = rewards[t] + discount * g;
      returns[t] = g;
    }
    if (!statistics) {
      // the first episode sets the baseline, so that its own update is centred
      mean = average(returns, length);
      variance = Math.max(spread(returns, length, mean), 1.0);
      statistics = true;
    }
    double sd = Math.sqrt(variance);
    for (int t = 0; t < length; t++) {
      double step = learningRate * (returns[t] - mean) / sd;
      double[] phi = seen[t];
      for (int b = 0; b < actions; b++) {
        // d log pi(a_t | phi) / d w_b = (1[b = a_t] - pi(b | phi)) phi
        double coefficient = step * ((b == chosen[t] ? 1.0 : 0.0) - policy[t][b]);
        if (coefficient != 0) {
          double[] w = weights[b];
          for (int i = 0; i < features; i++) {
            w[i] += coefficient * phi[i];
          }
        }
      }
    }
    double episodeMean = average(returns, length);
    mean += BASELINE_RATE * (episodeMean - mean);
    variance += BASELINE_RATE * (spread(returns, length, mean) - variance);
    length = 0;
  }

  private static double average(double[] values, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    return n == 0 ? 0 : sum / n;
  }

  private static double spread(double[] values, int n, double around) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (values[i] - around) * (values[i] - around);
    }
    return n == 0 ? 0 : sum / n;
  }

  /** The weights of action {@code a} (a copy). */
  public double[] weights(int a) {
    return Arrays.copyOf(weights[a], features);
  }

  /** The baseline now: the running mean of the discounted returns. */
  public double baseline() {
    return mean;
  }

  public int features() {
    return features;
  }
}
