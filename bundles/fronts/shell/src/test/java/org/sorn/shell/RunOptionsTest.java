package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sorn.api.Slots;
import org.sorn.api.run.Phase;

class RunOptionsTest {

  static RunOptions parse(String... args) {
    return RunOptions.parse(List.of(args), Slots.REFERENCE);
  }

  @Test
  void absentOptionsTakeThePackageDefaults() {
    RunOptions o = parse("--steps", "10");
    assertNull(o.ne());
    assertNull(o.nu());
    assertNull(o.seed());
    assertEquals(10L, o.steps());
    assertTrue(o.noise());
    assertEquals(0.04, o.noiseSigma());
    assertEquals(Phase.PLASTICITY, o.phase());
    assertEquals(Set.of(), o.frozen());
    assertEquals(Map.of(), o.parameters());
    assertEquals(Map.of(), o.variants());
    assertNull(o.state());
    assertNull(o.input());
    assertEquals(List.of(), o.recorders());
    assertNull(o.out());
    assertFalse(o.help());
    assertEquals(List.of("json"), o.formats());
    assertEquals(10_000, o.checkpointEvery());
    assertFalse(o.quiet());
    assertEquals(Map.of(), o.recordParameters());
  }

  @Test
  void checkpointsFormatsQuietAndRecorderOptions() {
    RunOptions o =
        parse(
            "--steps",
            "10",
            "--eta-ip",
            "0.02",
            "--checkpoint-every=0",
            "--format",
            "npz, json,npz",
            "--quiet",
            "--record",
            "WEE:every=1000,ExcitatoryActivation:from=1000:to=5000");
    assertEquals(0, o.checkpointEvery());
    assertEquals(List.of("npz", "json"), o.formats());
    assertTrue(o.quiet());
    assertEquals(List.of("WEE", "ExcitatoryActivation"), o.recorders());
    assertEquals(Map.of("eta_ip", 0.02), o.parameters(), "hyper-parameters only");
    assertEquals(
        Map.of(
            "eta_ip", 0.02,
            "record.WEE.every", 1000.0,
            "record.ExcitatoryActivation.from", 1000.0,
            "record.ExcitatoryActivation.to", 5000.0),
        o.runParameters());
    assertEquals(5000, parse("--checkpoint-every", "5000").checkpointEvery());
  }

  @Test
  void formatsMustBeInstalled() {
    RunOptions o = parse("--steps", "1", "--format", "json,parquet");
    o.checkFormats(List.of("csv", "json", "parquet"));
    assertEquals(
        "--format: unknown format 'parquet'; installed formats: csv, json, npz",
        assertThrows(UsageError.class, () -> o.checkFormats(List.of("csv", "json", "npz")))
            .getMessage());
  }

  @Test
  void everyOptionIsReadInBothSyntaxes() {
    RunOptions o =
        parse(
            "--ne",
            "50",
            "--nu=5",
            "--eta-stdp",
            "0.005",
            "--eta-inhib=0.002",
            "--eta-ip",
            "0.02",
            "--te-min",
            "0.1",
            "--te-max=0.9",
            "--ti-min",
            "0.05",
            "--ti-max",
            "0.4",
            "--mu-ip",
            "0.2",
            "--h-ip",
            "0.3",
            "--lambda-ee",
            "10",
            "--lambda-ei=20",
            "--steps",
            "100",
            "--seed=-42",
            "--noise",
            "off",
            "--noise-sigma",
            "0.1",
            "--phase=training",
            "--freeze",
            "stdp,sp",
            "--variant",
            "stdp=weight-dependent-stdp,update=fast-inhibition",
            "--state",
            "s.npz",
            "--input=in.csv",
            "--record",
            "TE,ExcitatoryActivation,TE",
            "--out",
            "results");
    assertEquals(50, o.ne());
    assertEquals(5, o.nu());
    assertEquals(100L, o.steps());
    assertEquals(-42L, o.seed());
    assertFalse(o.noise());
    assertEquals(0.1, o.noiseSigma());
    assertEquals(Phase.TRAINING, o.phase());
    assertEquals(Set.of("stdp", "sp"), o.frozen());
    assertEquals(
        Map.ofEntries(
            Map.entry("eta_stdp", 0.005),
            Map.entry("eta_inhib", 0.002),
            Map.entry("eta_ip", 0.02),
            Map.entry("te_min", 0.1),
            Map.entry("te_max", 0.9),
            Map.entry("ti_min", 0.05),
            Map.entry("ti_max", 0.4),
            Map.entry("mu_ip", 0.2),
            Map.entry("h_ip", 0.3),
            Map.entry("lambda_ee", 10.0),
            Map.entry("lambda_ei", 20.0)),
        o.parameters());
    assertEquals(
        Map.of("stdp", "weight-dependent-stdp", "update", "fast-inhibition"), o.variants());
    assertEquals(Path.of("s.npz"), o.state());
    assertEquals(Path.of("in.csv"), o.input());
    assertEquals(List.of("TE", "ExcitatoryActivation"), o.recorders());
    assertEquals(Path.of("results"), o.out());
  }

