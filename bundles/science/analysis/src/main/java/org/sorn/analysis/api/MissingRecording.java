package org.sorn.analysis.api;

/** The run directory lacks what a statistic needs: a user error, which names the fix. */
public final class MissingRecording extends Exception {
  private static final long serialVersionUID = 1L;

  /** A one-line message naming the input at fault and the {@code --record} that would give it. */
  public MissingRecording(String message) {
    super(message);
  }
}
