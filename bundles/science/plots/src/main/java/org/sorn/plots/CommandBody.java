package org.sorn.plots;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.sorn.api.command.OneLine;

/** The part of a plots command that reads a run and writes files, and how its failures read. */
@FunctionalInterface
interface CommandBody {
  /** Does the work; returns the exit code. */
  int run() throws IOException, NotARun;

  /**
   * Runs {@code body}: a directory that is not a run is exit code 2, any other failure (a file, a
   * plot) exit code 1, each one line on {@code err} after the command's name.
   */
  static int run(String command, PrintStream err, CommandBody body) {
    try {
      return body.run();
    } catch (NotARun e) {
      err.println(command + ": " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(command + ": " + OneLine.describeWithFile(e));
      return 1;
    } catch (UncheckedIOException e) {
      err.println(command + ": " + OneLine.describeWithFile(e.getCause()));
      return 1;
    } catch (RuntimeException e) {
      // one line for the user, whatever failed
      err.println(command + ": " + OneLine.describe(e));
      return 1;
    }
  }
}
