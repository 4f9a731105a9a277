package org.sorn.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearReadoutTest {

  /** Random binary states, as a network's, with unit 0 always on (collinear with the bias). */
  private static double[][] binaryStates(int rows, int units, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] states = new double[rows][units];
    for (double[] s : states) {
      for (int i = 0; i < units; i++) {
        s[i] = i == 0 || rng.nextDouble() < 0.3 ? 1.0 : 0.0;
      }
    }
    return states;
  }

  @Test
  void leastSquaresRecoversAnExactLinearMapOfFullRank() {
    SplittableRandom rng = new SplittableRandom(1);
    int units = 8;
    double[][] w = new double[units + 1][2];
    for (double[] row : w) {
      row[0] = rng.nextDouble() - 0.5;
      row[1] = rng.nextDouble() - 0.5;
    }
    double[][] states = new double[200][units];
    double[][] targets = new double[200][2];
    for (int r = 0; r < states.length; r++) {
      for (int i = 0; i < units; i++) {
        states[r][i] = rng.nextGaussian();
      }
      for (int k = 0; k < 2; k++) {
        targets[r][k] = w[units][k];
        for (int i = 0; i < units; i++) {
          targets[r][k] += states[r][i] * w[i][k];
        }
      }
    }
    LinearReadout readout = LinearReadout.fit(states, targets, 0.0);
    for (int i = 0; i <= units; i++) {
      for (int k = 0; k < 2; k++) {
        assertEquals(w[i][k], readout.weight(i, k), 1e-10, "W[" + i + "][" + k + "]");
      }
    }
    double[] scores = new double[2];
    readout.scores(states[7], scores);
    assertEquals(targets[7][0], scores[0], 1e-10);
  }

  @Test
  void ridgeOfOneUnitIsTheClosedFormAndLeavesTheBiasFree() {
    // y = 2 s exactly, s in {0, 1} half the time: the centred problem has sum (s - 1/2)^2 = n/4
    double[][] states = {{0}, {1}, {0}, {1}};
    double[][] targets = {{0}, {2}, {0}, {2}};
    double ridge = 1.0;
    LinearReadout readout = LinearReadout.fit(states, targets, ridge);
    // w = Sxy / (Sxx + ridge) with Sxx = 1, Sxy = 2 (centred), bias = mean(y) - w mean(s)
    double w = 2.0 / (1.0 + ridge);
    assertEquals(w, readout.weight(0, 0), 1e-12);
    assertEquals(1.0 - w * 0.5, readout.weight(1, 0), 1e-12);
  }

  @Test
  void aClassifierOfSeparableStatesIsAlwaysRightEvenWithRedundantUnits() {
    double[][] states = binaryStates(500, 12, 2);
    int[] labels = new int[states.length];
    for (int r = 0; r < states.length; r++) {
      // the class is written in units 1 and 2: a one-hot code of three classes (none = class 2)
      labels[r] = states[r][1] == 1 ? 0 : states[r][2] == 1 ? 1 : 2;
    }
    boolean[] all = new boolean[states.length];
    Arrays.fill(all, true);
    for (double ridge : new double[] {0.0, 1e-3}) {
      LinearReadout readout = LinearReadout.classifier(states, labels, 3, ridge);
      assertEquals(1.0, readout.accuracy(states, labels, all), "ridge " + ridge);
    }
  }

  @Test
  void accuracyCountsOnlyTheIncludedRows() {
    double[][] states = {{1, 0}, {0, 1}, {1, 0}, {0, 1}};
    LinearReadout readout = LinearReadout.classifier(states, new int[] {0, 1, 0, 1}, 2, 0.0);
    int[] wrongForTheLastTwo = {0, 1, 1, 0};
    assertEquals(1.0, readout.accuracy(states, wrongForTheLastTwo, new boolean[] {true, true, false, false}));
    assertEquals(0.5, readout.accuracy(states, wrongForTheLastTwo, new boolean[] {true, true, true, true}));
    assertTrue(Double.isNaN(readout.accuracy(states, wrongForTheLastTwo, new boolean[4])));
  }

  @Test
  void badInputsNameWhatIsWrong() {
    double[][] states = {{1}, {0}};
    assertEquals(
        "labels must be in [0, 2), got 2 at row 1",
        assertThrows(IllegalArgumentException.class, () -> LinearReadout.classifier(states, new int[] {0, 2}, 2, 0))
            .getMessage());
    assertEquals(
        "ridge must be a finite number >= 0, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> LinearReadout.fit(states, new double[][] {{1}, {0}}, -1))
            .getMessage());
    assertEquals(
        "a readout needs as many targets as states, and at least one: got 2 states and 1 targets",
        assertThrows(IllegalArgumentException.class, () -> LinearReadout.fit(states, new double[][] {{1}}, 0))
            .getMessage());
  }
}
