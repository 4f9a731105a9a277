package org.sorn.launcher;

/** The workbench could not be brought up; carries the exit code the launcher ends with. */
final class LaunchFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** Exit code when the command line service never appeared. */
  static final int NO_COMMAND_LINE = 3;

  private final int exitCode;

  LaunchFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
