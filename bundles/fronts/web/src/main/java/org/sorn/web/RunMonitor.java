package org.sorn.web;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.Simulation;

/**
 * What the web workbench sees of one run. As a watcher ({@link Simulation#watch}) on the run's
 * thread it writes, per step, the number of active E units and, while a page looks, which ones (the
 * raster) into rings of the last {@link #RING} steps, and the rate of the whole run into a {@link
 * RateHistory}: a few array writes, no lock, no allocation, never a wait. The pages' threads read
 * the rings, copying only rows the run cannot have overwritten meanwhile. Copies of the state
 * ({@link Simulation#snapshot}), about once a second, give the EE connection fraction and the
 * histograms.
 */
final class RunMonitor implements StepListener {
  /** Steps kept in the rings, a power of two. */
  static final int RING = 4096;
  /** Rows of the raster at most: units 0 to this - 1. */
  static final int RASTER_UNITS = 1024;
  /** How often a run's state is copied for its figures, at most. */
  static final long SAMPLE_NANOS = 1_000_000_000L;
  /** A copy may cost the run at most about 1 / this of its time. */
  private static final long SAMPLE_COST_FACTOR = 100;

  private static final int MASK = RING - 1;

  final Simulation run;
  final int ne;
  /** Rows of the raster: min(ne, RASTER_UNITS). */
  final int units;
  private final int words;
  // the raster's ring: made when a page first looks, dropped when the run ends
  private volatile long[] bits;
  private volatile boolean ended;
  private final int[] counts = new int[RING];
  private final RateHistory rates;
  private final SampleHistory samples = new SampleHistory();
  private final AtomicInteger viewers = new AtomicInteger();

  // written by the run's thread; "end" publishes the rows of the steps before it
  private volatile long end = -1;
  private volatile long countsFrom = -1;
  private volatile long rasterFrom = -1;

  // the sampler's thread only
  private CompletableFuture<NetworkState> pending;
  private long nextSample;
  private boolean sampledFinal;
  private volatile StateSample latest;

  private Simulation.Watch watch;

  RunMonitor(Simulation run) {
    this.run = run;
    this.ne = run.description().ne();
    this.units = Math.min(ne, RASTER_UNITS);
    this.words = (units + 63) >>> 6;
    this.rates = new RateHistory(ne);
  }

  /** Starts watching the run (from its next step boundary) unless it has ended. */
  RunMonitor attach() {
    if (!run.status().isFinal()) {
      watch = run.watch(this);
    }
    return this;
  }

  /** Stops watching. */
  void detach() {
    if (watch != null) {
      watch.close();
    }
  }

  @Override
  public void afterStep(StepView view) {
    Activity x = view.state().x();
    long t = view.step();
    int n = x.activeAfterCount();
    int row = (int) (t & MASK);
    counts[row] = n;
    if (countsFrom < 0) {
      countsFrom = t;
    }
    long[] raster = bits;
    if (viewers.get() > 0 && raster != null) {
      if (rasterFrom < 0) {
        rasterFrom = t;
      }
      int base = row * words;
      Arrays.fill(raster, base, base + words, 0L);
      int[] active = x.activeAfter();
      for (int k = 0; k < n && active[k] < units; k++) {
        raster[base + (active[k] >>> 6)] |= 1L << active[k];
      }
    } else if (rasterFrom >= 0) {
      rasterFrom = -1;
    }
    rates.add(t, n);
    end = t + 1;
  }

  /** A page starts looking: the raster is kept from the next step on. */
  void viewerJoined() {
    if (bits == null && !ended) {
      synchronized (this) {
        if (bits == null && !ended) {
          bits = new long[RING * words];
        }
      }
    }
    viewers.incrementAndGet();
  }

  /** The run ended: no more steps to keep; its curves stay. */
  @Override
  public void close() {
    ended = true;
    bits = null;
    rasterFrom = -1;
  }

