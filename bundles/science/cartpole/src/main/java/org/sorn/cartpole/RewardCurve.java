package org.sorn.cartpole;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The reward of each episode and its moving average over the last {@code window} episodes. */
final class RewardCurve {
  private final double[] rewards;
  private final double[] averages;
  private final int window;

  RewardCurve(double[] rewards, int window) {
    this.rewards = rewards.clone();
    this.window = window;
    this.averages = new double[rewards.length];
    double sum = 0;
    for (int e = 0; e < rewards.length; e++) {
      sum += rewards[e];
      if (e >= window) {
        sum -= rewards[e - window];
      }
      averages[e] = sum / Math.min(e + 1, window);
    }
  }

  /** The moving average after episode {@code e} (from 0): the mean of up to {@code window} rewards. */
  static double movingAverage(double[] rewards, int e, int window) {
    double sum = 0;
    int from = Math.max(0, e - window + 1);
    for (int i = from; i <= e; i++) {
      sum += rewards[i];
    }
    return sum / (e - from + 1);
  }

  /** The mean reward of the first {@code n} episodes. */
  double firstMean(int n) {
    return mean(0, Math.min(n, rewards.length));
  }

  /** The mean reward of the last {@code n} episodes. */
  double lastMean(int n) {
    return mean(Math.max(0, rewards.length - n), rewards.length);
  }

  private double mean(int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += rewards[i];
    }
    return to > from ? sum / (to - from) : Double.NaN;
  }

  double[] rewards() {
    return rewards;
  }

  double[] averages() {
    return averages;
  }

  int window() {
    return window;
  }

  /** rewards.csv: {@code episode,reward,moving_average}, episodes from 1. */
  void writeCsv(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("episode,reward,moving_average\n");
      for (int e = 0; e < rewards.length; e++) {
        w.write(String.format(Locale.ROOT, "%d,%.0f,%.4f\n", e + 1, rewards[e], averages[e]));
      }
    }
  }
}
