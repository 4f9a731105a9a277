package org.sorn.web;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sorn.api.Activity;
import org.sorn.api.NetworkState;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.Simulation;

/**
 * What the web workbench sees of one run. As a watcher ({@link Simulation#watch}) on the run's
 * thread it writes, per step, the number of active E units and, for the steps a page will show,
 * which ones (the raster), into rings of the last {@link #RING} steps, and the rate of the whole
 * run into a {@link RateHistory}: a few array writes, no lock, no allocation, never a wait. The
 * pages' threads read the rings, copying only rows the run cannot have overwritten meanwhile.
 * Copies of the state ({@link Simulation#snapshot}), about once a second, give the EE connection
 * fraction and the histograms.
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
  // the pages looking, each with the first step it wants in the raster
  private final Map<Object, Long> viewers = new ConcurrentHashMap<>();
  // rows are written for the steps from here on (the earliest a page wants), none when MAX_VALUE
  private volatile long recordFrom = Long.MAX_VALUE;

  // written by the run's thread: "end" is the step after the last seen; the raster's rows kept
  // are those of the steps [rowsFrom, rowsEnd), "rowsEnd" publishing them
  private volatile long end = -1;
  private volatile long countsFrom = -1;
  private volatile long rowsFrom = -1;
  private volatile long rowsEnd = -1;

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
    if (t >= recordFrom && raster != null) {
      if (rowsEnd != t) {
        rowsFrom = t; // a new run of rows, after a gap
      }
      int base = row * words;
      Arrays.fill(raster, base, base + words, 0L);
      int[] active = x.activeAfter();
      for (int k = 0; k < n && active[k] < units; k++) {
        raster[base + (active[k] >>> 6)] |= 1L << active[k];
      }
      rowsEnd = t + 1;
    }
    rates.add(t, n);
    end = t + 1;
  }

  /** A page starts looking: the raster is kept from the next step on. */
  void viewerJoined(Object viewer) {
    if (bits == null && !ended) {
      synchronized (this) {
        if (bits == null && !ended) {
          bits = new long[RING * words];
        }
      }
    }
    wantRasterFrom(viewer, Math.max(0, end));
  }

  /**
   * {@code viewer} will show the raster of the steps from {@code step} on: rows of earlier steps
   * need not be written (a page shows the last steps before each frame, a small part of the steps
   * a fast run makes between two frames).
   */
  void wantRasterFrom(Object viewer, long step) {
    viewers.put(viewer, step);
    recordFrom = viewers.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
  }

  void viewerLeft(Object viewer) {
    viewers.remove(viewer);
    recordFrom = viewers.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
  }

  /** The run ended: no more steps to keep; its curves stay. */
  @Override
  public void close() {
    ended = true;
    bits = null;
  }

  /**
   * The raster of the last {@code steps} steps at most: each step's row is {@code (units + 7) / 8}
   * bytes, unit {@code i} in bit {@code i % 8} of byte {@code i / 8}; null when none is kept.
   */
  Raster raster(int steps) {
    for (int attempt = 0; attempt < 3; attempt++) {
      long to = rowsEnd;
      long from = rowsFrom;
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
      if (intact(first) && rowsFrom <= first) {
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
