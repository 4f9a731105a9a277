package org.sorn.api.run;

import java.nio.file.Path;

/**
 * Thrown by {@link Workbench#resume} when a checkpoint's content does not match its checksum (a
 * flipped bit, a file cut or overwritten): it is refused rather than resumed into wrong results.
 * Names the previous checkpoint, which the workbench keeps, when that one is whole, so that a front
 * can offer to resume from it.
 *
 * @since 1.1
 */
public final class DamagedCheckpoint extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final transient Path previous;
  private final long previousStep;

  /**
   * @param file the damaged checkpoint
   * @param reason what is wrong with it, in a few words
   * @param previous the previous checkpoint when it is whole, or null
   * @param previousStep that checkpoint's step, or -1
   */
  public DamagedCheckpoint(Path file, String reason, Path previous, long previousStep) {
    super(
        "checkpoint " + file + " is damaged (" + reason + ")"
            + (previous == null
                ? "; there is no whole checkpoint before it"
                : "; the previous checkpoint " + previous + ", at step " + previousStep
                    + ", is whole"),
        null);
    this.file = file;
    this.previous = previous;
    this.previousStep = previousStep;
  }

  /** The damaged checkpoint. */
  public Path file() {
    return file;
  }

  /** The previous checkpoint when it is whole, or null. */
  public Path previous() {
    return previous;
  }

  /** The step of {@link #previous()}, or -1 when there is none. */
  public long previousStep() {
    return previousStep;
  }
}
