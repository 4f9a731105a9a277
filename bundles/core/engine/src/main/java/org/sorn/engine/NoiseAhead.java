package org.sorn.engine;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.sorn.api.NoiseModel;

/**
 * The package's Gaussian noise, drawn some steps ahead on a thread of its own while the run's
 * thread does the rest of the step: the same numbers in the same order (the producer draws from a
 * copy of the run's noise stream, one step after another), so a run's results do not depend on
 * whether its noise was drawn ahead.
 *
 * <p>The run's stream stays the reference: after each step it is set to the state the producer
 * recorded after that step's draws, so a checkpoint saves, and a resumed run restores, exactly the
 * state after the draws used. A stream found in another state than the one this noise left (a
 * resume, anything else that draws from it) starts the producer again from it, and a step finding
 * no producer able to serve it draws on the run's thread, as {@link GaussianNoiseModel} does.
 *
 * <p>The producer stops by itself after a second without a step taken (a run paused, finished or
 * dropped), and the next step starts another. At most {@link #PRODUCERS} producers run at a time
 * in the process (one fewer than the processors): a run that finds them all busy draws its noise
 * itself.
 */
final class NoiseAhead implements NoiseModel.Noise {
  /** Producers at most at a time: one fewer than the processors. */
  static final int PRODUCERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

  // the producers running now, over the whole process
  private static final AtomicInteger RUNNING = new AtomicInteger();
  private static final AtomicInteger STOPPED_WHEN_TOLD = new AtomicInteger();
  // the draws kept ahead: about 2 MiB of them, 4 steps at least. More than the producer's core
  // keeps in its own cache: the lines are in the shared cache by the time the run reads them,
  // which is faster than taking them from the other core (at ne = 200, with 64 KiB, copying a
  // step's draws cost 500-680 ns; with 2 MiB, 340-350; drawing them, 830-990)
  private static final int RING_VALUES = 1 << 18;
  private static final int MIN_STEPS = 4;
  private static final int MAX_STEPS = 1 << 16;
  static final long IDLE_NANOS = 1_000_000_000L;
  private static final int RETRY_STEPS = 1000;
  private static final long PARK_NANOS = 20_000L;

  private final Xoshiro256StarStar stream;
  private final int maxProducers;
  private final long idleNanos;
  private final LongSupplier clock;
  private final double sigma;
  private final int ne;
  private final int ni;
  private final Map<String, Object> parameters;
  // the stream's state as this noise left it (meaningful while there is a producer)
  private final long[] left = new long[4];
  private Producer producer;
  // steps to draw here before trying to start a producer again
  private int retryAt;
  // steps used from the producer's ring, and the producer's count as last read
  private long used;
  private long drawnSeen;

  NoiseAhead(Xoshiro256StarStar stream, double sigma, int ne, int ni) {
    this(stream, sigma, ne, ni, PRODUCERS, IDLE_NANOS);
  }

  /** With the producers allowed at a time and the idle time after which a producer stops. */
  NoiseAhead(
      Xoshiro256StarStar stream, double sigma, int ne, int ni, int maxProducers, long idleNanos) {
    this(stream, sigma, ne, ni, maxProducers, idleNanos, System::nanoTime);
  }

  /** The same, with the clock (in nanoseconds) that producers measure their idle time with. */
  NoiseAhead(
      Xoshiro256StarStar stream,
      double sigma,
      int ne,
      int ni,
      int maxProducers,
      long idleNanos,
      LongSupplier clock) {
    this.maxProducers = maxProducers;
    this.idleNanos = idleNanos;
    this.clock = clock;
    this.stream = stream;
    this.sigma = sigma;
    this.ne = ne;
    this.ni = ni;
    this.parameters = Map.of("noise_sigma", sigma);
  }

