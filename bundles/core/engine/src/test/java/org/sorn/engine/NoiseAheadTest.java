package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Noise drawn ahead on another thread is the noise drawn on the run's thread, bit for bit, and
 * leaves the run's stream in the same state after every step, whatever the producer does. The
 * producers measure their idle time on a clock the tests hold: it stands still unless a test
 * moves it, so that a slow machine never makes a producer stop where a test does not expect it.
 */
class NoiseAheadTest {
  private static final double SIGMA = 0.04;
  private static final int NE = 37;
  private static final int NI = 7;
  private static final LongSupplier STILL = () -> 0L;

  @BeforeEach
  @AfterEach
  void noProducerLeft() throws InterruptedException {
    awaitNoProducer();
  }

  /** Waits until no noise producer runs in the process (they stop shortly after being told). */
  static void awaitNoProducer() throws InterruptedException {
    long until = System.nanoTime() + 10_000_000_000L;
    while (NoiseAhead.running() > 0 && System.nanoTime() < until) {
      Thread.sleep(1);
    }
    assertEquals(0, NoiseAhead.running(), "noise producers still running after 10 s");
  }

  @Test
  void drawsWhatTheRunWouldDrawAndLeavesItsStreamAsItWouldBe() {
    Xoshiro256StarStar stream = Xoshiro256StarStar.forPurpose(9L, "noise");
    Xoshiro256StarStar twin = Xoshiro256StarStar.forPurpose(9L, "noise");
    NoiseAhead ahead = new NoiseAhead(stream, SIGMA, NE, NI, 1, NoiseAhead.IDLE_NANOS, STILL);
    boolean sawProducer = false;
    for (int step = 0; step < 20_000; step++) {
      assertSameStep(ahead, stream, twin, step);
      sawProducer |= ahead.drawsAhead();
    }
    assertTrue(sawProducer, "a producer drew ahead");
    ahead.stop();
  }

  @Test
  void aStreamSetElsewhereIsFollowedFromItsNewState() {
    Xoshiro256StarStar stream = Xoshiro256StarStar.forPurpose(10L, "noise");
    Xoshiro256StarStar twin = Xoshiro256StarStar.forPurpose(10L, "noise");
    NoiseAhead ahead = new NoiseAhead(stream, SIGMA, NE, NI, 1, NoiseAhead.IDLE_NANOS, STILL);
    long[] elsewhere = Xoshiro256StarStar.forPurpose(11L, "other").state();
    for (int step = 0; step < 3_000; step++) {
      if (step == 1_000) { // as a resumed run sets it to a checkpoint's state
        stream.restore(elsewhere);
        twin.restore(elsewhere);
      }
      if (step == 2_000) { // something else drawing from it
        stream.nextLong();
        twin.nextLong();
      }
      assertSameStep(ahead, stream, twin, step);
    }
    ahead.stop();
  }

  @Test
  void anIdleProducerStopsAndTheNextStepStartsAnother() throws InterruptedException {
    Xoshiro256StarStar stream = Xoshiro256StarStar.forPurpose(12L, "noise");
    Xoshiro256StarStar twin = Xoshiro256StarStar.forPurpose(12L, "noise");
    AtomicLong clock = new AtomicLong();
    NoiseAhead ahead =
        new NoiseAhead(stream, SIGMA, NE, NI, 1, NoiseAhead.IDLE_NANOS, clock::get);
    for (int step = 0; step < 500; step++) {
      assertSameStep(ahead, stream, twin, step);
    }
    assertTrue(ahead.drawsAhead(), "no time passed on the clock: the producer is there");
    // a run paused: no step is taken while the clock goes on, past the idle time
    long until = System.nanoTime() + 30_000_000_000L;
    while (ahead.drawsAhead() && System.nanoTime() < until) {
      clock.addAndGet(NoiseAhead.IDLE_NANOS / 2);
      Thread.sleep(1);
    }
    assertFalse(ahead.drawsAhead(), "the idle producer stopped");
    // the steps it drew before it stopped are used first (a ring of 5,957 steps here)
    for (int step = 500; step < 20_000; step++) {
      assertSameStep(ahead, stream, twin, step);
    }
    assertTrue(ahead.drawsAhead(), "another one started");
    ahead.stop();
  }

  @Test
  void withoutAProducerEachStepIsDrawnHere() {
    Xoshiro256StarStar one = Xoshiro256StarStar.forPurpose(13L, "noise");
    Xoshiro256StarStar two = Xoshiro256StarStar.forPurpose(14L, "noise");
    Xoshiro256StarStar twinOne = Xoshiro256StarStar.forPurpose(13L, "noise");
    Xoshiro256StarStar twinTwo = Xoshiro256StarStar.forPurpose(14L, "noise");
    // one producer at a time: the first run has it, the second draws its own
    NoiseAhead first = new NoiseAhead(one, SIGMA, NE, NI, 1, NoiseAhead.IDLE_NANOS, STILL);
    NoiseAhead second = new NoiseAhead(two, SIGMA, NE, NI, 1, NoiseAhead.IDLE_NANOS, STILL);
    Xoshiro256StarStar three = Xoshiro256StarStar.forPurpose(15L, "noise");
    NoiseAhead none = new NoiseAhead(three, SIGMA, NE, NI, 0, NoiseAhead.IDLE_NANOS, STILL);
    Xoshiro256StarStar twinNone = Xoshiro256StarStar.forPurpose(15L, "noise");
    for (int step = 0; step < 3_000; step++) {
      assertSameStep(first, one, twinOne, step);
      assertSameStep(second, two, twinTwo, step);
      assertSameStep(none, three, twinNone, step);
    }
    assertTrue(first.drawsAhead());
    assertFalse(second.drawsAhead());
    assertFalse(none.drawsAhead());
    first.stop();
  }

  /** One step of both: the same noise, bit for bit, and the same state of the stream after. */
  private static void assertSameStep(
      NoiseAhead ahead, Xoshiro256StarStar stream, Xoshiro256StarStar twin, int step) {
    double[] e = new double[NE];
    double[] i = new double[NI];
    ahead.sample(e, i);
    double[] expectedE = new double[NE];
    double[] expectedI = new double[NI];
    for (int k = 0; k < NE; k++) {
      expectedE[k] = SIGMA * twin.nextGaussian();
    }
    for (int k = 0; k < NI; k++) {
      expectedI[k] = SIGMA * twin.nextGaussian();
    }
    assertArrayEquals(expectedE, e, "E noise of step " + step);
    assertArrayEquals(expectedI, i, "I noise of step " + step);
    assertArrayEquals(twin.state(), stream.state(), "the stream after step " + step);
  }
}
