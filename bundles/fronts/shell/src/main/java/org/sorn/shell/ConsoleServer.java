package org.sorn.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.felix.service.command.CommandProcessor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.command.OneLine;

/**
 * The console of a headless workbench ({@code ./sorn server}): Gogo commands sent over a UNIX
 * domain socket, a session per client, as {@link ConsoleProtocol} says. Idle until the {@code
 * server} command calls {@link #serve}; it serves until the workbench stops (or its engine goes,
 * {@link #end}), then removes its socket. Only the server's own user is served: the socket is
 * owner-only and a client of another user is refused.
 */
@Component(service = ConsoleServer.class)
public class ConsoleServer {
  /** How long the last replies (that of sorn:shutdown) may take when the workbench stops. */
  private static final Duration LAST_REPLY = Duration.ofSeconds(2);

  @Reference CommandProcessor processor;

  private final List<ConsoleConnection> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger clients = new AtomicInteger();
  private ServerSocketChannel listening;
  private Path socket;
  private boolean closed;
  // why the server ends before the workbench stops, or null
  private volatile String endReason;

  /**
   * Listens on {@code socket} and serves clients until the workbench stops.
   *
   * @return the exit code: 0 when the workbench stopped, 1 when the socket failed or the server
   *     ended for another reason ({@link #end}), 2 when another server listens there
   */
  int serve(Path socket, PrintStream out, PrintStream err) {
    ServerSocketChannel server;
    UserPrincipal owner;
    try {
      server = SocketFile.listen(socket);
      owner = SocketFile.owner(socket);
    } catch (SocketFile.InUse e) {
      err.println("sorn server: another server is listening on " + socket);
      return 2;
    } catch (IOException | UnsupportedOperationException e) {
      err.println("sorn server: cannot listen on " + socket + ": " + OneLine.describe(e));
      return 1;
    }
    synchronized (this) {
      if (closed || listening != null) {
        close(server);
        SocketFile.remove(socket);
        err.println(
            "sorn server: "
                + (closed ? "the workbench is stopping" : "already serving on " + this.socket));
        return closed ? 1 : 2;
      }
      listening = server;
      this.socket = socket;
    }
    out.println("sorn server: listening on " + socket);
    out.flush();
    try {
      while (true) {
        SocketChannel client = server.accept();
        if (sameUser(client, owner, err)) {
          accept(client);
        }
      }
    } catch (ClosedChannelException stopped) { // the workbench stops, or end() closed it
      String reason = endReason;
      if (reason != null) {
        err.println("sorn server: ending: " + reason);
        return 1;
      }
      out.println("sorn server: the workbench stopped");
      return 0;
    } catch (IOException e) {
      err.println("sorn server: " + socket + ": " + OneLine.describe(e));
      return 1;
    } finally {
      stopListening();
    }
  }

  /**
   * Whether the client runs as the server's user; another user is told so in the protocol's words
   * and the connection closed.
   */
  private static boolean sameUser(SocketChannel client, UserPrincipal owner, PrintStream err) {
    String refused;
    try {
      UserPrincipal peer = SocketFile.peer(client);
      if (peer.equals(owner)) {
        return true;
      }
      refused = "user " + peer.getName() + " is not the server's user " + owner.getName();
    } catch (IOException | RuntimeException e) {
      refused = "the client's user cannot be known: " + OneLine.describe(e);
    }
    err.println("sorn server: refused a client: " + refused);
    try (client) {
      ReplyStream.Reply reply =
          new ReplyStream.Reply(
              new OutputStreamWriter(Channels.newOutputStream(client), StandardCharsets.UTF_8));
      reply.send(ConsoleProtocol.ERR + "sorn server: refused: " + refused);
      reply.send(ConsoleProtocol.END + ConsoleProtocol.FAILED);
    } catch (IOException e) {
      // it is refused either way
    }
    return false;
  }

  /**
   * Ends serving for {@code reason} (the workbench's engine went away): {@link #serve} says it and
   * returns 1, and the launcher stops the workbench.
   */
  void end(String reason) {
    endReason = reason;
    stopListening();
  }

  private void accept(SocketChannel client) {
    ConsoleConnection connection = new ConsoleConnection(client, processor, connections::remove);
    connections.add(connection);
    Thread thread = new Thread(connection, "sorn-console-" + clients.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
  }

  @Deactivate
  void deactivate() {
    synchronized (this) {
      closed = true;
    }
    stopListening();
  }

  /** Stops listening, lets the commands going on send their reply, closes every client. */
  private void stopListening() {
    ServerSocketChannel server;
    Path file;
    synchronized (this) {
      server = listening;
      file = socket;
      listening = null;
    }
    if (server == null) {
      return;
    }
    close(server);
    SocketFile.remove(file);
    long deadline = System.nanoTime() + LAST_REPLY.toNanos();
    for (ConsoleConnection c : connections) {
      c.closeWhenIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
  }

  private static void close(ServerSocketChannel server) {
    try {
      server.close();
    } catch (IOException e) {
      // it is going away either way
    }
  }
}
