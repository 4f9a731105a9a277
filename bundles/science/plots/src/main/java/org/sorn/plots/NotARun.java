package org.sorn.plots;

/** The directory given is not a run directory: a user error, exit code 2. */
final class NotARun extends Exception {
  private static final long serialVersionUID = 1L;

  NotARun(String message) {
    super(message);
  }
}
