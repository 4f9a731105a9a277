package org.sorn.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomSequenceTaskTest {

  @Test
  void symbolsAreUniformAndIndependentAndNoneIsPredictable() {
    RandomSequenceTask task = new RandomSequenceTask(4);
    assertEquals(List.of("a", "b", "c", "d"), task.alphabet());
    TaskSequence s = new TaskSequence(task, new SplittableRandom(4));
    int steps = 100_000;
    int[] counts = new int[4];
    int[][] pairs = new int[4][4];
    for (int t = 0; t < steps; t++) {
      assertTrue(s.wordStart(t) && s.wordEnd(t));
      assertEquals(0, s.position(t));
      counts[s.symbol(t)]++;
      if (t > 0) {
        pairs[s.symbol(t - 1)][s.symbol(t)]++;
      }
    }
    for (int a = 0; a < 4; a++) {
      assertEquals(steps / 4.0, counts[a], steps * 0.01);
      for (int b = 0; b < 4; b++) {
        assertEquals(steps / 16.0, pairs[a][b], steps * 0.005);
      }
    }
  }

  @Test
  void theAlphabetHasAtLeastTwoSymbols() {
    assertEquals(
        "the random-sequence task needs at least 2 symbols, got 1",
        assertThrows(IllegalArgumentException.class, () -> new RandomSequenceTask(1)).getMessage());
    assertEquals("s26", new RandomSequenceTask(27).alphabet().get(26));
  }
}
