package org.sorn.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the console server of {@code ./sorn server} listens, and where {@code attach} and {@code
 * ctl} look for it: {@code --socket PATH}, else {@code $SORN_SOCKET}, else {@code
 * <workbench>/run/sorn.sock}.
 */
final class ConsoleSocket {
  static final String OPTION = "--socket";
  static final String ENVIRONMENT = "SORN_SOCKET";

  private ConsoleSocket() {}

  /** The socket when none is given: {@code $SORN_SOCKET}, else under the workbench folder. */
  static Path defaultPath(Path home, String environment) {
    if (environment != null && !environment.isBlank()) {
      return Path.of(environment).toAbsolutePath().normalize();
    }
    return home.resolve("run").resolve("sorn.sock");
  }

  /**
   * The arguments of {@code server} as the workbench gets them: with {@code --socket} and the
   * default path when none is given (the workbench's server needs a path, only the launcher knows
   * the workbench folder).
   */
  static List<String> serverArguments(List<String> arguments, Path fallback) {
    for (String arg : arguments) {
      if (arg.equals(OPTION) || arg.startsWith(OPTION + "=")) {
        return arguments;
      }
    }
    List<String> given = new ArrayList<>(arguments);
    given.add(OPTION);
    given.add(fallback.toString());
    return given;
  }

  /**
   * The socket and the rest of a client's arguments: {@code [--socket PATH] rest...}.
   *
   * @throws UsageException when {@code --socket} has no path
   */
  static Client client(List<String> arguments, Path fallback) {
    List<String> rest = new ArrayList<>(arguments);
    Path socket = fallback;
    if (!rest.isEmpty() && rest.get(0).startsWith(OPTION + "=")) {
      socket = path(rest.remove(0).substring(OPTION.length() + 1));
    } else if (!rest.isEmpty() && rest.get(0).equals(OPTION)) {
      rest.remove(0);
      if (rest.isEmpty()) {
        throw new UsageException(OPTION + " needs a value (the path of the server's socket)");
      }
      socket = path(rest.remove(0));
    }
    return new Client(socket, rest);
  }

  /** A client's socket and what follows {@code --socket PATH}. */
  record Client(Path socket, List<String> rest) {}

  private static Path path(String value) {
    if (value.isBlank()) {
      throw new UsageException(OPTION + " needs a value (the path of the server's socket)");
    }
    return Path.of(value).toAbsolutePath().normalize();
  }
}
