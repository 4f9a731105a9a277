package org.sorn.shell;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/**
 * Shows how far a long run has come: a thread of its own reads {@link Simulation#stepsDone()} a few
 * times a second, so that the run itself pays nothing (no listener sees its steps). On a terminal
 * it redraws one bar with {@code \r} after {@link #DELAY}; elsewhere (a log file, a pipe) it prints
 * a plain line every {@link #PLAIN_EVERY}. A run that ends before then shows nothing.
 */
final class Progress implements AutoCloseable {
  /** No bar shows before this: short runs print only their summary. */
  static final Duration DELAY = Duration.ofSeconds(2);

  /** How often the bar is redrawn. */
  static final Duration REDRAW = Duration.ofMillis(250);

  /** How often a plain line is printed when standard error is not a terminal. */
  static final Duration PLAIN_EVERY = Duration.ofSeconds(10);

  /** The silent monitor, for --quiet and runs in the console. */
  static final Progress NONE = new Progress();

  private static final int BAR_WIDTH = 30;

  /** How progress shows. */
  enum Style {
    /** One line redrawn in place, for a terminal. */
    BAR,
    /** A line now and then, for a file or a pipe. */
    LINES
  }

  private final Simulation run;
  private final long firstStep;
  private final PrintStream err;
  private final Style style;
  private final Duration delay;
  private final Duration period;
  private final Thread thread;
  private final Object lock = new Object();
  private boolean closed;
  private int drawn;

  private Progress() {
    run = null;
    firstStep = 0;
    err = null;
    style = null;
    delay = null;
    period = null;
    thread = null;
  }

  /**
   * @param firstStep the step the run starts from (after a resume), for the speed
   * @param delay how long nothing shows
   * @param period how often it shows after that
   */
  Progress(
      Simulation run, long firstStep, PrintStream err, Style style, Duration delay, Duration period) {
    this.run = run;
    this.firstStep = firstStep;
    this.err = err;
    this.style = style;
    this.delay = delay;
    this.period = period;
    this.thread = new Thread(this::redrawUntilClosed, "sorn-progress-" + run.id());
    thread.setDaemon(true);
  }

  /** Starts watching {@code run}, in the style that suits where {@code err} goes. */
  static Progress watch(Simulation run, long firstStep, PrintStream err) {
    // a log gets its first line after PLAIN_EVERY too: runs of a few seconds leave it clean
    Progress p =
        standardErrorIsTerminal()
            ? new Progress(run, firstStep, err, Style.BAR, DELAY, REDRAW)
            : new Progress(run, firstStep, err, Style.LINES, PLAIN_EVERY, PLAIN_EVERY);
    p.thread.start();
    return p;
  }

  /** Starts the thread of a monitor made with the constructor (tests choose the timing). */
  Progress start() {
    thread.start();
    return this;
  }

  /**
   * Whether the JVM has a terminal: {@link System#console()} is null when standard input or output
   * is redirected; from Java 22 on it may exist without a terminal, which {@code isTerminal()}
   * tells. Standard error itself cannot be checked from Java.
   */
  static boolean standardErrorIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException beforeJava22) {
      return true;
    }
  }

  private void redrawUntilClosed() {
    long start = System.nanoTime();
    long next = start + delay.toNanos();
    synchronized (lock) {
      while (!closed) {
        long wait = next - System.nanoTime();
        if (wait > 0) {
          try {
            lock.wait(Math.max(1, wait / 1_000_000), 0);
          } catch (InterruptedException e) {
            return;
          }
          continue;
        }
        show(System.nanoTime() - start);
        next += period.toNanos();
      }
    }
  }

  private void show(long nanos) {
    long done = run.stepsDone();
    long total = run.description().steps();
    boolean paused = run.status() == RunStatus.PAUSED;
    if (style == Style.BAR) {
      String line = bar(run.id(), firstStep, done, total, nanos, paused);
      // spaces wipe what a longer line before left behind
      err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
      err.flush();
      drawn = line.length();
    } else {
      err.println("sorn: " + plain(run.id(), firstStep, done, total, nanos, paused));
      err.flush();
    }
  }

  /** Stops watching and wipes the bar, so that the next line starts clean. */
  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
    }
  }

  /** {@code run-1 [#########.....]  33 %  20000/60000 steps  8123 steps/s  ETA 5s}. */
  static String bar(String id, long firstStep, long done, long total, long nanos, boolean paused) {
    int filled = total <= 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %3d %%  %d/%d steps  %s%s",
        id,
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        percent(done, total),
        done,
        total,
        speedAndEta(firstStep, done, total, nanos, "  "),
        paused ? "  (paused)" : "");
  }

  /** {@code run-1: 20000/60000 steps (33 %), 8123 steps/s, ETA 5s}. */
  static String plain(String id, long firstStep, long done, long total, long nanos, boolean paused) {
    return String.format(
        Locale.ROOT,
        "%s: %d/%d steps (%d %%), %s%s",
        id,
        done,
        total,
        percent(done, total),
        speedAndEta(firstStep, done, total, nanos, ", "),
        paused ? " (paused)" : "");
  }

  private static int percent(long done, long total) {
    return total <= 0 ? 100 : (int) (done * 100 / total);
  }

  /** The average speed since the monitor started, and the time left at that speed. */
  private static String speedAndEta(
      long firstStep, long done, long total, long nanos, String separator) {
    double seconds = Math.max(nanos, 1) / 1e9;
    double rate = Math.max(0, done - firstStep) / seconds;
    String eta = rate > 0 ? duration(Math.round((total - done) / rate)) : "-";
    return String.format(Locale.ROOT, "%d steps/s%sETA %s", Math.round(rate), separator, eta);
  }

  /** {@code 45s}, {@code 3m 05s}, {@code 2h 07m}. */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
  }
}
