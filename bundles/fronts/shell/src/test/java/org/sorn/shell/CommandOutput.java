package org.sorn.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a command printed and returned, for tests of the shell's commands. */
record CommandOutput(int code, String out, String err) {

  /** A command body: prints to {@code out} and {@code err}, returns the exit code. */
  interface Body {
    int run(PrintStream out, PrintStream err);
  }

  static CommandOutput of(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = body.run(new PrintStream(out, true), new PrintStream(err, true));
    return new CommandOutput(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
