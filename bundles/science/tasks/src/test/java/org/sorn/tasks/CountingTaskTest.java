package org.sorn.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CountingTaskTest {

  private static String letters(TaskSequence s, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int t = from; t < to; t++) {
      b.append(s.task().alphabet().get(s.symbol(t)));
    }
    return b.toString();
  }

  @Test
  void theSequenceIsMadeOfTheTwoWordsOnly() {
    TaskSequence s = new TaskSequence(new CountingTask(3), new SplittableRandom(1));
    String text = letters(s, 0, 5000);
    assertTrue(text.replace("abbbc", "").replace("deeef", "").isEmpty(), text.substring(0, 40));
  }

  @Test
  void eachWordIsChosenWithProbabilityOneHalfIndependentlyOfTheOneBefore() {
    TaskSequence s = new TaskSequence(new CountingTask(2), new SplittableRandom(2));
    int words = 0;
    int firstWords = 0;
    int repeats = 0;
    int previous = -1;
    for (int t = 0; t < 200_000; t += 4) {
      assertTrue(s.wordStart(t));
      int word = s.symbol(t) == 0 ? 0 : 1;
      words++;
      firstWords += 1 - word;
      repeats += word == previous ? 1 : 0;
      previous = word;
    }
    assertEquals(0.5, firstWords / (double) words, 0.01);
    assertEquals(0.5, repeats / (double) (words - 1), 0.01);
  }

  @Test
  void stepsTellTheirPositionAndWhetherTheyStartOrEndAWord() {
    CountingTask task = new CountingTask(4);
    TaskSequence s = new TaskSequence(task, new SplittableRandom(3));
    assertEquals(6, task.positions());
    for (int t = 0; t < 600; t++) {
      int p = s.position(t);
      assertEquals(t % 6, p);
      assertEquals(p == 0, s.wordStart(t));
      assertEquals(p != 0, s.predictable(t));
      assertEquals(p == 5, s.wordEnd(t));
      String letter = task.alphabet().get(s.symbol(t));
      if (s.wordEnd(t)) {
        assertTrue(letter.equals("c") || letter.equals("f"), letter);
      }
    }
  }

  @Test
  void theSameStreamGivesTheSameSequenceWhateverOrderItIsRead() {
    TaskSequence forward = new TaskSequence(new CountingTask(5), new SplittableRandom(9));
    TaskSequence jumping = new TaskSequence(new CountingTask(5), new SplittableRandom(9));
    assertEquals(jumping.symbol(9_999), forward.symbol(9_999));
    for (int t = 0; t < 10_000; t++) {
      assertEquals(forward.symbol(t), jumping.symbol(t));
    }
    TaskSequence other = new TaskSequence(new CountingTask(5), new SplittableRandom(10));
    assertFalse(letters(forward, 0, 700).equals(letters(other, 0, 700)));
  }

  @Test
  void nMustBePositive() {
    assertEquals(
        "the counting task's n must be a positive integer, got 0",
        assertThrows(IllegalArgumentException.class, () -> new CountingTask(0)).getMessage());
  }
}
