package org.sorn.shell;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.sorn.shell.front.HttpFront;

/**
 * {@code sorn server --socket PATH [--http PORT [--http-bind ADDRESS]]}: serves the console on a
 * UNIX domain socket until the workbench stops, and the web workbench on {@code PORT} when asked.
 * The launcher gives the socket (its default comes from the workbench folder or
 * {@code $SORN_SOCKET}) and starts the workbench without the interactive console.
 */
final class ServerCommand {
  static final String SOCKET = "--socket";

  /** Returns the exit code; never throws. */
  static int execute(List<String> args, ConsoleServer console, PrintStream out, PrintStream err) {
    return execute(args, console, null, out, err);
  }

  /**
   * As {@link #execute(List, ConsoleServer, PrintStream, PrintStream)}, starting the web workbench
   * {@code web} (null when its bundle is not running) first when {@code --http} is given.
   */
  static int execute(
      List<String> args, ConsoleServer console, HttpFront web, PrintStream out, PrintStream err) {
    Path socket;
    WebAddress http;
    try {
      socket = socket(args);
      http = WebAddress.of(args);
    } catch (UsageError e) {
      err.println("sorn server: " + e.getMessage());
      return 2;
    }
    if (console == null) {
      err.println(
          "sorn server: no Gogo command processor is running; the feature shell brings one");
      return 1;
    }
    if (http != null) {
      int code = http.serve(web, "sorn server: ", out, err);
      if (code != 0) {
        return code;
      }
    }
    return console.serve(socket, out, err);
  }

  /** The socket of {@code --socket PATH} or {@code --socket=PATH}, absolute. */
  static Path socket(List<String> args) {
    String value = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (value != null && (arg.equals(SOCKET) || arg.startsWith(SOCKET + "="))) {
        throw new UsageError(SOCKET + " is given twice");
      }
      if (WebAddress.isOption(arg)) {
        i += arg.contains("=") ? 0 : 1; // read by WebAddress
      } else if (arg.startsWith(SOCKET + "=")) {
        value = arg.substring(SOCKET.length() + 1);
      } else if (arg.equals(SOCKET) && i + 1 < args.size()) {
        value = args.get(++i);
      } else if (arg.equals(SOCKET)) {
        throw new UsageError(SOCKET + " needs a value (the path of a socket file)");
      } else {
        throw new UsageError(
            "unexpected argument '" + arg + "'; expected " + SOCKET + " PATH, " + WebAddress.HTTP
                + " PORT, " + WebAddress.BIND + " ADDRESS");
      }
    }
    if (value == null || value.isBlank()) {
      throw new UsageError(SOCKET + " PATH is required");
    }
    try {
      return Path.of(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new UsageError(SOCKET + " must be a path, got '" + value + "'");
    }
  }

  private ServerCommand() {}
}
