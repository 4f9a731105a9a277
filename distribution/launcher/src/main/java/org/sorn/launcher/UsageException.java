package org.sorn.launcher;

/** A mistake in how the launcher was called; its message says what was expected. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
