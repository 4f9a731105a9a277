package org.sorn.engine;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.sorn.api.Hyperparameters;
import org.sorn.api.run.RunDescription;

/**
 * The heap a run's network takes, worked out before it is built from the arrays the engine makes
 * for it, so that a size that cannot fit is refused in one line at once instead of failing with
 * "Java heap space" minutes later.
 *
 * <ul>
 *   <li>the state: per matrix its compressed rows ({@link CsrWeights}: an int and a double per
 *       stored synapse, an int per row, the changed-column marks), thresholds and activity
 *       buffers;
 *   <li>what making it takes on top for a while ({@link NetworkInitializer}: W^EE's synapses
 *       drawn column by column before they are laid out in rows);
 *   <li>the run's own buffers and the working memory of the reference mechanisms as they are
 *       built now: STDP's bit per W^EE entry of its row patterns, the normalisation's column
 *       index of W^EE and W^EI, the noise drawn ahead.
 * </ul>
 *
 * The expected in-degree of a drawn column is {@code lambda - 1/2} ({@code int()} of a normal
 * sample of mean lambda); a matrix where columns are likely to be drawn empty gets synapses added
 * by the package's repair, which grows its arrays by half. An array stays within a Java array's
 * length. The collector may round large arrays up to its regions (G1: at most one region, 1 to 32
 * MiB, per array): the heap asked for keeps a tenth more.
 *
 * @param state the bytes the network state keeps
 * @param buffers the bytes of the run's own buffers (input, noise, drives) besides the state
 * @param making the bytes its making takes on top, for a while
 * @param working the bytes the reference mechanisms and the noise drawn ahead take as it goes
 */
record NetworkMemory(long state, long buffers, long making, long working) {
  /** The longest array a JVM makes. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
  private static final long ARRAY_HEADER = 16;
  private static final long OBJECT = 64;
  // the noise drawn ahead: a ring of 2^18 draws and their stream states
  private static final long NOISE_AHEAD = (1L << 18) * 8 + (1L << 17) * 8;

  /** What the network of {@code d} takes, a fresh one as {@link NetworkInitializer} makes it. */
  static NetworkMemory of(RunDescription d) {
    int ne = d.ne();
    int ni = d.ni();
    double lambdaEe = d.parameter(Hyperparameters.LAMBDA_EE, Hyperparameters.DEFAULT_LAMBDA_EE);
    double lambdaEi = d.parameter(Hyperparameters.LAMBDA_EI, Hyperparameters.DEFAULT_LAMBDA_EI);
    Double lambdaIe = d.parameters().get(Hyperparameters.LAMBDA_IE);
    // W^EE and a sparse W^IE are drawn by column, W^EI by row (each I unit's targets)
    long ee = synapses(ne, lambdaEe, ne - 1);
    long ei = synapses(ni, lambdaEi, ne);
    long ie = lambdaIe == null ? (long) ne * ni : synapses(ni, lambdaIe, ne);
    long state =
        matrix(ne, ne, ee, ne * emptyColumn(lambdaEe))
            + matrix(ni, ne, ei, ne * Math.exp(-ei / (double) ne))
            + matrix(ne, ni, ie, lambdaIe == null ? 0 : ni * emptyColumn(lambdaIe))
            + doubles(ne) + doubles(ni) + activity(ne) + activity(ni);
    // the input, the noise, the recurrent activation; the update's drives
    long buffers = doubles(d.nu()) + 3 * doubles(ne) + 2 * doubles(ni) + bytes(ne);
    // W^EE's draws by column (an int and a double array per column) and the sampler's two arrays
    long making = ints(ee) + doubles(ee) + 2 * ne * ARRAY_HEADER + 2 * ints(ne) + ints(ne + 1);
    long rowPatterns = (long) ne * (ARRAY_HEADER + 8L * ((ne + 63) / 64));
    long columnIndex = (ee + ei) * 18 + 10L * (ints(ne) + doubles(ne));
    long working = rowPatterns + columnIndex + (d.noise() ? NOISE_AHEAD : 0);
    return new NetworkMemory(state, buffers, making, working);
  }

  /** The most the run holds at once, with a tenth more for the collector's rounding. */
  long peak() {
    long most = state + buffers + Math.max(making, working);
    return most + most / 10;
  }

  /**
   * Refuses {@code d} when a matrix would not fit one Java array or the network cannot fit the
   * heap left (after one collection, when it looked too small).
   *
   * @throws IllegalArgumentException naming the sizes, the heap and how to raise it
   */
  static void check(RunDescription d) {
    checkArrays(d);
    require(of(d).peak(), "a network of ne = " + d.ne() + " (ni = " + d.ni() + ")", d);
  }

