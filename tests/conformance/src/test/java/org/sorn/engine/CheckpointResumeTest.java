package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;
import org.sorn.testkit.Mechanisms;

/**
 * A run stopped after a checkpoint and resumed from it gives, bit for bit, the results of the run
 * made in one go: with noise, structural plasticity and uniform input, i.e. every random stream.
 */
class CheckpointResumeTest {
  private static final RunDescription RUN =
      RunDescription.builder()
          .ne(80)
          .nu(10)
          .seed(99)
          .steps(1200)
          .noiseSigma(0.04)
          .build();

  /** Records, per step, how many E units fired; a checkpoint is the number of steps recorded. */
  static final class ActivityLog implements StepListener {
    final List<Integer> counts = new ArrayList<>();

    @Override
    public void afterStep(StepView step) {
      counts.add(step.state().x().activeAfterCount());
    }

    @Override
    public Map<String, Object> checkpoint() {
      return Map.of("steps", (long) counts.size());
    }

    @Override
    public void restore(Map<String, Object> position) {
      int keep = ((Number) position.get("steps")).intValue();
      counts.subList(keep, counts.size()).clear();
    }
  }

  private static SornWorkbench workbench() {
    SornWorkbench w = SornWorkbench.standalone();
    for (PlasticityMechanism m : Mechanisms.reference()) {
      w.add(m);
    }
    return w;
  }

  @Test
  void aResumedRunEqualsTheUninterruptedOne(@TempDir Path dir) throws Exception {
    ActivityLog whole = new ActivityLog();
    Simulation reference = workbench().start(new RunRequest(RUN, null, null, List.of(whole)));
    NetworkSnapshot expected = ((SornState) reference.await()).toSnapshot();

    // the same run, checkpointing every 250 steps, "killed" at step 777
    SornWorkbench first = workbench();
    ActivityLog log = new ActivityLog();
    Simulation killed = first.create(new RunRequest(RUN, null, null, List.of(log)), null);
    killed.checkpointEvery(250, dir);
    killed.pauseAt(777);
    killed.start();
    while (killed.status() != RunStatus.PAUSED) {
      Thread.sleep(1);
    }
    killed.stop();
    killed.await();
    assertEquals(777, killed.stepsDone());
    // a stop checkpoints its last step; a kill does not: the last checkpoint left is 750's
    java.nio.file.Files.delete(dir.resolve("checkpoint.bin"));

    // a new workbench (a new process, as after kill -9) continues from the checkpoint at 750
    Simulation resumed = workbench().resume(dir, new RunRequest(RUN, null, null, List.of(log)), null);
    assertEquals(750, resumed.stepsDone());
    resumed.start();
    NetworkSnapshot actual = ((SornState) resumed.await()).toSnapshot();
    assertEquals(RunStatus.COMPLETED, resumed.status(), () -> "failed: " + resumed.failure());
    assertEquals(whole.counts, log.counts);
    assertTrue(java.util.Arrays.deepEquals(expected.wee, actual.wee), "Wee");
    assertTrue(java.util.Arrays.deepEquals(expected.wei, actual.wei), "Wei");
    assertArrayEquals(expected.te, actual.te);
    assertTrue(java.util.Arrays.deepEquals(expected.x, actual.x), "X");
    assertEquals(
        reference.events().stream().map(e -> e.step() + e.kind() + e.slot()).toList(),
        resumed.events().stream().map(e -> e.step() + e.kind() + e.slot()).toList());
  }

  @Test
  void aCheckpointOfAnotherRunIsRefusedInOneLine(@TempDir Path dir) throws Exception {
    Simulation run = workbench().create(new RunRequest(RUN, null, null, List.of()), null);
    run.checkpointEvery(100, dir);
    run.start();
    run.await();
    RunDescription other =
        RunDescription.builder()
            .ne(80)
            .nu(10)
            .seed(100)
            .steps(1200)
            .noiseSigma(0.04)
            .build();
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> workbench().resume(dir, new RunRequest(other, null, null, List.of()), null));
    assertTrue(e.getMessage().startsWith("the checkpoint at " + dir + " belongs to another run"));
    var missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> workbench().resume(dir.resolve("nope"), new RunRequest(RUN, null, null, List.of()), null));
    assertEquals("no checkpoint at " + dir.resolve("nope"), missing.getMessage());
  }
}