  void viewerLeft() {
    viewers.decrementAndGet();
  }

  /**
   * The raster of the last {@code steps} steps at most: each step's row is {@code (units + 7) / 8}
   * bytes, unit {@code i} in bit {@code i % 8} of byte {@code i / 8}; null when none is kept.
   */
  Raster raster(int steps) {
    for (int attempt = 0; attempt < 3; attempt++) {
      long to = end;
      long from = rasterFrom;
      long[] ring = bits;
      if (ring == null || from < 0 || to <= from) {
        return null;
      }
      long first = Math.max(from, to - Math.min(steps, RING - 2));
      int rows = (int) (to - first);
      int rowBytes = (units + 7) >>> 3;
      byte[] packed = new byte[rows * rowBytes];
      for (int r = 0; r < rows; r++) {
        int base = (int) ((first + r) & MASK) * words;
        for (int b = 0; b < rowBytes; b++) {
          packed[r * rowBytes + b] = (byte) (ring[base + (b >>> 3)] >>> ((b & 7) * 8));
        }
      }
      if (intact(first) && rasterFrom >= 0 && rasterFrom <= first) {
        return new Raster(first, rows, units, packed);
      }
    }
    return null;
  }

  /**
   * The mean fraction of E units active over the steps from {@code from} (at most the last {@link
   * #RING}) to the last step seen, or null when there is none.
   */
  Rate rateSince(long from) {
    for (int attempt = 0; attempt < 3; attempt++) {
      long to = end;
      long first = Math.max(Math.max(from, countsFrom), to - RING + 2);
      if (countsFrom < 0 || first >= to) {
        return null;
      }
      long sum = 0;
      for (long t = first; t < to; t++) {
        sum += counts[(int) (t & MASK)];
      }
      if (intact(first)) {
        return new Rate(first, to, sum / ((double) (to - first) * ne));
      }
    }
    return null;
  }

  /** Whether the rows from step {@code first} on were not overwritten while they were read. */
  private boolean intact(long first) {
    // the run may be writing the row of step "end" already
    return end - first < RING - 1;
  }

  /** The step after the last one seen, or -1. */
  long end() {
    return end;
  }

  RateHistory rates() {
    return rates;
  }

  SampleHistory samples() {
    return samples;
  }

  /** The latest copy's figures, or null. */
  StateSample latest() {
    return latest;
  }

  /**
   * On the sampler's thread: reads the copy of the state asked for last time once it has come, and
   * asks for the next one when it is due: about once a second, less often for a large network, so
   * that copying costs the run at most about 1 % of its time.
   */
  void sampleIfDue(long now) {
    if (pending != null) {
      if (!pending.isDone()) {
        return;
      }
      NetworkState state = pending.exceptionally(failure -> null).join();
      pending = null;
      if (state != null) {
        StateSample s = StateSample.of(state);
        latest = s;
        samples.add(s.step(), s.connectionFraction());
        nextSample = now + Math.max(SAMPLE_NANOS, SAMPLE_COST_FACTOR * copyNanos(state));
      }
    }
    if (sampledFinal || now < nextSample) {
      return;
    }
    sampledFinal = run.status().isFinal();
    pending = run.snapshot();
  }

  /**
   * What the run's thread spends copying {@code state}, estimated from its size: the stored
   * synapses (a weight and an index each) and the units, copied at 1 GB/s, less than a core does.
   */
  static long copyNanos(NetworkState state) {
    long synapses = (long) state.wee().stored() + state.wei().stored() + state.wie().stored();
    long units = (long) state.ne() + state.ni();
    return synapses * (Double.BYTES + Integer.BYTES) + units * 4L * Double.BYTES;
  }

  /** The active units of consecutive steps, packed as {@link #raster} says. */
  record Raster(long first, int steps, int units, byte[] bits) {}

  /** The mean fraction active over steps {@code [from, to)}. */
  record Rate(long from, long to, double value) {}
}