  @Test
  void onlyTheHyperparametersGivenAreKept() {
    assertEquals(Map.of("eta_ip", 0.5), parse("--steps", "1", "--eta-ip", "5e-1").parameters());
  }

  @Test
  void extremeButValidValuesAreAccepted() {
    RunOptions o =
        parse("--seed", "-9223372036854775808", "--steps", "9223372036854775807", "--eta-ip", "0");
    assertEquals(Long.MIN_VALUE, o.seed());
    assertEquals(Long.MAX_VALUE, o.steps());
    assertEquals(0.0, o.parameters().get("eta_ip"));
    assertEquals(Set.of(), parse("--steps", "1", "--freeze", "").frozen());
    assertTrue(parse("--help").help());
  }

  @Test
  void freezeAcceptsTheSlotOfAnInstalledLabMechanism() {
    RunOptions o =
        RunOptions.parse(List.of("--steps", "1", "--freeze", "stdp,hebb"), List.of("stdp", "hebb"));
    assertEquals(Set.of("stdp", "hebb"), o.frozen());
  }

  @Test
  void variantsNameOneProviderPerSlot() {
    assertEquals(
        Map.of("noise", "variance", "ip", "ip-unclamped"),
        parse("--steps", "1", "--variant= noise = variance , ip=ip-unclamped").variants());
    assertEquals(Map.of(), parse("--steps", "1", "--variant", "").variants());
    assertEquals(
        "[ip, noise]",
        parse("--variant", "noise=a,ip=b").variants().keySet().toString(),
        "sorted by slot, as RunDescription keeps them");
  }

  /** Each bad value, with the one line it must produce. */
  static Stream<Arguments> badOptions() {
    return Stream.of(
        bad("--ne must be an integer >= 5, got 3", "--ne", "3"),
        bad("--ne must be an integer >= 5, got 0", "--ne", "0"),
        bad("--ne must be an integer >= 5, got -20", "--ne", "-20"),
        bad("--ne must be an integer >= 5, got abc", "--ne", "abc"),
        bad("--ne must be an integer >= 5, got 20.5", "--ne=20.5"),
        bad("--ne must be an integer >= 5, got 3000000000", "--ne", "3000000000"),
        bad("--nu must be an integer between 1 and ne, got 0", "--nu", "0"),
        bad("--steps must be a positive integer, got -5", "--steps", "-5"),
        bad("--steps must be a positive integer, got 0", "--steps", "0"),
        bad("--steps must be a positive integer, got 1e3", "--steps", "1e3"),
        bad(
            "--seed must be a 64-bit integer, got 9223372036854775808",
            "--seed",
            "9223372036854775808"),
        bad("--seed must be a 64-bit integer, got 1.5", "--seed", "1.5"),
        bad("--eta-stdp must be a finite number >= 0, got -0.1", "--eta-stdp", "-0.1"),
        bad("--eta-ip must be a finite number >= 0, got NaN", "--eta-ip", "NaN"),
        bad("--eta-ip must be a finite number >= 0, got Infinity", "--eta-ip", "Infinity"),
        bad("--eta-inhib must be a finite number >= 0, got 1e999", "--eta-inhib", "1e999"),
        bad("--eta-inhib must be a finite number >= 0, got 0x10", "--eta-inhib", "0x10"),
        bad("--eta-inhib must be a finite number >= 0, got 1d", "--eta-inhib", "1d"),
        bad("--te-min must be a finite number, got -Infinity", "--te-min=-Infinity"),
        bad("--h-ip must be a finite number, got nan", "--h-ip", "nan"),
        bad("--mu-ip must be a finite number > 0, got 0", "--mu-ip", "0"),
        bad("--lambda-ee must be a number > 0 and <= ne, got 0", "--lambda-ee", "0"),
        bad("--lambda-ei must be a number > 0 and <= ne, got -4", "--lambda-ei", "-4"),
        bad("--noise-sigma must be a finite number >= 0, got -0.01", "--noise-sigma", "-0.01"),
        bad("--noise-sigma must be a finite number >= 0, got ''", "--noise-sigma="),
        bad("--te-min must be <= --te-max, got te_min 2 and te_max 1 (default)", "--te-min", "2"),
        bad(
            "--ti-min must be <= --ti-max, got ti_min 0.6 and ti_max 0.5",
            "--ti-min",
            "0.6",
            "--ti-max",
            "0.5"),
        bad("--noise must be on or off, got 'maybe'", "--noise", "maybe"),
        bad("--phase must be one of plasticity, training, got 'foo'", "--phase", "foo"),
        bad(
            "--freeze must name mechanisms among stdp, ip, sp, istdp, ss, got 'foo'",
            "--freeze",
            "stdp,foo"),
        bad(
            "--freeze must name mechanisms among stdp, ip, sp, istdp, ss, got ''",
            "--freeze",
            "stdp,"),
        bad("--variant must be SLOT=NAME[,SLOT=NAME...], got 'stdp'", "--variant", "stdp"),
        bad(
            "--variant must be SLOT=NAME[,SLOT=NAME...], got 'ip=' in 'stdp=a,ip='",
            "--variant",
            "stdp=a,ip="),
        bad(
            "--variant must be SLOT=NAME[,SLOT=NAME...], got '=a' in '=a,ip=b'",
            "--variant",
            "=a,ip=b"),
        bad("--variant must be SLOT=NAME[,SLOT=NAME...], got 'ip=a=b'", "--variant=ip=a=b"),
        bad(
            "--variant must be SLOT=NAME[,SLOT=NAME...], got '' in 'ip=a,'",
            "--variant",
            "ip=a,"),
        bad("--variant names slot stdp twice", "--variant", "stdp=a,stdp=b"),
        bad("--variant needs a value (SLOT=NAME[,SLOT=NAME...])", "--variant"),
        bad("--ne needs a value (an integer >= 5)", "--ne"),
        bad("--ne needs a value (an integer >= 5)", "--ne", "--nu", "3"),
        bad("--input needs a value (a .json, .csv or .npy file)", "--input="),
        bad("--ne is given twice", "--ne", "20", "--ne=30"),
        bad("--checkpoint-every must be an integer >= 0, got -1", "--checkpoint-every=-1"),
        bad("--checkpoint-every must be an integer >= 0, got 1e4", "--checkpoint-every", "1e4"),
        bad("--format must be a comma-separated list of formats, got ''", "--format="),
        bad("--format must be a comma-separated list of formats, got 'json,'", "--format=json,"),
        bad("--quiet takes no value, got 'yes'", "--quiet=yes"),
        bad("--record: WEE:every must be a positive integer (steps), got 0", "--record=WEE:every=0"),
        bad("--help takes no value, got 'x'", "--help=x"),
        bad("unexpected argument 'extra'; options start with --", "extra"),
        bad("unknown option '-n'; expected one of " + RunOption.allFlags(), "-n", "5"),
        bad("unknown option '--bogus'; expected one of " + RunOption.allFlags(), "--bogus", "1"),
        bad("unknown option '--Ne'; expected one of " + RunOption.allFlags(), "--Ne=20"));
  }

