package org.sorn.cartpole;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sorn.api.run.Workbench;

/**
 * {@code ./sorn experiment cartpole ...}: trains a softmax policy by REINFORCE on the cart-pole,
 * with a SORN as its state encoder (or, as controls, a static reservoir, the input code alone or the
 * raw observation), prints one line per episode and writes rewards.csv and rewards.png into {@code
 * --out DIR} (docs/cartpole.md).
 */
public final class CartPoleExperiment {
  /** Episodes at each end of the run whose mean rewards the summary line compares. */
  static final int SUMMARY_EPISODES = 20;

  private CartPoleExperiment() {}

  /**
   * Runs the experiment with the arguments that follow {@code cartpole} and returns the exit code:
   * 0 done, 1 failed, 2 wrong arguments. Errors are one line on {@code err}.
   */
  public static int run(List<String> args, Workbench workbench, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(CartPoleOptions.USAGE);
      return 0;
    }
    CartPoleOptions options;
    try {
      options = CartPoleOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("cartpole: " + e.getMessage());
      return 2;
    }
    try {
      long started = System.nanoTime();
      double[] rewards = train(options, workbench, out);
      double seconds = (System.nanoTime() - started) / 1e9;
      RewardCurve curve = new RewardCurve(rewards, options.window());
      out.printf(
          Locale.ROOT,
          "cartpole: %d episodes (%s, %s, seed %d) in %.1f s; mean reward of the first %d: %.1f,"
              + " of the last %d: %.1f%n",
          rewards.length, describe(options), options.version(), options.seed(), seconds,
          SUMMARY_EPISODES, curve.firstMean(SUMMARY_EPISODES), SUMMARY_EPISODES,
          curve.lastMean(SUMMARY_EPISODES));
      if (options.out() != null) {
        Files.createDirectories(options.out());
        curve.writeCsv(options.out().resolve("rewards.csv"));
        RewardPlot.write(
            options.out().resolve("rewards.png"), curve, options.stepLimit(),
            "CartPole-" + options.version() + ", REINFORCE on " + describe(options)
                + ", seed " + options.seed());
        out.println("wrote " + options.out().resolve("rewards.csv") + ", rewards.png");
      }
      return 0;
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      err.println("cartpole: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("cartpole: interrupted");
      return 1;
    }
  }

  private static String describe(CartPoleOptions o) {
    return switch (o.encoding()) {
      case SORN -> "a plastic SORN of " + o.ne() + " units";
      case STATIC -> "a static SORN of " + o.ne() + " units";
      case POOLS -> "the input pools";
      case RAW -> "the raw observation";
    };
  }

  /**
   * Trains for {@code options.episodes()} episodes and returns the reward of each; prints one line
   * per episode on {@code out}.
   */
  static double[] train(CartPoleOptions options, Workbench workbench, PrintStream out)
      throws InterruptedException {
    SplittableRandom root = new SplittableRandom(options.seed());
    CartPole environment = new CartPole(options.stepLimit(), root.split());
    ObservationEncoder encoder = ObservationEncoder.standard();
    int features =
        switch (options.encoding()) {
          case SORN, STATIC -> SornEncoder.features(options.ne());
          case POOLS -> encoder.inputUnits() + 1;
          case RAW -> CartPole.DIMENSION + 1;
        };
    SoftmaxPolicy policy =
        new SoftmaxPolicy(
            features, 2, options.stepLimit(), options.learningRate(), options.discount(), root.split());
    double[] rewards = new double[options.episodes()];
    CartPoleAgent agent =
        new CartPoleAgent(environment, policy, options.episodes(), (episode, reward) -> {
          rewards[episode - 1] = reward;
          out.printf(
              Locale.ROOT, "episode %d reward %.0f average %.1f%n", episode, reward,
              RewardCurve.movingAverage(rewards, episode - 1, options.window()));
        });
    if (options.encoding().usesSorn()) {
      SornEncoder.train(
          workbench,
          SornEncoder.description(
              options.ne(), encoder, options.seed(), options.episodes(), options.stepLimit(),
              options.encoding() == Encoding.SORN),
          encoder,
          agent);
    } else {
      double[] phi = new double[features];
      double[] u = new double[encoder.inputUnits()];
      phi[features - 1] = 1.0;
      boolean done = false;
      while (!done) {
        if (options.encoding() == Encoding.RAW) {
          System.arraycopy(agent.observation(), 0, phi, 0, CartPole.DIMENSION);
        } else {
          encoder.encode(agent.observation(), u);
          System.arraycopy(u, 0, phi, 0, u.length);
        }
        done = agent.act(phi);
      }
    }
    return rewards;
  }
}
