package org.sorn.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./sorn attach} and {@code ./sorn ctl}: clients of a running server, run by the launcher
 * without starting a workbench of their own, so that they answer at once.
 */
final class ConsoleCommands {
  static final String ATTACH = "attach";
  static final String CTL = "ctl";
  static final String PROMPT = "sorn> ";
  /** Exit code when no server listens. */
  static final int NO_SERVER = 3;

  private ConsoleCommands() {}

  /** Whether {@code command} is one of the clients. */
  static boolean handles(String command) {
    return command.equals(ATTACH) || command.equals(CTL);
  }

  /**
   * Runs {@code attach} or {@code ctl} with their arguments (after the command's name).
   *
   * @param fallback the socket when none is given
   * @return the exit code
   */
  static int run(
      String command, List<String> arguments, Path fallback, InputStream in, PrintStream out,
      PrintStream err) {
    ConsoleSocket.Client client = ConsoleSocket.client(arguments, fallback);
    return command.equals(ATTACH)
        ? attach(client, in, out, err)
        : ctl(client, out, err);
  }

  /** Sends one command (its arguments joined by spaces); exits 0 or 1 with it, 3 without server. */
  private static int ctl(ConsoleSocket.Client client, PrintStream out, PrintStream err) {
    if (client.rest().isEmpty()) {
      throw new UsageException(
          "ctl needs a console command, for example: ./sorn ctl sorn:status");
    }
    try (ConsoleClient server = ConsoleClient.connect(client.socket())) {
      return server.send(String.join(" ", client.rest()), out, err);
    } catch (ConsoleClient.NoServer e) {
      err.println("sorn ctl: " + e.getMessage() + "; start one with ./sorn server");
      return NO_SERVER;
    } catch (IOException e) {
      err.println("sorn ctl: " + oneLine(e));
      return 1;
    }
  }

  /** A prompt on the server until end of input or {@code exit}. */
  private static int attach(
      ConsoleSocket.Client client, InputStream in, PrintStream out, PrintStream err) {
    if (!client.rest().isEmpty()) {
      throw new UsageException(
          "attach takes no command, got '" + String.join(" ", client.rest())
              + "'; use ./sorn ctl to send one");
    }
    try (ConsoleClient server = ConsoleClient.connect(client.socket())) {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      while (true) {
        out.print(PROMPT);
        out.flush();
        String line = lines.readLine();
        if (line == null) {
          out.println();
          return 0;
        }
        if (line.strip().equals("exit")) {
          return 0;
        }
        server.send(line, out, err);
      }
    } catch (ConsoleClient.NoServer e) {
      err.println("sorn attach: " + e.getMessage() + "; start one with ./sorn server");
      return NO_SERVER;
    } catch (IOException e) {
      err.println("sorn attach: " + oneLine(e));
      return 1;
    }
  }

  private static String oneLine(IOException e) {
    String m = e.getMessage();
    return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ");
  }
}
