package org.sorn.statistics;

import java.util.Arrays;

/**
 * Neuronal avalanches as Del Papa, Priesemann and Triesch (2017) define them: with a(t) the active
 * units of step t and theta half the mean of a rounded down to an integer, an avalanche is a
 * maximal run of steps with a(t) > theta; its duration is the number of those steps and its size
 * the sum of a(t) - theta over them.
 *
 * @param threshold theta
 * @param sizes the size of each avalanche, in order
 * @param durations the duration of each avalanche, in steps
 */
public record Avalanches(int threshold, long[] sizes, long[] durations) {

  /**
   * Half the mean activity, rounded down to an integer (sizes stay whole numbers), as the authors'
   * code does ({@code int(activity.mean()/2.)}, github.com/delpapa/SORN).
   */
  public static int threshold(int[] activity) {
    long sum = 0;
    for (int a : activity) {
      sum += a;
    }
    return activity.length == 0 ? 0 : (int) (sum / (2L * activity.length));
  }

  /** The avalanches of {@code activity} (active units per step) above its own threshold. */
  public static Avalanches of(int[] activity) {
    return of(activity, threshold(activity));
  }

  /**
   * The avalanches of {@code activity} above {@code threshold}. A run still going at the last step
   * is dropped: its end, and so its size and duration, is unknown.
   */
  public static Avalanches of(int[] activity, int threshold) {
    long[] sizes = new long[16];
    long[] durations = new long[16];
    int count = 0;
    long size = 0;
    long duration = 0;
    for (int a : activity) {
      if (a > threshold) {
        size += a - threshold;
        duration++;
      } else if (duration > 0) {
        if (count == sizes.length) {
          sizes = Arrays.copyOf(sizes, 2 * count);
          durations = Arrays.copyOf(durations, 2 * count);
        }
        sizes[count] = size;
        durations[count++] = duration;
        size = 0;
        duration = 0;
      }
    }
    return new Avalanches(
        threshold, Arrays.copyOf(sizes, count), Arrays.copyOf(durations, count));
  }

  /** The number of avalanches. */
  public int count() {
    return sizes.length;
  }
}
