package org.sorn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sorn.api.Hyperparameters;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;

class BenchOptionsTest {

  private static String error(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of(args)))
        .getMessage();
  }

  @Test
  void defaultsAreTheFourSizesOfTheIssueTenSecondsEachAfterThreeOfWarmUp() {
    BenchOptions o = BenchOptions.parse(List.of());
    assertEquals(List.of(200, 1000, 4000, 10000), o.sizes());
    assertEquals(10.0, o.seconds());
    assertEquals(3.0, o.warmup());
    assertEquals(1L, o.seed());
    assertFalse(o.large());
    assertEquals(
        List.of(new BenchCase(200, 0), new BenchCase(1000, 0), new BenchCase(4000, 0),
            new BenchCase(10000, 0)),
        o.cases());
  }

  @Test
  void everyOptionIsReadInBothSpellings() {
    BenchOptions o =
        BenchOptions.parse(
            List.of("--sizes", "50, 300,50", "--seconds=2.5", "--warmup", "0", "--seed=-7",
                "--lambda-ie", "20"));
    assertEquals(List.of(50, 300), o.sizes());
    assertEquals(2.5, o.seconds());
    assertEquals(0.0, o.warmup());
    assertEquals(-7L, o.seed());
    assertEquals(List.of(new BenchCase(50, 20), new BenchCase(300, 20)), o.cases());
  }

  @Test
  void largeAddsTheHundredThousandUnitNetworkWithSparseInhibitoryInputLast() {
    BenchOptions o = BenchOptions.parse(List.of("--large", "--sizes", "200"));
    assertTrue(o.large());
    assertEquals(List.of(new BenchCase(200, 0), new BenchCase(100_000, 100)), o.cases());
  }

  @Test
  void aCaseDescribesARunOfTheDefaultModelThatGoesOnUntilStopped() {
    RunDescription dense = new BenchCase(1000, 0).description(42);
    assertEquals(1000, dense.ne());
    assertEquals(Hyperparameters.DEFAULT_NU, dense.nu());
    assertEquals(42L, dense.seed());
    assertEquals(Long.MAX_VALUE, dense.steps());
    assertEquals(Phase.PLASTICITY, dense.phase());
    assertTrue(dense.noise());
    assertEquals(Hyperparameters.DEFAULT_NOISE_SIGMA, dense.noiseSigma());
    assertTrue(dense.parameters().isEmpty(), "dense W^IE sets no lambda_ie");
    assertTrue(dense.variants().isEmpty() && dense.frozen().isEmpty());

    RunDescription sparse = BenchCase.LARGE.description(1);
    assertEquals(100.0, sparse.parameters().get(Hyperparameters.LAMBDA_IE));
    assertEquals("lambda_ie=100", BenchCase.LARGE.inhibitoryInput());
    assertEquals("dense", new BenchCase(200, 0).inhibitoryInput());
  }

  @Test
  void badValuesNameTheOptionAndWhatItTakes() {
    assertEquals(
        "--sizes takes a comma-separated list of integers >= 5, got '200,4'", error("--sizes", "200,4"));
    assertEquals(
        "--sizes takes a comma-separated list of integers >= 5, got '200,,1000'",
        error("--sizes=200,,1000"));
    assertEquals("--seconds must be a number > 0, got '0'", error("--seconds", "0"));
    assertEquals("--seconds must be a number > 0, got 'ten'", error("--seconds", "ten"));
    assertEquals("--warmup must be a number >= 0, got '-1'", error("--warmup", "-1"));
    assertEquals("--lambda-ie must be a number > 0, got 'NaN'", error("--lambda-ie", "NaN"));
    assertEquals("--seed takes a 64-bit integer, got '1.5'", error("--seed", "1.5"));
    assertTrue(error("--lambda-ie", "300", "--sizes", "200,1000").startsWith(
        "--lambda-ie 300 is more than ne = 200: "));
  }

  @Test
  void unknownOptionsStrayWordsAndMissingValuesAreRefusedWithTheUsage() {
    assertTrue(error("--fast").startsWith("unknown option --fast; usage: bench "));
    assertTrue(error("--fast=1").startsWith("unknown option --fast; usage: bench "));
    assertTrue(error("1000").startsWith("unexpected argument '1000'; usage: bench "));
    assertTrue(error("--seconds").startsWith("--seconds needs a value; usage: bench "));
  }
}
