package org.sorn.tasks;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The counting task of Lazar, Pipa and Triesch (2009): words "a b^n c" and "d e^n f", each chosen
 * with probability 0.5, independently of the word before. Telling the last b from the others (and
 * so predicting c) needs the network to count n steps back to the a.
 */
public final class CountingTask implements Task {
  /** The task's name. */
  public static final String NAME = "counting";
  private static final List<String> ALPHABET = List.of("a", "b", "c", "d", "e", "f");

  private final int n;
  private final int[] first;
  private final int[] second;

  /**
   * @param n the number of repeated middle symbols
   * @throws IllegalArgumentException when n is below 1
   */
  public CountingTask(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("the counting task's n must be a positive integer, got " + n);
    }
    this.n = n;
    this.first = word(0, 1, 2, n);
    this.second = word(3, 4, 5, n);
  }

  private static int[] word(int start, int middle, int end, int n) {
    int[] w = new int[n + 2];
    w[0] = start;
    java.util.Arrays.fill(w, 1, n + 1, middle);
    w[n + 1] = end;
    return w;
  }

  /** The number of repeated middle symbols. */
  public int n() {
    return n;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> alphabet() {
    return ALPHABET;
  }

  @Override
  public int positions() {
    return n + 2;
  }

  @Override
  public int[] nextWord(RandomGenerator rng) {
    return rng.nextDouble() < 0.5 ? first : second;
  }
}
