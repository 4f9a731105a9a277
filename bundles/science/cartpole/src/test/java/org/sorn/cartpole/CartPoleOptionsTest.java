package org.sorn.cartpole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartPoleOptionsTest {

  @Test
  void defaultsAreTheDemo() {
    CartPoleOptions o = CartPoleOptions.parse(List.of());
    assertEquals(300, o.episodes());
    assertEquals(200, o.ne());
    assertEquals("v1", o.version());
    assertEquals(500, o.stepLimit());
    assertEquals(Encoding.SORN, o.encoding());
    assertEquals(0.003, o.learningRate());
    assertEquals(0.99, o.discount());
    assertEquals(null, o.out());
  }

  @Test
  void readsEveryOptionInBothSpellings() {
    CartPoleOptions o =
        CartPoleOptions.parse(
            List.of("--episodes", "50", "--seed=9", "--ne", "150", "--version", "v0",
                "--learning-rate", "0.02", "--discount=0.95", "--encoder", "raw", "--window", "10",
                "--out", "results"));
    assertEquals(
        new CartPoleOptions(50, 9, 150, "v0", 0.02, 0.95, Encoding.RAW, 10, Path.of("results")), o);
    assertEquals(200, o.stepLimit());
  }

  @Test
  void badValuesAreOneLineNamingTheOption() {
    assertEquals("--episodes must be an integer >= 1, got '0'", message("--episodes", "0"));
    assertEquals("--version must be v0 or v1, got 'v2'", message("--version", "v2"));
    assertEquals("--learning-rate must be a number > 0, got '-1'", message("--learning-rate", "-1"));
    assertEquals("--discount must be a number in [0, 1], got '2'", message("--discount", "2"));
    assertEquals("--seed must be an integer, got 'x'", message("--seed", "x"));
    assertEquals(
        "--encoder must be one of sorn, static, pools, raw, got 'deep'", message("--encoder", "deep"));
    assertEquals(
        "--ne must be at least 128 (the encoder's input units), got 100", message("--ne", "100"));
    String unknown = message("--steps", "3");
    assertEquals("unknown option --steps; " + CartPoleOptions.USAGE, unknown);
    assertEquals("--out needs a value; " + CartPoleOptions.USAGE, message("--out"));
  }

  @Test
  void aSmallNetworkIsFineWithoutTheSorn() {
    assertEquals(20, CartPoleOptions.parse(List.of("--ne", "20", "--encoder", "raw")).ne());
  }

  private static String message(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> CartPoleOptions.parse(List.of(args)))
        .getMessage();
  }
}
