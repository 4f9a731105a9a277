package org.sorn.launcher;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A connection to the console server of {@code ./sorn server}. The protocol (the shell's
 * ConsoleProtocol, written again here since the launcher shares no class with the bundles): one
 * command per line; each reply is lines {@code "out TEXT"} or {@code "err TEXT"}, then {@code "end
 * STATUS"}, 0 when the command succeeded and 1 when it failed.
 */
final class ConsoleClient implements Closeable {
  static final String OUT = "out ";
  static final String ERR = "err ";
  static final String END = "end ";

  /** Nobody listens on the socket. */
  static final class NoServer extends Exception {
    private static final long serialVersionUID = 1L;

    NoServer(String message) {
      super(message, null, false, false);
    }
  }

  private final SocketChannel channel;
  private final BufferedReader replies;
  private final Writer commands;

  private ConsoleClient(SocketChannel channel) {
    this.channel = channel;
    this.replies =
        new BufferedReader(
            new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
    this.commands = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
  }

  /**
   * Connects to the server on {@code socket}.
   *
   * @throws NoServer when no server answers there
   */
  static ConsoleClient connect(Path socket) throws NoServer {
    try {
      return new ConsoleClient(SocketChannel.open(UnixDomainSocketAddress.of(socket)));
    } catch (IOException | RuntimeException e) {
      throw new NoServer("no server listening on " + socket);
    }
  }

  /**
   * Sends one command and prints its reply as it comes, output on {@code out} and errors on {@code
   * err}.
   *
   * @return the command's status: 0 it succeeded, 1 it failed
   * @throws EOFException when the server closed the connection before the end of the reply
   */
  int send(String command, PrintStream out, PrintStream err) throws IOException {
    commands.write(command.replace('\n', ' ').replace('\r', ' '));
    commands.write('\n');
    commands.flush();
    for (String line = replies.readLine(); line != null; line = replies.readLine()) {
      if (line.startsWith(END)) {
        out.flush();
        err.flush();
        return line.substring(END.length()).strip().equals("0") ? 0 : 1;
      } else if (line.startsWith(ERR)) {
        err.println(line.substring(ERR.length()));
      } else {
        out.println(line.startsWith(OUT) ? line.substring(OUT.length()) : line);
      }
    }
    throw new EOFException("the server closed the connection");
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
