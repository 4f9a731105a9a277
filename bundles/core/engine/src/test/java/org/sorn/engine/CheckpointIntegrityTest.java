package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.run.DamagedCheckpoint;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.api.run.Simulation;

/**
 * A checkpoint carries the CRC32C of its content: one flipped byte anywhere is refused, naming the
 * previous checkpoint, which is kept and resumes to the uninterrupted run's results.
 */
class CheckpointIntegrityTest {
  private static final RunDescription RUN =
      RunDescription.builder().ne(60).nu(6).seed(11).steps(350).noise(true).build();

  private static RunRequest request() {
    return new RunRequest(RUN, null, null, List.of());
  }

  /** The run made in one go, checkpointing every 100 steps into {@code dir}: 100, 200, 300, 350. */
  private static NetworkSnapshot runWithCheckpoints(Path dir) throws InterruptedException {
    Simulation run = SornWorkbench.standalone().create(request(), null);
    run.checkpointEvery(100, dir);
    run.start();
    SornState end = (SornState) run.await();
    assertEquals(RunStatus.COMPLETED, run.status());
    assertEquals(350, run.lastCheckpoint(), "a completed run checkpoints its last step");
    return end.toSnapshot();
  }

  private static NetworkSnapshot resume(Path checkpoint) throws InterruptedException {
    Simulation run = SornWorkbench.standalone().resume(checkpoint, request(), null);
    run.start();
    return ((SornState) run.await()).toSnapshot();
  }

  private static void flip(Path file, long at) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[(int) at] ^= 0x10;
    Files.write(file, bytes);
  }

  @Test
  void theLastTwoCheckpointsAreKeptAndTheLastIsTheRunsEnd(@TempDir Path dir) throws Exception {
    runWithCheckpoints(dir);
    assertEquals(350, Checkpoint.read(dir).step());
    assertEquals(300, Checkpoint.read(dir.resolve(Checkpoint.PREVIOUS)).step());
    assertFalse(
        Files.isSameFile(dir.resolve(Checkpoint.FILE), dir.resolve(Checkpoint.PREVIOUS)),
        "two files, so that damage to one never reaches the other");
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of(Checkpoint.FILE, Checkpoint.PREVIOUS),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFlippedByteAnywhereIsRefusedNamingThePreviousCheckpoint(@TempDir Path dir) throws Exception {
    runWithCheckpoints(dir);
    Path last = dir.resolve(Checkpoint.FILE);
    byte[] whole = Files.readAllBytes(last);
    // the header, the weights, the events near the end, the checksum itself
    for (long at : new long[] {14, whole.length / 3, whole.length - 40, whole.length - 1}) {
      Files.write(last, whole);
      flip(last, at);
      DamagedCheckpoint e =
          assertThrows(DamagedCheckpoint.class, () -> SornWorkbench.standalone().resume(dir, request(), null));
      assertEquals(
          "checkpoint " + last + " is damaged (its CRC32C does not match its content); the previous"
              + " checkpoint " + dir.resolve(Checkpoint.PREVIOUS) + ", at step 300, is whole",
          e.getMessage(),
          "byte " + at);
      assertEquals(dir.resolve(Checkpoint.PREVIOUS), e.previous());
      assertEquals(300, e.previousStep());
    }
  }

  @Test
  void thePreviousCheckpointResumesToTheUninterruptedResults(@TempDir Path dir) throws Exception {
    NetworkSnapshot whole = runWithCheckpoints(dir);
    flip(dir.resolve(Checkpoint.FILE), 100);
    NetworkSnapshot resumed = resume(dir.resolve(Checkpoint.PREVIOUS));
    assertArrayEquals(whole.wee, resumed.wee);
    assertArrayEquals(whole.wie, resumed.wie);
    assertArrayEquals(whole.te, resumed.te);
  }

  @Test
  void aCutCheckpointIsDamagedAndAMissingLastOneFallsBackToThePrevious(@TempDir Path dir)
      throws Exception {
    runWithCheckpoints(dir);
    Path last = dir.resolve(Checkpoint.FILE);
    byte[] whole = Files.readAllBytes(last);
    Files.write(last, java.util.Arrays.copyOf(whole, whole.length / 2));
    DamagedCheckpoint cut = assertThrows(DamagedCheckpoint.class, () -> Checkpoint.read(dir));
    assertTrue(cut.getMessage().contains("is damaged"), cut.getMessage());
    Files.write(last, java.util.Arrays.copyOf(whole, 10));
    assertTrue(
        assertThrows(DamagedCheckpoint.class, () -> Checkpoint.read(dir)).getMessage()
            .contains("(it is cut short: 10 bytes)"));
    // killed between the two moves of a write: only the previous one is there
    Files.delete(last);
    assertEquals(300, Checkpoint.read(dir).step());
  }

  @Test
  void bothDamagedOffersNoCheckpoint(@TempDir Path dir) throws Exception {
    runWithCheckpoints(dir);
    flip(dir.resolve(Checkpoint.FILE), 50);
    flip(dir.resolve(Checkpoint.PREVIOUS), 50);
    DamagedCheckpoint e = assertThrows(DamagedCheckpoint.class, () -> Checkpoint.read(dir));
    assertNull(e.previous());
    assertTrue(e.getMessage().endsWith("; there is no whole checkpoint before it"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }
}
