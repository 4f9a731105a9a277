package org.sorn.analysis;

/** The run directory lacks what a statistic needs: a user error, exit code 2. */
final class MissingRecording extends Exception {
  private static final long serialVersionUID = 1L;

  MissingRecording(String message) {
    super(message);
  }
}
