package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;

/**
 * The heap a network needs is worked out before it is built: the estimate of its state matches the
 * heap a built network holds, at a few sizes, within 5 %
 * (under the serial collector, see the pom); a size that cannot fit is refused in
 * one line naming the heap and the option that raises it.
 */
class NetworkMemoryTest {

  private static long heapAfterCollection() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(20);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** The heap a created run (network built, not started) holds, measured after collections. */
  private static long measured(RunDescription d) throws InterruptedException {
    SornWorkbench workbench = SornWorkbench.standalone();
    long before = heapAfterCollection();
    Simulation run = workbench.create(new RunRequest(d, null, null, List.of()), null);
    long after = heapAfterCollection();
    assertEquals(d.ne(), ((SimulationRun) run).state().ne()); // keeps the run reachable until here
    return after - before;
  }

  @Test
  void theEstimateOfTheStateMatchesTheHeapABuiltNetworkHolds() throws InterruptedException {
    measured(RunDescription.builder().ne(500).seed(1).steps(1).build()); // classes loaded, tables made
    List<RunDescription> sizes =
        List.of(
            RunDescription.builder().ne(4000).seed(1).steps(1).build(),
            RunDescription.builder().ne(8000).seed(1).steps(1).build(),
            RunDescription.builder()
                .ne(60_000).seed(1).steps(1).parameter("lambda_ie", 30).parameter("lambda_ee", 40)
                .build());
    for (RunDescription d : sizes) {
      NetworkMemory m = NetworkMemory.of(d);
      long estimate = m.state() + m.buffers();
      long heap = measured(d);
      double ratio = heap / (double) estimate;
      System.out.printf(
          "NetworkMemoryTest: ne=%d estimate %d bytes, measured %d bytes (%.3f)%n",
          d.ne(), estimate, heap, ratio);
      assertTrue(
          ratio > 0.95 && ratio < 1.05,
          "ne = " + d.ne() + ": estimated " + estimate + " bytes, the built network holds " + heap);
    }
  }

  @Test
  void aNetworkThatCannotFitTheHeapIsRefusedInOneLine() {
    RunDescription huge =
        RunDescription.builder().ne(100_000_000).seed(1).steps(10).parameter("lambda_ie", 10).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SornWorkbench.standalone().create(new RunRequest(huge, null, null, List.of()), null));
    String m = e.getMessage();
    assertTrue(
        m.matches(
            "a network of ne = 100000000 \\(ni = 20000000\\) needs about \\d+ GiB of heap, but the"
                + " heap is [0-9.]+ (GiB|MiB) \\((-Xmx\\S+|-XX:MaxHeapSize=\\S+|no -Xmx: the JVM's"
                + " default, a quarter of the memory)\\) with [0-9.]+ (GiB|MiB) free; raise it, for"
                + " example JAVA_OPTS=-Xmx\\d+g"),
        m);
  }

  @Test
  void aDenseWieLongerThanAJavaArrayIsRefusedNamingTheSparseOption() {
    RunDescription d = RunDescription.builder().ne(200_000).seed(1).steps(10).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NetworkMemory.check(d));
    assertEquals(
        "a dense W^IE of ne = 200000 and ni = 40000 would hold 8000000000 synapses, more than a"
            + " Java array holds (2147483639); give lambda_ie (--lambda-ie) for a sparse W^IE",
        e.getMessage());
  }
}
