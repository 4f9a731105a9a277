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

/**
 * Opens the recorders chosen with {@code --record} for one run: the engine calls this once the
 * run's context exists, on the run's thread, before step 0.
 */
final class RecorderListeners implements Function<RunContext, List<StepListener>> {
  private final List<Recorder> recorders;
  private final Path directory;

  RecorderListeners(List<Recorder> recorders, Path directory) {
    this.recorders = List.copyOf(recorders);
    this.directory = directory;
  }

  /**
   * One listener per recorder.
   *
   * @throws UncheckedIOException with a one-line message naming the recorder and file, after
   *     closing the listeners already opened
   */
  @Override
  public List<StepListener> apply(RunContext run) {
    List<StepListener> opened = new ArrayList<>();
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
