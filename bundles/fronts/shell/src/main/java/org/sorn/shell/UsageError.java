package org.sorn.shell;

import org.sorn.api.command.OneLine;

/**
 * A mistake in what the user gave (an option, a value, a file): reported as one line, exit code 2,
 * never as a stack trace.
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(OneLine.of(message), null, false, false);
  }
}
