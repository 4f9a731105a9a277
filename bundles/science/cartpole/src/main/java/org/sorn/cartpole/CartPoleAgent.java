package org.sorn.cartpole;

import java.util.Arrays;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The learning loop of the demo, one call per environment step, so that it can be driven by any
 * clock: by a plain loop over raw observations, or by the SORN's own steps ({@link SornEncoder}).
 * The caller reads {@link #observation()}, turns it into features, and calls {@link #act}; the
 * agent acts, trains its policy at each episode's end and starts the next episode.
 */
public final class CartPoleAgent {

  /** Hears of every finished episode. */
  @ConsumerType
  @FunctionalInterface
  public interface EpisodeListener {
    /** Episode {@code episode} (from 1) ended with {@code reward}. */
    void episodeEnded(int episode, double reward);
  }

  private final CartPole environment;
  private final SoftmaxPolicy policy;
  private final int episodes;
  private final EpisodeListener listener;
  private final double[] observation = new double[CartPole.DIMENSION];
  private final double[] rewards;
  private int finished;
  private double reward;

  /**
   * An agent that trains {@code policy} on {@code environment} for {@code episodes} episodes; the
   * first episode starts now.
   */
  public CartPoleAgent(
      CartPole environment, SoftmaxPolicy policy, int episodes, EpisodeListener listener) {
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be at least 1, got " + episodes);
    }
    this.environment = environment;
    this.policy = policy;
    this.episodes = episodes;
    this.listener = listener;
    this.rewards = new double[episodes];
    environment.reset(observation);
  }

  /** The observation the next action answers (read only). */
  public double[] observation() {
    return observation;
  }

  /**
   * Acts on {@code features} (the policy's input for the current observation) and returns true
   * once the last episode has ended; calls after that are ignored.
   */
  public boolean act(double[] features) {
    if (finished == episodes) {
      return true;
    }
    double r = environment.step(policy.act(features));
    policy.reward(r);
    reward += r;
    if (!environment.done()) {
      environment.observe(observation);
      return false;
    }
    policy.endEpisode();
    rewards[finished++] = reward;
    listener.episodeEnded(finished, reward);
    reward = 0;
    if (finished == episodes) {
      return true;
    }
    environment.reset(observation);
    return false;
  }

  /** The reward of every finished episode, in order. */
  public double[] rewards() {
    return Arrays.copyOf(rewards, finished);
  }

  /** True once every episode has ended. */
  public boolean finished() {
    return finished == episodes;
  }

  /** The number of episodes to train. */
  public int episodes() {
    return episodes;
  }
}
