package org.sorn.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The random-sequence (fading memory) task: symbols drawn uniformly and independently from an
 * alphabet, so nothing is predictable and a readout can only recall the past: how well the symbol
 * of k steps ago is read from the network's state measures its fading memory. Every word is one
 * symbol.
 */
public final class RandomSequenceTask implements Task {
  /** The task's name. */
  public static final String NAME = "random-sequence";

  private final List<String> alphabet;
  private final int[][] words;

  /**
   * @param alphabetSize the number of symbols, named a, b, c, ... (s26, s27, ... past z)
   * @throws IllegalArgumentException when alphabetSize is below 2
   */
  public RandomSequenceTask(int alphabetSize) {
    if (alphabetSize < 2) {
      throw new IllegalArgumentException(
          "the random-sequence task needs at least 2 symbols, got " + alphabetSize);
    }
    List<String> names = new ArrayList<>();
    words = new int[alphabetSize][];
    for (int s = 0; s < alphabetSize; s++) {
      names.add(s < 26 ? String.valueOf((char) ('a' + s)) : "s" + s);
      words[s] = new int[] {s};
    }
    alphabet = List.copyOf(names);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> alphabet() {
    return alphabet;
  }

  @Override
  public int positions() {
    return 1;
  }

  @Override
  public int[] nextWord(RandomGenerator rng) {
    return words[rng.nextInt(words.length)];
  }
}
