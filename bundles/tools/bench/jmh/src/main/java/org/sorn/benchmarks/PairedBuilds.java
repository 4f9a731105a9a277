package org.sorn.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The steps of two builds compared in one JVM, for a machine whose speed drifts: each build's
 * benchmarks.jar in a class loader of its own, one warm network each (the same seed, so the same
 * network), their steps timed in turns of a batch on one thread (CPU time of the thread), which of
 * the two goes first alternating, so that both meet the machine's load in the same moments. Prints
 * each build's median time per step and the median of the per-turn ratios B / A with its
 * quartiles. Run with {@code -Dsorn.noise.ahead=false}, so that the noise is drawn on this thread.
 *
 * <pre>
 * java -Dsorn.noise.ahead=false -cp benchmarks.jar org.sorn.benchmarks.PairedBuilds \
 *     NE WARM_STEPS STEPS_PER_BATCH TURNS A.jar B.jar
 * </pre>
 */
public final class PairedBuilds {
  private PairedBuilds() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: PairedBuilds NE WARM_STEPS STEPS_PER_BATCH TURNS A.jar B.jar");
      System.exit(2);
    }
    int ne = positive(args[0], "NE");
    int warm = positive(args[1], "WARM_STEPS");
    int batch = positive(args[2], "STEPS_PER_BATCH");
    int turns = positive(args[3], "TURNS");
    Object[] networks = new Object[2];
    Method[] step = new Method[2];
    for (int b = 0; b < 2; b++) {
      Path jar = Path.of(args[4 + b]);
      if (!Files.isRegularFile(jar)) {
        System.err.println("PairedBuilds: " + jar + " is not a file: expected a benchmarks.jar");
        System.exit(2);
      }
      URLClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> network = loader.loadClass(WarmNetwork.class.getName());
      networks[b] =
          network.getMethod("warm", int.class, long.class, long.class).invoke(null, ne, 1L, warm);
      step[b] = network.getMethod("step");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] perStep = new double[2][turns];
    double[] ratio = new double[turns];
    for (int t = -turns / 4; t < turns; t++) { // the first quarter warms the compiler up, untimed
      for (int i = 0; i < 2; i++) {
        int b = (t & 1) == 0 ? i : 1 - i;
        long before = threads.getCurrentThreadCpuTime();
        for (int s = 0; s < batch; s++) {
          step[b].invoke(networks[b]);
        }
        if (t >= 0) {
          perStep[b][t] = (threads.getCurrentThreadCpuTime() - before) / (double) batch;
        }
      }
      if (t >= 0) {
        ratio[t] = perStep[1][t] / perStep[0][t];
      }
    }
    Arrays.sort(perStep[0]);
    Arrays.sort(perStep[1]);
    Arrays.sort(ratio);
    System.out.printf(
        "ne=%d: A %.0f ns/step, B %.0f ns/step (medians); B/A %.3f (quartiles %.3f-%.3f), %d turns%n",
        ne, perStep[0][turns / 2], perStep[1][turns / 2], ratio[turns / 2], ratio[turns / 4],
        ratio[3 * turns / 4], turns);
  }

  private static int positive(String value, String name) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    System.err.println("PairedBuilds: " + name + " must be a positive integer, got " + value);
    System.exit(2);
    return 0;
  }
}
