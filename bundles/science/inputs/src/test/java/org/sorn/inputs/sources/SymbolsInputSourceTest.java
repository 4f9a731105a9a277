package org.sorn.inputs.sources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorn.api.InputSequence;
import org.sorn.testkit.TestRun;

class SymbolsInputSourceTest {

  @Test
  void symbolsAreNumberedInOrderOfFirstAppearance() {
    SymbolsInputSource.Sequence spaced = SymbolsInputSource.Sequence.parse(" go b go  c ");
    assertEquals(List.of("go", "b", "c"), spaced.alphabet());
    assertArrayEquals(new int[] {0, 1, 0, 2}, spaced.symbols());
    SymbolsInputSource.Sequence letters = SymbolsInputSource.Sequence.parse("abba");
    assertEquals(List.of("a", "b"), letters.alphabet());
    assertArrayEquals(new int[] {0, 1, 1, 0}, letters.symbols());
  }

  @Test
  void theSequenceRepeatsEachSymbolOnItsOwnPool() {
    SymbolsInputSource source = new SymbolsInputSource();
    source.configure(Configs.of(SymbolsInputSource.Config.class, Map.of("sequence", "a b b c")));
    InputSequence input =
        source.open(new TestRun(20, 7, 1, Map.of("units_per_symbol", 2.0, "symbol_input", 1.5)));
    double[] u = new double[7];
    double[][] expected = {
      {1.5, 1.5, 0, 0, 0, 0, 0},
      {0, 0, 1.5, 1.5, 0, 0, 0},
      {0, 0, 1.5, 1.5, 0, 0, 0},
      {0, 0, 0, 0, 1.5, 1.5, 0},
    };
    for (int t = 0; t < 12; t++) {
      input.fill(t, u);
      assertArrayEquals(expected[t % 4], u, "step " + t);
    }
    assertEquals(-1, input.length());
  }

  @Test
  void tooFewInputUnitsForThePoolsAreRefused() {
    SymbolsInputSource source = new SymbolsInputSource();
    source.configure(Configs.of(SymbolsInputSource.Config.class, Map.of("sequence", "abc")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> source.open(new TestRun(200, 10, 1, Map.of())));
    assertEquals("nu must be at least 30 for 3 symbols of 10 units each, got 10", e.getMessage());
  }

  @Test
  void anEmptySequenceIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SymbolsInputSource.Sequence.parse("  "));
    assertEquals(
        "the symbol sequence is empty; set sequence, for example \"a b b c\"", e.getMessage());
  }

  @Test
  void aFractionalPoolSizeIsRefused() {
    SymbolsInputSource source = new SymbolsInputSource();
    source.configure(Configs.defaults(SymbolsInputSource.Config.class));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> source.open(new TestRun(200, 30, 1, Map.of("units_per_symbol", 2.5))));
    assertEquals("units_per_symbol must be an integer, got 2.5", e.getMessage());
  }
}
