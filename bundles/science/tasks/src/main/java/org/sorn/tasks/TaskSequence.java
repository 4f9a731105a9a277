package org.sorn.tasks;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The words of a task one after the other, one symbol per step, drawn as far as they are asked
 * for: the same task and the same random stream give the same sequence, whatever order the steps
 * are read in. Within a word every symbol follows from the ones before it; the first symbol of a
 * word is a draw, so it is the only one that is not predictable.
 *
 * <p>Not thread-safe: one run reads it, on its thread.
 */
public final class TaskSequence {
  private final Task task;
  private final RandomGenerator rng;
  private int[] symbols = new int[1024];
  private int[] positions = new int[1024];
  private boolean[] ends = new boolean[1024];
  private int length;

  public TaskSequence(Task task, RandomGenerator rng) {
    this.task = task;
    this.rng = rng;
  }

  public Task task() {
    return task;
  }

  /** The symbol presented at {@code step}. */
  public int symbol(long step) {
    int i = index(step); // first: drawing more words may replace the arrays
    return symbols[i];
  }

  /** The position of that symbol within its word, 0 for the first. */
  public int position(long step) {
    int i = index(step);
    return positions[i];
  }

  /** True when the symbol at {@code step} begins a word. */
  public boolean wordStart(long step) {
    return position(step) == 0;
  }

  /** True when the symbol at {@code step} ends a word. */
  public boolean wordEnd(long step) {
    int i = index(step);
    return ends[i];
  }

  /** True when the words before determine the symbol at {@code step}: it does not begin a word. */
  public boolean predictable(long step) {
    return !wordStart(step);
  }

  private int index(long step) {
    if (step < 0 || step >= Integer.MAX_VALUE - task.positions()) {
      throw new IllegalArgumentException("step must be in [0, " + Integer.MAX_VALUE + "), got " + step);
    }
    while (step >= length) {
      append(task.nextWord(rng));
    }
    return (int) step;
  }

  private void append(int[] word) {
    if (length + word.length > symbols.length) {
      int capacity = Math.max(2 * symbols.length, length + word.length);
      symbols = Arrays.copyOf(symbols, capacity);
      positions = Arrays.copyOf(positions, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }
    for (int p = 0; p < word.length; p++) {
      symbols[length] = word[p];
      positions[length] = p;
      ends[length] = p == word.length - 1;
      length++;
    }
  }
}