  private static Arguments bad(String message, String... args) {
    return Arguments.of(List.of(args), message);
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void aBadOptionIsNamedWithTheValueGot(List<String> args, String message) {
    UsageError e = assertThrows(UsageError.class, () -> RunOptions.parse(args, Slots.REFERENCE));
    assertEquals(message, e.getMessage());
  }

  static String sizeError(int ne, String... args) {
    RunOptions o = parse(args);
    return assertThrows(UsageError.class, () -> o.checkSizes(ne)).getMessage();
  }

  @Test
  void sizesAreCheckedOnceNeIsKnown() {
    assertEquals("--nu must be at most ne (20), got 30", sizeError(20, "--nu", "30"));
    assertEquals(
        "--lambda-ee must be a number > 0 and <= ne (20), got 25",
        sizeError(20, "--lambda-ee", "25"));
    assertEquals(
        "--lambda-ei must be a number > 0 and <= ne (200), got 200.5",
        sizeError(200, "--lambda-ei", "200.5"));
    parse("--lambda-ee", "20", "--lambda-ei", "20", "--nu", "20").checkSizes(20);
  }

  @Test
  void defaultInDegreesAreLeftToTheEngine() {
    // the engine clamps the in-degrees drawn from the default lambdas to a small network
    parse().checkSizes(10);
  }

  @Test
  void recordersMustBeInstalled() {
    RunOptions o = parse("--steps", "1", "--record", "TE,Foo");
    assertEquals(
        "--record: unknown recorder 'Foo'; expected names among TE, TI",
        assertThrows(UsageError.class, () -> o.checkRecorders(List.of("TE", "TI"))).getMessage());
    assertEquals(
        "--record: unknown recorder 'TE'; expected names among (none installed)",
        assertThrows(UsageError.class, () -> o.checkRecorders(List.of())).getMessage());
  }

  @Test
  void inputNamesAFileOrAGenerator() {
    RunOptions file = parse("--input", "data/in.csv", "--steps", "5");
    assertEquals(Path.of("data/in.csv"), file.input());
    assertNull(file.generator());
    RunOptions strong = parse("--input", "strong", "--steps", "5");
    assertNull(strong.input());
    assertEquals("strong", strong.generator());
    RunOptions counting = parse("--input=counting:n=8,units=5", "--steps", "5");
    assertEquals("counting:n=8,units=5", counting.generator());
    assertNull(counting.input());
  }
}
