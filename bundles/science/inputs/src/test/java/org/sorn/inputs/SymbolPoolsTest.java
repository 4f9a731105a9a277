package org.sorn.inputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SymbolPoolsTest {

  @Test
  void aSymbolDrivesItsOwnPoolAndLeavesTheRestOfTheInputAtZero() {
    SymbolPools pools = new SymbolPools(3, 2, 1.0);
    double[] u = {9, 9, 9, 9, 9, 9, 9, 9};
    pools.fill(1, u);
    assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 0}, u);
    assertEquals(6, pools.inputUnits());
    assertEquals(4, pools.firstUnit(2));
  }

  @Test
  void aSymbolInputPresentsTheSymbolOfEachStep() {
    SymbolPools pools = new SymbolPools(2, 1, 0.5);
    SymbolInput input = new SymbolInput(step -> (int) (step % 2), pools, 10);
    double[] u = new double[2];
    input.fill(3, u);
    assertArrayEquals(new double[] {0, 0.5}, u);
    assertEquals(10, input.length());
  }

  @Test
  void badArgumentsNameWhatIsWrong() {
    assertEquals(
        "units_per_symbol must be a positive integer, got 0",
        assertThrows(IllegalArgumentException.class, () -> new SymbolPools(2, 0, 1)).getMessage());
    assertEquals(
        "symbol must be in [0, 2), got 2",
        assertThrows(IllegalArgumentException.class, () -> new SymbolPools(2, 1, 1).fill(2, new double[2]))
            .getMessage());
  }
}
