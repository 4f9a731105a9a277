package org.sorn.shell;

/**
 * The line protocol of the console server, UTF-8 over a UNIX domain socket. A client sends one
 * command per line; the server answers each with the command's output, one line each prefixed
 * {@value #OUT} (standard output) or {@value #ERR} (error output), then one line {@value #END}
 * followed by the status: {@value #SUCCEEDED} the command succeeded, {@value #FAILED} it threw or
 * printed an error. The launcher's clients ({@code ./sorn attach}, {@code ./sorn ctl}) speak the
 * same protocol with classes of their own, since the launcher shares no class with the bundles.
 */
final class ConsoleProtocol {
  static final String OUT = "out ";
  static final String ERR = "err ";
  static final String END = "end ";
  static final int SUCCEEDED = 0;
  static final int FAILED = 1;

  private ConsoleProtocol() {}
}
