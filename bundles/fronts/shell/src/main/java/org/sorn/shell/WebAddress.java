package org.sorn.shell;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.sorn.api.command.OneLine;
import org.sorn.shell.front.HttpFront;

/**
 * Where the web workbench listens: {@code --http PORT} and {@code --http-bind ADDRESS} of {@code
 * ./sorn server} and {@code sorn:web}. It binds 127.0.0.1 unless told otherwise.
 *
 * @param port the port, 0 for a free one
 * @param address the address it listens on
 */
record WebAddress(int port, InetAddress address) {
  static final String HTTP = "--http";
  static final String BIND = "--http-bind";
  static final String LOOPBACK = "127.0.0.1";

  /** Whether {@code arg} is one of these options, alone or as {@code --name=value}. */
  static boolean isOption(String arg) {
    return arg.equals(HTTP) || arg.equals(BIND) || arg.startsWith(HTTP + "=")
        || arg.startsWith(BIND + "=");
  }

  /**
   * The address of {@code --http} and {@code --http-bind} among {@code args} (other arguments are
   * left to the caller), or null when {@code --http} is not given.
   *
   * @throws UsageError naming the option at fault
   */
  static WebAddress of(List<String> args) {
    return of(args, false);
  }

  /**
   * As {@link #of(List)}; when {@code alone}, any other argument is an error.
   *
   * @throws UsageError naming the option or argument at fault
   */
  static WebAddress of(List<String> args, boolean alone) {
    String port = null;
    String bind = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!isOption(arg)) {
        if (alone) {
          throw new UsageError(
              "unexpected argument '" + arg + "'; expected " + HTTP + " PORT, " + BIND
                  + " ADDRESS");
        }
        continue;
      }
      String flag = arg.startsWith(BIND) ? BIND : HTTP;
      String value;
      if (arg.length() > flag.length()) {
        value = arg.substring(flag.length() + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageError(flag + " needs a value (" + expected(flag) + ")");
      }
      if ((flag.equals(HTTP) ? port : bind) != null) {
        throw new UsageError(flag + " is given twice");
      }
      if (flag.equals(HTTP)) {
        port = value;
      } else {
        bind = value;
      }
    }
    if (port == null) {
      if (bind != null) {
        throw new UsageError(BIND + " needs " + HTTP + " PORT");
      }
      return null;
    }
    return new WebAddress(port(port), address(bind == null ? LOOPBACK : bind));
  }

  /**
   * Starts (or moves) the web workbench here and prints its address on {@code out}, with a warning
   * on {@code err} when other machines may reach it; returns the exit code.
   *
   * @param front the web workbench, or null when its bundle is not running
   * @param prefix what starts each line printed, such as "sorn server: "
   */
  int serve(HttpFront front, String prefix, PrintStream out, PrintStream err) {
    if (front == null) {
      err.println(
          prefix + HTTP
              + " needs the web workbench: the feature web provides it (bundle org.sorn.web)");
      return 2;
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          prefix + "warning: the web workbench listens on " + address.getHostAddress()
              + ", which other machines may reach; whoever has its address with the token can"
              + " start runs and install bundles");
    }
    URI uri;
    try {
      uri = front.serve(address, port);
    } catch (IllegalArgumentException e) {
      err.println(prefix + OneLine.describe(e));
      return 1;
    }
    out.println(prefix + "web workbench at " + uri);
    out.flush();
    return 0;
  }

  private static int port(String raw) {
    Long v = Numbers.longValue(raw);
    if (v == null || v < 0 || v > 65535) {
      throw new UsageError(HTTP + " must be " + expected(HTTP) + ", got '" + raw + "'");
    }
    return v.intValue();
  }

  private static InetAddress address(String raw) {
    try {
      if (!raw.isBlank()) {
        return InetAddress.getByName(raw);
      }
    } catch (UnknownHostException | SecurityException e) {
      // said below, with what was expected
    }
    throw new UsageError(BIND + " must be " + expected(BIND) + ", got '" + raw + "'");
  }

  private static String expected(String flag) {
    return flag.equals(HTTP)
        ? "a port number between 0 and 65535, 0 for a free one"
        : "an address of this machine such as 127.0.0.1 or 0.0.0.0";
  }
}