  /**
   * Refuses to read a checkpoint of {@code bytes} bytes when the state it holds, with the working
   * memory of the run {@code d} (null: only the state is read), cannot fit the heap left.
   */
  static void checkCheckpoint(long bytes, RunDescription d) {
    long run = d == null ? 0 : of(d).buffers() + of(d).working();
    require(bytes + bytes / 8 + run, "the checkpoint's network (" + size(bytes) + " on disk)", d);
  }

  private static void checkArrays(RunDescription d) {
    int ne = d.ne();
    int ni = d.ni();
    if (!d.parameters().containsKey(Hyperparameters.LAMBDA_IE) && (long) ne * ni > MAX_ARRAY) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a dense W^IE of ne = %d and ni = %d would hold %d synapses, more than a Java array"
                  + " holds (%d); give lambda_ie (--lambda-ie) for a sparse W^IE",
              ne, ni, (long) ne * ni, MAX_ARRAY));
    }
    long ee = synapses(ne, d.parameter(Hyperparameters.LAMBDA_EE, Hyperparameters.DEFAULT_LAMBDA_EE), ne - 1);
    if (ee > MAX_ARRAY) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "W^EE of ne = %d would hold about %d synapses, more than a Java array holds (%d)",
              ne, ee, MAX_ARRAY));
    }
  }

  private static void require(long needed, String what, RunDescription d) {
    Runtime runtime = Runtime.getRuntime();
    if (needed <= free(runtime)) {
      return;
    }
    System.gc(); // garbage may fill what looked used: ask once before refusing
    long free = free(runtime);
    if (needed <= free) {
      return;
    }
    long max = runtime.maxMemory();
    long used = max - free;
    long suggested = roundUp((used + needed) + (used + needed) / 5);
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "%s needs about %s of heap, but the heap is %s (%s) with %s free; raise it, for example"
                + " JAVA_OPTS=-Xmx%s%s",
            what,
            size(needed),
            size(max),
            heapSetting(),
            size(free),
            suggestedOption(suggested),
            d == null || d.parameters().containsKey(Hyperparameters.LAMBDA_IE)
                ? ""
                : ", or make W^IE sparse (--lambda-ie)"));
  }

  private static long free(Runtime runtime) {
    return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
  }

  /** The heap option the JVM was given, or that it chose the heap itself. */
  static String heapSetting() {
    List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
    String setting = null;
    for (String a : arguments) {
      if (a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize=")) {
        setting = a;
      }
    }
    return setting != null ? setting : "no -Xmx: the JVM's default, a quarter of the memory";
  }

  private static String suggestedOption(long bytes) {
    long gib = 1L << 30;
    return bytes >= gib ? (bytes + gib - 1) / gib + "g" : (bytes + (1 << 20) - 1) / (1 << 20) + "m";
  }

  private static long roundUp(long bytes) {
    long mib = 1L << 20;
    return (bytes + mib - 1) / mib * mib;
  }

  /** Bytes in words: 3.2 GiB, 410 MiB. */
  static String size(long bytes) {
    double gib = bytes / (double) (1L << 30);
    if (gib >= 1) {
      return String.format(Locale.ROOT, gib >= 100 ? "%.0f GiB" : "%.1f GiB", gib);
    }
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
  }

  /** The expected synapses of {@code count} columns (or rows) drawn with mean degree lambda. */
  static long synapses(long count, double lambda, long most) {
    double degree = Math.max(0, Math.min(most, lambda - 0.5));
    return (long) Math.ceil(count * degree);
  }

  /**
   * A matrix of {@link CsrWeights}; where half a column or more is expected to be drawn empty, the
   * repair's first new synapse grows its arrays by half.
   */
  private static long matrix(int rows, int columns, long stored, double emptyColumns) {
    long capacity = emptyColumns >= 0.5 ? stored + Math.max(16, stored >> 1) : stored;
    return OBJECT + ints(rows + 1L) + ints(capacity) + doubles(capacity) + ints(columns) + bytes(columns);
  }

  /**
   * The chance that a column drawn with in-degree {@code int(lambda + Z)} is empty: {@code lambda
   * + Z < 1}, the normal distribution below {@code 1 - lambda}.
   */
  static double emptyColumn(double lambda) {
    double x = (1 - lambda) / Math.sqrt(2);
    return 0.5 * erfc(-x);
  }

  /** The complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7). */
  private static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r =
        t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
            + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
            + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  private static long activity(int n) {
    return OBJECT + 2 * bytes(n) + 2 * ints(n);
  }

  private static long ints(long n) {
    return array(4 * Math.max(n, 0));
  }

  private static long doubles(long n) {
    return array(8 * Math.max(n, 0));
  }

  private static long bytes(long n) {
    return array(Math.max(n, 0));
  }

  private static long array(long payload) {
    return (ARRAY_HEADER + payload + 7) / 8 * 8;
  }
}