  @Override
  public void sample(double[] excitatory, double[] inhibitory) {
    if (excitatory.length != ne || inhibitory.length != ni) {
      throw new IllegalArgumentException(
          "noise for " + excitatory.length + " E and " + inhibitory.length + " I units, bound for "
              + ne + " and " + ni);
    }
    Producer p = serving();
    if (p == null) { // no producer: this step drawn here
      GaussianNoiseModel.draw(stream, sigma, excitatory, inhibitory);
      return;
    }
    int slot = (int) (used % p.steps);
    int at = slot * (ne + ni);
    double[] draws = p.draws;
    for (int i = 0; i < ne; i++) {
      excitatory[i] = sigma * draws[at + i];
    }
    for (int k = 0; k < ni; k++) {
      inhibitory[k] = sigma * draws[at + ne + k];
    }
    System.arraycopy(p.statesAfter, slot * 4, left, 0, 4);
    stream.restore(left, 0);
    used++;
    p.counters.lazySet(Producer.USED, used); // the slot may be drawn again
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** The run no longer uses this noise: its producer, if any, stops now rather than idle. */
  @Override
  public void close() {
    stop();
  }

  /** Stops the producer, if any: a later step starts another. */
  void stop() {
    if (producer != null) {
      producer.stop = true;
      producer = null;
    }
  }

  /** The producers running now in the process (for the tests). */
  static int running() {
    return RUNNING.get();
  }

  /** The producers that ended because they were told to, not idle, since the start (for the tests). */
  static int stoppedWhenTold() {
    return STOPPED_WHEN_TOLD.get();
  }

  /** Whether a producer draws this noise's steps now (for the tests). */
  boolean drawsAhead() {
    return producer != null && !producer.stopped;
  }

  /**
   * The producer with the next step drawn, started (again) if need be; null when this step is to
   * be drawn here.
   */
  private Producer serving() {
    Producer p = producer;
    if (p != null && !stream.hasState(left, 0)) { // the stream moved: the ring is not its future
      stop();
      p = null;
    }
    if (p != null && ready(p)) {
      return p;
    }
    stop(); // none, or it stopped without drawing this step
    if (retryAt > 0) { // no producer could be had lately: try again every so many steps
      retryAt--;
      return null;
    }
    p = restart();
    if (p == null) {
      retryAt = RETRY_STEPS;
      return null;
    }
    if (ready(p)) {
      return p;
    }
    stop();
    return null;
  }

  /** Whether step {@link #used} is drawn, waiting for it while the producer runs. */
  private boolean ready(Producer p) {
    if (used < drawnSeen) {
      return true;
    }
    drawnSeen = p.counters.get(Producer.DRAWN);
    while (used >= drawnSeen && !p.stopped) {
      Thread.onSpinWait();
      drawnSeen = p.counters.get(Producer.DRAWN);
    }
    // stopped is written after the last count: read once more
    drawnSeen = p.counters.get(Producer.DRAWN);
    return used < drawnSeen;
  }

  /** A producer drawing from the stream's state now, or null when none may run. */
  private Producer restart() {
    used = 0;
    drawnSeen = 0;
    if (RUNNING.incrementAndGet() > maxProducers) {
      RUNNING.decrementAndGet();
      return null;
    }
    Producer p = new Producer(stream.state(), ne, ni, idleNanos, clock);
    Thread thread = new Thread(p, "sorn-noise-ahead");
    thread.setDaemon(true);
    try {
      thread.start();
    } catch (RuntimeException | OutOfMemoryError e) { // no thread to be had: drawn here
      RUNNING.decrementAndGet();
      return null;
    }
    producer = p;
    stream.copyState(left, 0);
    return p;
  }

  /** Draws steps of standard normal numbers into a ring, ahead of the run that uses them. */
  static final class Producer implements Runnable {
    // indices in counters, 128 bytes apart so that each is on a cache line of its own
    static final int DRAWN = 16;
    static final int USED = 32;
    final AtomicLongArray counters = new AtomicLongArray(48);
    final int steps;
    final double[] draws;
    final long[] statesAfter;
    volatile boolean stop;
    volatile boolean stopped;
    private final Xoshiro256StarStar generator;
    private final long idleNanos;
    private final LongSupplier clock;
    private final int perStep;
    private final int ne;

    Producer(long[] state, int ne, int ni, long idleNanos, LongSupplier clock) {
      this.idleNanos = idleNanos;
      this.clock = clock;
      this.ne = ne;
      this.perStep = ne + ni;
      this.steps = Math.max(MIN_STEPS, Math.min(MAX_STEPS, RING_VALUES / Math.max(1, perStep)));
      this.draws = new double[steps * perStep];
      this.statesAfter = new long[steps * 4];
      this.generator = new Xoshiro256StarStar(0L);
      generator.restore(state);
    }

    @Override
    public void run() {
      try {
        long drawn = 0;
        long usedSeen = 0;
        long lastUsed = -1;
        long since = 0;
        while (!stop) {
          if (drawn - usedSeen >= steps) { // full, as far as it knows
            usedSeen = counters.get(USED);
            if (steps - (drawn - usedSeen) < Math.max(1, steps / 2)) {
              // less than half of it free: wait (drawing by halves, not a step at a time)
              long now = clock.getAsLong();
              if (usedSeen != lastUsed) {
                lastUsed = usedSeen;
                since = now;
              } else if (now - since > idleNanos) {
                break; // no step taken for a second
              }
              LockSupport.parkNanos(PARK_NANOS);
              continue;
            }
          }
          int slot = (int) (drawn % steps);
          int at = slot * perStep;
          generator.fillGaussian(draws, at, at + ne, 1.0);
          generator.fillGaussian(draws, at + ne, at + perStep, 1.0);
          generator.copyState(statesAfter, slot * 4);
          drawn++;
          counters.lazySet(DRAWN, drawn); // the slot is ready
        }
      } finally {
        if (stop) {
          STOPPED_WHEN_TOLD.incrementAndGet();
        }
        // counted out before it shows as stopped: a step that sees it stopped may start the next
        RUNNING.decrementAndGet();
        stopped = true;
      }
    }
  }
}
