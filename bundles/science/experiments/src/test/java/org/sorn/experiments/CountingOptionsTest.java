package org.sorn.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sorn.api.Slots;

class CountingOptionsTest {

  private static String error(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> CountingOptions.parse(List.of(args), 2))
        .getMessage();
  }

  @Test
  void theDefaultsAreThePapersProtocolInTheLabSetup() {
    CountingOptions o = CountingOptions.parse(List.of("--out", "d"), 8);
    assertEquals(List.of(4, 8, 12), o.ns());
    assertEquals(List.of(1L, 2L, 3L), o.seeds());
    assertEquals(List.of(Condition.values()), o.conditions());
    assertEquals(Setup.LAB, o.setup());
    assertEquals(50_000, o.plasticSteps());
    assertEquals(5_000, o.trainSteps());
    assertEquals(5_000, o.testSteps());
    assertEquals(8, o.jobs());
    assertEquals(200, o.ne());
    assertEquals(10, o.unitsPerSymbol());
    assertEquals(Path.of("d"), o.out());
    assertEquals(36, o.runs());
  }

  @Test
  void listsAndBothOptionFormsAreRead() {
    CountingOptions o =
        CountingOptions.parse(
            List.of("--n=8,12,8", "--seeds", "5", "--conditions", "static,sorn", "--setup", "package",
                "--jobs", "3", "--out=x"),
            2);
    assertEquals(List.of(8, 12), o.ns());
    assertEquals(List.of(5L), o.seeds());
    assertEquals(List.of(Condition.STATIC, Condition.SORN), o.conditions());
    assertEquals(Setup.PACKAGE, o.setup());
    assertEquals(3, o.jobs());
  }

  @Test
  void badValuesNameTheOptionAndWhatItTakes() {
    assertEquals("--n must be an integer >= 1, got '0'", error("--n", "4,0", "--out", "d"));
    assertEquals("--n takes a comma-separated list, got '4,,8'", error("--n", "4,,8", "--out", "d"));
    assertEquals(
        "--conditions takes sorn, static, ip-only, stdp-only, got 'plastic'",
        error("--conditions", "plastic", "--out", "d"));
    assertEquals("--setup takes lab or package, got 'mine'", error("--setup", "mine", "--out", "d"));
    assertEquals("--ridge must be a number >= 0, got '-1'", error("--ridge", "-1", "--out", "d"));
    assertEquals("--jobs needs a value", error("--out", "d", "--jobs"));
    assertEquals(
        "--units-per-symbol 10 gives 6 pools of 60 input units, more than --ne 50",
        error("--ne", "50", "--out", "d"));
    assertEquals("--out DIR is required; " + CountingOptions.USAGE, error("--n", "4"));
    assertEquals("unknown option --steps; " + CountingOptions.USAGE, error("--steps", "4", "--out", "d"));
  }

  @Test
  void theLabSetupNeverRunsSpOrIstdpAndThePackageSetupRunsEveryMechanismOfTheSorn() {
    assertEquals(Set.of(Slots.SP, Slots.ISTDP), Condition.SORN.frozen(Setup.LAB));
    assertEquals(Set.of(), Condition.SORN.frozen(Setup.PACKAGE));
    assertEquals(Set.copyOf(Slots.REFERENCE), Condition.STATIC.frozen(Setup.LAB));
    assertEquals(Set.of(Slots.STDP, Slots.SP, Slots.ISTDP, Slots.SS), Condition.IP_ONLY.frozen(Setup.PACKAGE));
    assertEquals(Set.of(Slots.IP, Slots.SP, Slots.ISTDP), Condition.STDP_ONLY.frozen(Setup.LAB));
  }
}
