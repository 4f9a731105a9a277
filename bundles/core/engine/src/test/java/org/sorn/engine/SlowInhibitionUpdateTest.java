package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.sorn.api.NetworkSnapshot;

/** A three-unit network small enough to compute by hand. */
class SlowInhibitionUpdateTest {

  @Test
  void drivesComeFromActivityAtTAndInhibitionIsSlow() {
    NetworkSnapshot s = new NetworkSnapshot();
    // E0 -> E1 (0.6), E0 -> E2 (0.3), E1 -> E2 (0.5)
    s.wee = new double[][] {{0, 0.6, 0.3}, {0, 0, 0.5}, {0, 0, 0}};
    s.wei = new double[][] {{0, 0, 0.4}};
    s.wie = new double[][] {{0.9}, {0.05}, {0.05}};
    s.te = new double[] {0.5, 0.5, 0.5};
    s.ti = new double[] {0.2};
    s.x = new double[][] {{0, 1}, {0, 1}, {0, 0}}; // x(t) = (1, 1, 0)
    s.y = new double[][] {{0, 1}}; // y(t) = 1
    SornState state = SornState.of(s, 1);
    var kernel = new SlowInhibitionUpdate.Kernel(3, 1);
    boolean[] recurrent = new boolean[3];
    step(kernel, state, new double[] {0.0}, recurrent);
    // E = (0, 0.6, 0.8); I = (0, 0, 0.4); x(t+1) = H(E - I - 0.5) = (0, 1, 0)
    assertArrayEquals(new boolean[] {false, true, false}, state.x().after());
    assertArrayEquals(new boolean[] {true, true, false}, state.x().before());
    // D = 0.9 + 0.05 from x(t), not x(t+1): y(t+1) = H(0.95 - 0.2) = 1
    assertArrayEquals(new boolean[] {true}, state.y().after());
    assertArrayEquals(new boolean[] {false, true, false}, recurrent);
    // the input drives unit 0 only
    step(kernel, state, new double[] {0.7}, recurrent);
    assertArrayEquals(new boolean[] {true, false, false}, state.x().after());
  }

  /**
   * The drives of a dense matrix (summed eight columns at a time) and of a sparse one (row after
   * row) are the package's sums bit for bit: in ascending presynaptic order from +0.0, with values
   * whose sum depends on the order, -0.0 and NaN among them; every width from 1 to 21 columns.
   */
  @Test
  void drivesAreSequentialSumsInPresynapticOrderDenseOrSparse() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3L);
    for (int columns = 1; columns <= 21; columns++) {
      for (boolean dense : new boolean[] {true, false}) {
        int rows = 30;
        double[][] w = new double[rows][columns];
        for (double[] row : w) {
          for (int i = 0; i < columns; i++) {
            double u = random.nextDouble();
            row[i] = u < 0.05 ? -0.0 : u < 0.07 ? Double.NaN : u < 0.3 && !dense ? 0.0
                : random.nextDouble() * Math.pow(10, random.nextInt(-8, 9));
          }
        }
        CsrWeights m = CsrWeights.of(w, columns, dense);
        for (int count = 0; count <= rows; count += 7) {
          int[] active = random.ints(0, rows).distinct().limit(count).sorted().toArray();
          double[] expected = new double[columns];
          for (int i = 0; i < columns; i++) {
            double sum = 0.0;
            for (int j : active) {
              sum += w[j][i];
            }
            expected[i] = sum;
          }
          double[] drive = new double[columns];
          java.util.Arrays.fill(drive, 42.0); // what the step before left
          m.sumRows(active, active.length, drive);
          assertArrayEquals(expected, drive, columns + " columns, " + count + " active");
        }
      }
    }
    // a dense matrix too large for blocks: its rows one after the other
    int rows = Drives.DENSE_BLOCKS_UP_TO / 16 + 1;
    double[][] w = new double[rows][16];
    for (double[] row : w) {
      for (int i = 0; i < 16; i++) {
        row[i] = random.nextDouble() * Math.pow(10, random.nextInt(-8, 9));
      }
    }
    CsrWeights m = CsrWeights.of(w, 16, true);
    int[] active = random.ints(0, rows).distinct().limit(500).sorted().toArray();
    double[] expected = new double[16];
    for (int i = 0; i < 16; i++) {
      for (int j : active) {
        expected[i] += w[j][i];
      }
    }
    double[] drive = new double[16];
    m.sumRows(active, active.length, drive);
    assertArrayEquals(expected, drive);
  }

  /** What the run does around the update: shift, update without noise, index. */
  private static void step(
      SlowInhibitionUpdate.Kernel kernel, SornState state, double[] u, boolean[] recurrent) {
    state.x().shift();
    state.y().shift();
    kernel.update(state, u, new double[3], new double[1], recurrent);
    state.x().indexAfter();
    state.y().indexAfter();
  }
}
