package org.sorn.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sorn.api.Recorder;
import org.sorn.api.RunContext;
import org.sorn.api.StepListener;
import org.sorn.api.command.OneLine;

/**
 * Opens what a run started from the shell writes as it goes, the event log and the recorders chosen
 * with {@code --record}: the engine calls this once the run's context exists, on the run's thread,
 * before step 0. A resumed run opens them in the same order, which is how the engine gives each its
 * position back.
 */
final class RunListeners implements Function<RunContext, List<StepListener>> {
  private final List<Recorder> recorders;
  private final Path directory;
  private final boolean resumed;

  /** For a fresh run: the event log starts empty. */
  RunListeners(List<Recorder> recorders, Path directory) {
    this(recorders, directory, false);
  }

  /**
   * @param resumed whether the run continues from a checkpoint: the event log keeps what it holds
   *     until the engine restores its position
   */
  RunListeners(List<Recorder> recorders, Path directory, boolean resumed) {
    this.recorders = List.copyOf(recorders);
    this.directory = directory;
    this.resumed = resumed;
  }

  /**
   * The event log, then one listener per recorder.
   *
   * @throws UncheckedIOException with a one-line message naming the file (and recorder), after
   *     closing the listeners already opened
   */
  @Override
  public List<StepListener> apply(RunContext run) {
    List<StepListener> opened = new ArrayList<>();
    try {
      opened.add(resumed ? EventLog.reopen(directory) : EventLog.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write " + EventLog.FILE + " in " + directory + ": " + OneLine.describe(e), e);
    }
    for (Recorder recorder : recorders) {
      try {
        opened.add(recorder.open(run, directory));
      } catch (IOException e) {
        closeAll(opened);
        throw new UncheckedIOException(
            "recorder "
                + recorder.name()
                + " cannot write in "
                + directory
                + ": "
                + OneLine.describeWithFile(e),
            e);
      }
    }
    return opened;
  }

  private static void closeAll(List<StepListener> listeners) {
    for (StepListener l : listeners) {
      try {
        l.close();
      } catch (IOException | RuntimeException ignored) {
        // the failure to open is what the user must hear about
      }
    }
  }
}
