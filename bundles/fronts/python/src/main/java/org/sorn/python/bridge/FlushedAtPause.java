package org.sorn.python.bridge;

import java.io.IOException;
import java.util.Map;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunEvent;

/**
 * A recorder's listener in a live session: its store is flushed (as for a checkpoint) each time
 * the run pauses, on the run's thread, so that the session reads every step made so far.
 */
final class FlushedAtPause implements StepListener {
  private final StepListener recorder;

  FlushedAtPause(StepListener recorder) {
    this.recorder = recorder;
  }

  @Override
  public void beforePlasticity(StepView step) throws IOException {
    recorder.beforePlasticity(step);
  }

  @Override
  public void afterStep(StepView step) throws IOException {
    recorder.afterStep(step);
  }

  @Override
  public void onEvent(RunEvent event) throws IOException {
    recorder.onEvent(event);
    if ("pause".equals(event.kind())) {
      recorder.checkpoint();
    }
  }

  @Override
  public Map<String, Object> checkpoint() throws IOException {
    return recorder.checkpoint();
  }

  @Override
  public void restore(Map<String, Object> position) throws IOException {
    recorder.restore(position);
  }

  @Override
  public void close() throws IOException {
    recorder.close();
  }
}
