package org.sorn.shell;

import org.apache.felix.service.command.CommandSession;

/**
 * The line protocol of the console server, UTF-8 over a UNIX domain socket. A client sends one
 * command per line; the server answers each with the command's output, one line each prefixed
 * {@value #OUT} (standard output) or {@value #ERR} (error output), then one line {@value #END}
 * followed by the status: {@value #SUCCEEDED} the command succeeded, {@value #FAILED} it threw or
 * printed an error, or, for a command that leaves its exit code in the session ({@link
 * #exitCode}), that code is not 0. The launcher's clients ({@code ./sorn attach}, {@code ./sorn
 * ctl}) speak the same protocol with classes of their own, since the launcher shares no class with
 * the bundles.
 */
final class ConsoleProtocol {
  static final String OUT = "out ";
  static final String ERR = "err ";
  static final String END = "end ";
  static final int SUCCEEDED = 0;
  static final int FAILED = 1;

  /** The session variable in which a command leaves its exit code. */
  static final String EXIT_CODE = "sorn.exitcode";

  /**
   * Leaves {@code code} as the exit code of the command going on in {@code session}: the reply's
   * status then follows it, not whether the command printed on its error output (progress).
   */
  static void exitCode(CommandSession session, int code) {
    if (session != null) {
      session.put(EXIT_CODE, code);
    }
  }

  private ConsoleProtocol() {}
}
