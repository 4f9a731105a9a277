package org.sorn.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorn.testkit.TestRun;

class RecordOptionsTest {

  /** A run of the package's defaults (seed 7) with these parameters; recording draws no numbers. */
  private static TestRun runOf(long steps, Map<String, Double> parameters) {
    return TestRun.ofDefaults(7, steps, parameters).named("run-1").drawingNothing();
  }

  @Test
  void recordsEveryStepOfTheRunByDefault() {
    assertEquals(StepWindow.all(500), RecordOptions.window(runOf(500, Map.of()), "WEE"));
  }

  @Test
  void aRecordersOwnOptionsComeBeforeThoseOfEveryRecorder() {
    TestRun run =
        runOf(
            10_000,
            Map.of("record.every", 10.0, "record.WEE.every", 1000.0, "record.from", 100.0));
    assertEquals(new StepWindow(100, 10_000, 1000), RecordOptions.window(run, "WEE"));
    assertEquals(new StepWindow(100, 10_000, 10), RecordOptions.window(run, "TE"));
  }

  @Test
  void aWindowThatStartsAfterTheRunRecordsNothing() {
    StepWindow w = RecordOptions.window(runOf(10, Map.of("record.from", 50.0)), "TE");
    assertEquals(new StepWindow(50, 50, 1), w);
    assertEquals(0, w.count(10));
  }

  @Test
  void refusesOptionsThatAreNotStepCounts() {
    TestRun half = runOf(10, Map.of("record.TE.every", 0.5));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordOptions.window(half, "TE"));
    assertEquals("record.TE.every must be a whole number of steps >= 1, got 0.5", e.getMessage());
    TestRun zero = runOf(10, Map.of("record.every", 0.0));
    e = assertThrows(IllegalArgumentException.class, () -> RecordOptions.window(zero, "TE"));
    assertEquals("record.every must be a whole number of steps >= 1, got 0.0", e.getMessage());
    TestRun backwards = runOf(10, Map.of("record.TE.from", 8.0, "record.TE.to", 4.0));
    e = assertThrows(IllegalArgumentException.class, () -> RecordOptions.window(backwards, "TE"));
    assertEquals(
        "recorder TE records from step 8 to step 4: 'to' must not come before 'from'",
        e.getMessage());
  }

  @Test
  void parsesCommandLineItems() {
    assertEquals(
        new RecordOptions.Item("WEE", Map.of("record.WEE.every", 1000.0)),
        RecordOptions.parse("WEE:every=1000"));
    RecordOptions.Item item = RecordOptions.parse("ExcitatoryActivation:from=1000:to=5000");
    assertEquals("ExcitatoryActivation", item.recorder());
    assertEquals(
        Map.of(
            "record.ExcitatoryActivation.from", 1000.0, "record.ExcitatoryActivation.to", 5000.0),
        item.parameters());
    assertEquals(new RecordOptions.Item("TE", Map.of()), RecordOptions.parse("TE"));
  }

  @Test
  void refusesMalformedItems() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordOptions.parse("WEE:evry=3"));
    assertEquals(
        "recorder item 'WEE:evry=3': expected option=value with option from, to or every, got"
            + " 'evry=3'",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RecordOptions.parse("WEE:every=0"));
    assertEquals(
        "recorder item 'WEE:every=0': every must be a whole number of steps >= 1, got 0",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RecordOptions.parse(":every=2"));
    assertEquals("recorder item ':every=2' has no recorder name", e.getMessage());
  }

  @Test
  void windowsCountTheStepsTheyCover() {
    StepWindow w = new StepWindow(10, 100, 30);
    assertTrue(w.covers(10));
    assertTrue(w.covers(70));
    assertFalse(w.covers(100));
    assertTrue(w.covers(40));
    assertFalse(w.covers(50));
    assertEquals(3, w.count(100));
    assertEquals(3, w.count(71));
    assertEquals(2, w.count(70));
    assertEquals(0, w.count(5));
    assertEquals(70, w.step(2));
  }

  @Test
  void keepsTheRunsFacts() {
    Map<String, Object> facts = RecordOptions.runFacts(runOf(50, Map.of()));
    assertEquals("run-1", facts.get("run_id"));
    assertEquals(200, facts.get("ne"));
    assertEquals(40, facts.get("ni"));
    assertEquals(50L, facts.get("steps"));
    assertEquals("plasticity", facts.get("phase"));
  }
}
