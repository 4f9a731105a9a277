package org.sorn.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
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
 * server} command calls {@link #serve}; it serves until the workbench stops, then removes its
 * socket.
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

  /**
   * Listens on {@code socket} and serves clients until the workbench stops.
   *
   * @return the exit code: 0 when the workbench stopped, 1 when the socket failed, 2 when another
   *     server listens there
   */
  int serve(Path socket, PrintStream out, PrintStream err) {
    ServerSocketChannel server;
    try {
      server = SocketFile.listen(socket);
    } catch (SocketFile.InUse e) {
      err.println("sorn server: another server is listening on " + socket);
      return 2;
    } catch (IOException e) {
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
        accept(server.accept());
      }
    } catch (ClosedChannelException stopped) { // the workbench stops: deactivate closed it
      return 0;
    } catch (IOException e) {
      err.println("sorn server: " + socket + ": " + OneLine.describe(e));
      return 1;
    } finally {
      stopListening();
    }
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
