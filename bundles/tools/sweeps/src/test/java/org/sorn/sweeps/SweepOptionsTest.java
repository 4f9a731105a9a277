package org.sorn.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepOptionsTest {
  private static SweepOptions parse(String... arguments) {
    return SweepOptions.parse(List.of(arguments), 8);
  }

  private static String refusal(String... arguments) {
    return assertThrows(IllegalArgumentException.class, () -> parse(arguments)).getMessage();
  }

  @Test
  void theLocalEngineIsTheDefaultWithAsManyJobsAsCores() {
    SweepOptions options = parse("grid.json", "--out", "dir");

    assertEquals(Path.of("grid.json"), options.file());
    assertEquals(Path.of("dir"), options.out());
    assertFalse(options.slurm());
    assertEquals(8, options.jobs());
    assertEquals(3, parse("grid.json", "--out=dir", "--jobs=3").jobs());
  }

  @Test
  void slurmTakesEveryResourceOptionInEitherForm() {
    SweepOptions options = parse("grid.json", "--out", "dir", "--engine", "slurm", "--partition=short,long",
        "--time", "1-02:30:00", "--mem", "4G", "--cpus-per-task", "2", "--max-concurrent=10", "--resubmit", "--no-wait");

    assertTrue(options.slurm());
    assertEquals(new SlurmResources("short,long", "1-02:30:00", "4G", 2, 10), options.resources());
    assertTrue(options.resubmit());
    assertTrue(options.noWait());
    assertEquals(List.of("--partition=short,long", "--time=1-02:30:00", "--mem=4G", "--cpus-per-task=2"),
        options.resources().directives());
    assertEquals(SlurmResources.NONE, parse("g.json", "--out", "d", "--engine", "slurm").resources());
    assertEquals(List.of(), SlurmResources.NONE.directives());
  }

  @Test
  void everyTimeFormOfSlurmIsAccepted() {
    for (String time : List.of("30", "30:00", "01:30:00", "2-0", "2-12:00", "2-12:00:00", "UNLIMITED")) {
      assertEquals(time, parse("g.json", "--out", "d", "--engine", "slurm", "--time", time).resources().time());
    }
  }

  @Test
  void wrongValuesNameTheOptionAndWhatWasExpected() {
    assertEquals("--time must be minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS, e.g. 01:30:00, got 1h",
        refusal("g.json", "--out", "d", "--engine", "slurm", "--time", "1h"));
    assertEquals("--mem must be a positive whole number with an optional unit K, M, G or T, e.g. 4G, got 4GB",
        refusal("g.json", "--out", "d", "--engine", "slurm", "--mem", "4GB"));
    assertEquals("--max-concurrent must be a positive integer, got 0",
        refusal("g.json", "--out", "d", "--engine", "slurm", "--max-concurrent", "0"));
    assertEquals("--cpus-per-task must be a positive integer, got two",
        refusal("g.json", "--out", "d", "--engine", "slurm", "--cpus-per-task", "two"));
    assertTrue(refusal("g.json", "--out", "d", "--engine", "slurm", "--partition", "a b").startsWith("--partition must be"));
    assertEquals("--engine must be local or slurm, got pbs", refusal("g.json", "--out", "d", "--engine", "pbs"));
  }

  @Test
  void optionsOfTheOtherEngineAreRefused() {
    assertEquals("--partition applies to --engine slurm only", refusal("g.json", "--out", "d", "--partition", "debug"));
    assertTrue(refusal("g.json", "--out", "d", "--resubmit").startsWith("--resubmit applies to --engine slurm only"));
    assertEquals("--jobs applies to the local engine; with --engine slurm use --max-concurrent",
        refusal("g.json", "--out", "d", "--engine", "slurm", "--jobs", "4"));
    assertTrue(refusal("g.json", "--out", "d", "--engine").startsWith("--engine needs a value"));
    assertTrue(refusal("g.json", "--out", "d", "--wait").startsWith("unknown option --wait"));
  }
}
