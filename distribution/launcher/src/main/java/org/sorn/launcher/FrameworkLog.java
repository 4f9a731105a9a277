package org.sorn.launcher;

import java.io.PrintStream;
import org.apache.felix.framework.Logger;

/**
 * Felix's log as one line per message on stderr, so that stdout carries only what the workbench
 * prints; stack traces only with {@code -Dsorn.debug=true}.
 */
final class FrameworkLog extends Logger {
  private static final String[] LEVELS = {"", "ERROR", "WARNING", "INFO", "DEBUG"};

  private final PrintStream err;
  private final boolean debug;

  FrameworkLog(PrintStream err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  @Override
  protected void doLog(int level, String message, Throwable cause) {
    String name = level > 0 && level < LEVELS.length ? LEVELS[level] : "LOG";
    err.println("sorn: framework " + name + ": " + message + (cause == null ? "" : " (" + cause + ")"));
    if (debug && cause != null) {
      cause.printStackTrace(err);
    }
  }
}
