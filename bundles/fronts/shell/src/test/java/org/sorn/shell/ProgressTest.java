package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunStatus;
import org.sorn.shell.Fakes.FakeSimulation;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  final FakeSimulation run =
      new FakeSimulation(
          "run-1",
          RunDescription.builder()
              .ne(20)
              .nu(4)
              .seed(1)
              .steps(60_000)
              .noiseSigma(0.04)
              .build(),
          new Fakes.FakeWorkbench(),
          null);

  String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theBarShowsStepsSpeedAndTimeLeft() {
    assertEquals(
        "run-1 [##########....................]  33 %  20000/60000 steps  4000 steps/s  ETA 10s",
        Progress.bar("run-1", 0, 20_000, 60_000, 5 * SECOND, false));
    assertEquals(
        "run-1 [##############################] 100 %  60000/60000 steps  12000 steps/s  ETA 0s",
        Progress.bar("run-1", 0, 60_000, 60_000, 5 * SECOND, false));
    assertEquals(
        "run-1 [..............................]   0 %  0/60000 steps  0 steps/s  ETA -  (paused)",
        Progress.bar("run-1", 0, 0, 60_000, 5 * SECOND, true));
  }

  @Test
  void thePlainLineCountsOnlyTheStepsMadeSinceAResume() {
    assertEquals(
        "run-1: 40000/60000 steps (66 %), 2000 steps/s, ETA 10s",
        Progress.plain("run-1", 30_000, 40_000, 60_000, 5 * SECOND, false));
  }

  @Test
  void timeLeftReadsAsPeopleSayIt() {
    assertEquals("59s", Progress.duration(59));
    assertEquals("3m 05s", Progress.duration(185));
    assertEquals("2h 07m", Progress.duration(2 * 3600 + 7 * 60 + 59));
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAndWipedAtTheEnd() throws InterruptedException {
    run.status = RunStatus.RUNNING;
    run.done = 30_000;
    Progress p =
        new Progress(run, 0, err, Progress.Style.BAR, Duration.ZERO, Duration.ofMillis(10))
            .start();
    waitFor(() -> printed().chars().filter(c -> c == '\r').count() >= 2);
    p.close();
    String s = printed();
    assertTrue(s.startsWith("\rrun-1 [###############...............]  50 %  30000/60000 steps"), s);
    assertTrue(!s.contains("\n"), "no line breaks: one line redrawn");
    assertTrue(s.matches("(?s).*\r {80,}\r"), "wiped with spaces: " + s);
  }

  @Test
  void elsewhereAPlainLineComesNowAndThen() throws InterruptedException {
    run.status = RunStatus.PAUSED;
    run.done = 6_000;
    Progress p =
        new Progress(run, 0, err, Progress.Style.LINES, Duration.ZERO, Duration.ofMillis(10))
            .start();
    waitFor(() -> printed().lines().count() >= 2);
    p.close();
    String first = printed().lines().findFirst().orElseThrow();
    assertTrue(
        first.matches("sorn: run-1: 6000/60000 steps \\(10 %\\), \\d+ steps/s, ETA \\S+ \\(paused\\)"),
        first);
    assertTrue(!printed().contains("\r"));
  }

  @Test
  void aRunShorterThanTheDelayShowsNothing() {
    run.done = 10;
    Progress p =
        new Progress(run, 0, err, Progress.Style.BAR, Duration.ofHours(1), Duration.ofMillis(10))
            .start();
    p.close();
    assertEquals("", printed());
    Progress.NONE.close();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10 * SECOND;
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out");
      Thread.sleep(5);
    }
  }
}
