package org.sorn.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RunMonitorTest {

  /** The units of step {@code r} of a raster, as the page decodes them. */
  static String row(RunMonitor.Raster raster, int r) {
    StringBuilder units = new StringBuilder();
    int rowBytes = (raster.units() + 7) / 8;
    for (int i = 0; i < raster.units(); i++) {
      if (((raster.bits()[r * rowBytes + i / 8] >> (i % 8)) & 1) == 1) {
        units.append(units.length() == 0 ? "" : ",").append(i);
      }
    }
    return units.toString();
  }

  @Test
  void theRasterHoldsTheStepsSeenWhileAPageLooksAndPacksUnitsAsThePageReadsThem() throws Exception {
    FakeRun run = new FakeRun(70);
    RunMonitor monitor = new RunMonitor(run.simulation()).attach();
    run.step(1, 2);
    assertNull(monitor.raster(10), "no page looks: no raster is kept");
    Object page = new Object();
    monitor.viewerJoined(page);
    run.step(0, 63, 64, 69);
    run.step();
    run.step(5);
    RunMonitor.Raster raster = monitor.raster(10);
    assertEquals(1, raster.first());
    assertEquals(3, raster.steps());
    assertEquals(70, raster.units());
    assertEquals(3 * 9, raster.bits().length);
    assertEquals("0,63,64,69", row(raster, 0));
    assertEquals("", row(raster, 1));
    assertEquals("5", row(raster, 2));
    RunMonitor.Raster last = monitor.raster(2);
    assertEquals(2, last.first());
    assertEquals("5", row(last, 1));
    monitor.viewerLeft(page);
    run.step(3);
    assertEquals(4, monitor.raster(10).first() + monitor.raster(10).steps(), "no rows once it left");
  }

  @Test
  void rowsAreWrittenOnlyForTheStepsThePagesWillShow() throws Exception {
    FakeRun run = new FakeRun(8);
    RunMonitor monitor = new RunMonitor(run.simulation()).attach();
    Object a = new Object();
    Object b = new Object();
    monitor.viewerJoined(a);
    monitor.wantRasterFrom(a, 3);
    for (int t = 0; t < 6; t++) {
      run.step(t);
    }
    RunMonitor.Raster shown = monitor.raster(10);
    assertEquals(3, shown.first(), "steps 0 to 2 were not written");
    assertEquals(3, shown.steps());
    assertEquals("3", row(shown, 0));
    monitor.viewerJoined(b); // from the next step on; the earliest wish counts
    monitor.wantRasterFrom(a, 100);
    run.step(6);
    run.step(7);
    assertEquals(8, monitor.raster(10).first() + monitor.raster(10).steps());
    monitor.viewerLeft(b);
    run.step(0);
    assertEquals(8, monitor.raster(10).first() + monitor.raster(10).steps(), "a waits for step 100");
  }

  @Test
  void theNextFramesRasterStartsAQuarterOfAFrameEarly() {
    assertEquals(1000, LiveStream.nextRaster(1000, 0), "a paused run: from now");
    assertEquals(1000, LiveStream.nextRaster(1000, 400), "a slow run: every step");
    assertEquals(1000 + 15000 - 300, LiveStream.nextRaster(1000, 20000));
  }

  @Test
  void aLargeNetworkShowsItsFirstUnitsAndTheRingKeepsOnlyItsLastSteps() throws Exception {
    FakeRun run = new FakeRun(RunMonitor.RASTER_UNITS + 500);
    RunMonitor monitor = new RunMonitor(run.simulation()).attach();
    monitor.viewerJoined(this);
    for (int t = 0; t < RunMonitor.RING + 10; t++) {
      run.step(t % 7, RunMonitor.RASTER_UNITS - 1, RunMonitor.RASTER_UNITS + 3);
    }
    RunMonitor.Raster raster = monitor.raster(RunMonitor.RING + 10);
    assertEquals(RunMonitor.RASTER_UNITS, raster.units());
    assertEquals(RunMonitor.RING + 10 - raster.steps(), raster.first());
    assertEquals(RunMonitor.RING - 2, raster.steps(), "the rows the run may be writing are left out");
    assertEquals(raster.first() % 7 + "," + (RunMonitor.RASTER_UNITS - 1), row(raster, 0));
  }

  @Test
  void theRateIsTheMeanFractionActiveSinceAStep() throws Exception {
    FakeRun run = new FakeRun(10);
    RunMonitor monitor = new RunMonitor(run.simulation()).attach();
    assertNull(monitor.rateSince(0));
    run.step(1, 2);
    run.step(1, 2, 3, 4);
    run.step();
    RunMonitor.Rate all = monitor.rateSince(0);
    assertEquals(0, all.from());
    assertEquals(3, all.to());
    assertEquals(6 / 30.0, all.value(), 1e-15);
    assertEquals(4 / 20.0, monitor.rateSince(1).value(), 1e-15);
    assertNull(monitor.rateSince(3));
  }

  @Test
  void theRateHistoryKeepsAtMostItsCapacityAndMergesNeighbours() throws Exception {
    RateHistory history = new RateHistory(4);
    int steps = 16 * RateHistory.CAPACITY + 32;
    for (int t = 0; t < steps; t++) {
      history.add(t, t % 2 == 0 ? 4 : 0);
    }
    Curve curve = history.points();
    assertEquals(RateHistory.CAPACITY / 2 + 1, curve.steps().length);
    assertEquals(0, curve.steps()[0]);
    assertEquals(32, curve.steps()[1], "merged bins are twice as wide");
    for (double v : curve.values()) {
      assertEquals(0.5, v, 1e-15);
    }
    assertEquals(16 * RateHistory.CAPACITY, curve.steps()[curve.steps().length - 1]);
  }

  @Test
  void theSampleHistoryThinsItselfOverTheWholeRun() {
    SampleHistory history = new SampleHistory();
    history.add(0, 0.1);
    history.add(0, 0.2);
    for (int i = 1; i < SampleHistory.CAPACITY + 1; i++) {
      history.add(i * 10L, i);
    }
    Curve curve = history.points();
    assertEquals(SampleHistory.CAPACITY / 2 + 1, curve.steps().length);
    assertEquals(0.1, curve.values()[0]);
    assertEquals(20, curve.steps()[1]);
    assertEquals(SampleHistory.CAPACITY * 10L, curve.steps()[curve.steps().length - 1]);
  }

  @Test
  void copiesAreAskedForAboutOnceASecondAndNotWhileOneIsPending() throws Exception {
    FakeRun run = new FakeRun(10);
    RunMonitor monitor = new RunMonitor(run.simulation()).attach();
    monitor.sampleIfDue(0);
    monitor.sampleIfDue(1);
    assertEquals(1, run.snapshots, "one copy at a time");
    run.snapshot.complete(null);
    run.snapshot = new java.util.concurrent.CompletableFuture<>();
    monitor.sampleIfDue(2);
    assertEquals(2, run.snapshots, "a copy that did not come is asked for again");
  }

  @Test
  void histogramsCountEveryValueInEqualBins() {
    Histogram h = Histogram.of(new double[] {0, 1, 2, 3, 4, 99}, 5);
    assertEquals(0, h.low());
    assertEquals(4, h.high());
    int[] counts = new int[Histogram.BINS];
    counts[0] = 1;
    counts[10] = 1;
    counts[20] = 1;
    counts[30] = 1;
    counts[Histogram.BINS - 1] = 1;
    assertArrayEquals(counts, h.counts());
    assertEquals(3, Histogram.of(new double[] {2, 2, 2}, 3).counts()[0]);
    assertEquals(0, Histogram.of(new double[0], 0).counts()[0]);
  }
}
