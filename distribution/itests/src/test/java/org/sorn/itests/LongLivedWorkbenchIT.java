package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.management.ObjectName;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.sorn.api.Slots;
import org.sorn.api.run.Workbench;

/**
 * A workbench that lives long (a server, a front that makes run after run) does not grow with its
 * runs: 100 runs of {@code sorn:start} leave the heap after a collection where it was, and 50
 * cycles of a lab bundle installed, used by a run and uninstalled leave neither its class loaders
 * nor threads behind.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LongLivedWorkbenchIT {
  private static final String CLASS_LOADER = "org.apache.felix.framework.BundleWiringImpl$BundleClassLoader";

  @Inject private CommandProcessor processor;
  @Inject private Workbench workbench;
  @Inject private BundleContext context;

  @Configuration
  public Option[] configuration() {
    return ExampleBundle.options();
  }

  /** A console session whose output is kept; a command that prints an error fails the test. */
  private final class Console implements AutoCloseable {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final CommandSession session =
        processor.createSession(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String run(String command) throws Exception {
      out.reset();
      err.reset();
      session.execute(command);
      assertEquals(command, "", err.toString(StandardCharsets.UTF_8));
      return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() {
      session.close();
    }
  }

  /** Starts a run and waits for its files; it stays listed (released); returns its id. */
  private static String startAndWait(Console console, String options, Path out) throws Exception {
    String id = console.run("sorn:start " + options + " --checkpoint-every 0 --quiet --out " + out);
    assertTrue(id, id.matches("run-\\d+"));
    String ended = console.run("sorn:wait " + id);
    assertTrue(ended, ended.startsWith("run " + id + ": "));
    deleteTree(out); // the files are not what is measured
    return id;
  }

  @Test
  public void aHundredRunsLeaveTheHeapWhereItWas() throws Exception {
    DeterministicRuns.awaitReferenceMechanisms(workbench);
    Path work = Files.createTempDirectory(Files.createDirectories(DistributionBundles.work()), "long-");
    try (Console console = new Console()) {
      // a network of ne = 600 holds about 1.3 MB: 90 runs kept would be over 100 MB
      String options = "--ne 600 --steps 5 --noise off";
      int listed = workbench.simulations().size();
      String first = null;
      for (int i = 0; i < 10; i++) {
        String id = startAndWait(console, options + " --seed " + i, work.resolve("warm-" + i));
        first = first == null ? id : first;
      }
      long before = heapAfterCollection();
      long loadersBefore = liveClassLoaders();
      for (int i = 0; i < 90; i++) {
        startAndWait(console, options + " --seed " + i, work.resolve("run-" + i));
      }
      long after = heapAfterCollection();
      System.out.printf(
          "LongLivedWorkbenchIT: heap after collection %d MB after 10 runs, %d MB after 100%n",
          before >> 20, after >> 20);
      assertEquals("runs listed", listed + 100, workbench.simulations().size());
      assertTrue(
          "the heap grew by " + ((after - before) >> 20) + " MB over 90 runs",
          after - before < (20L << 20));
      assertEquals(loadersBefore, liveClassLoaders());
      assertTrue(console.run("sorn:forget " + first).startsWith(first + " forgotten"));
      assertEquals(listed + 99, workbench.simulations().size());
    }
  }

  @Test
  public void fiftyCyclesOfALabBundleLeaveNoClassLoaderNorThreadBehind() throws Exception {
    DeterministicRuns.awaitReferenceMechanisms(workbench);
    Path work = Files.createTempDirectory(Files.createDirectories(DistributionBundles.work()), "cycles-");
    cycle(work.resolve("first"));
    // measured as after the cycles: threads first (after their second of settling), then loaders
    int threads = liveThreads();
    long loaders = liveClassLoaders();
    java.util.Set<String> namesBefore = threadNames();
    for (int i = 0; i < 50; i++) {
      cycle(work.resolve("cycle-" + i));
    }

    int threadsAfter = liveThreads();
    long loadersAfter = liveClassLoaders();
    java.util.Set<String> appeared = threadNames();
    appeared.removeAll(namesBefore);
    System.out.printf(
        "LongLivedWorkbenchIT: bundle class loaders %d -> %d, threads %d -> %d over 50 cycles%s%n",
        loaders, loadersAfter, threads, threadsAfter,
        appeared.isEmpty() ? "" : "; new threads " + appeared);
    assertEquals("live bundle class loaders", loaders, loadersAfter);
    assertTrue("threads " + threads + " -> " + threadsAfter + ", new " + appeared,
        threadsAfter <= threads + 2);
  }

  /**
   * The lab bundle installed, used by a run to its end from a console session of its own (as
   * {@code ./sorn ctl} makes one per command: a session's threads live until it closes),
   * uninstalled and refreshed away.
   */
  private void cycle(Path out) throws Exception {
    Bundle lab = ExampleBundle.install(context);
    DeterministicRuns.awaitInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT, true);
    try (Console console = new Console()) {
      startAndWait(
          console, "--ne 60 --steps 20 --seed 3 --variant stdp=" + ExampleBundle.VARIANT, out);
    }
    lab.uninstall();
    DeterministicRuns.awaitInstalled(workbench, Slots.STDP, ExampleBundle.VARIANT, false);
    CountDownLatch refreshed = new CountDownLatch(1);
    context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null, e -> {
      if (e.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
        refreshed.countDown();
      }
    });
    assertTrue(refreshed.await(30, TimeUnit.SECONDS));
  }

  private static java.util.Set<String> threadNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Thread.getAllStackTraces().keySet().forEach(t -> names.add(t.getName()));
    return names;
  }

  /** The live threads once those that end by themselves (noise drawn ahead, idle) have. */
  private static int liveThreads() throws InterruptedException {
    Thread.sleep(1500); // a producer of noise that lost its run stops after a second
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  private static long heapAfterCollection() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /**
   * The bundle class loaders alive after a full collection. Felix makes a bundle's class loader when
   * its first class is loaded, so every installed bundle's is made first: what a count holds beyond
   * them is a loader of a bundle gone (uninstalled, or an old revision), kept alive by something.
   */
  private long liveClassLoaders() throws Exception {
    for (Bundle b : context.getBundles()) {
      BundleWiring wiring = b.adapt(BundleWiring.class);
      if (wiring != null) {
        wiring.getClassLoader();
      }
    }
    Object histogram =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()});
    for (String line : histogram.toString().split("\n")) {
      String[] columns = line.strip().split("\\s+");
      if (columns.length >= 4 && columns[3].equals(CLASS_LOADER)) {
        return Long.parseLong(columns[1]);
      }
    }
    return 0;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
