package org.sorn.shell;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.sorn.api.command.OneLine;

/**
 * One client of the console server: a Gogo session of its own, in which each line the client sends
 * is executed; the output goes back as {@link ConsoleProtocol} says.
 */
final class ConsoleConnection implements Runnable {
  private final SocketChannel channel;
  private final CommandProcessor processor;
  private final Consumer<ConsoleConnection> onEnd;
  private boolean busy;

  ConsoleConnection(
      SocketChannel channel, CommandProcessor processor, Consumer<ConsoleConnection> onEnd) {
    this.channel = channel;
    this.processor = processor;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8))) {
      ReplyStream.Reply reply =
          new ReplyStream.Reply(
              new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
      ReplyStream out = new ReplyStream(reply, ConsoleProtocol.OUT);
      ReplyStream err = new ReplyStream(reply, ConsoleProtocol.ERR);
      PrintStream outPrint = new PrintStream(out, true, StandardCharsets.UTF_8);
      PrintStream errPrint = new PrintStream(err, true, StandardCharsets.UTF_8);
      // commands read no input: a session of the server has no terminal
      CommandSession session =
          processor.createSession(new ByteArrayInputStream(new byte[0]), outPrint, errPrint);
      try {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          setBusy(true);
          session.put(ConsoleProtocol.EXIT_CODE, null);
          boolean threw = !execute(session, line.strip(), outPrint, errPrint);
          outPrint.flush();
          errPrint.flush();
          out.finish();
          boolean printedError = err.finish();
          boolean failed =
              threw
                  || (session.get(ConsoleProtocol.EXIT_CODE) instanceof Integer code
                      ? code != 0
                      : printedError);
          reply.send(ConsoleProtocol.END + (failed ? ConsoleProtocol.FAILED : ConsoleProtocol.SUCCEEDED));
          setBusy(false);
        }
      } finally {
        session.close();
      }
    } catch (IOException e) {
      // the client went away, or the server closed the connection as the workbench stops
    } finally {
      setBusy(false);
      onEnd.accept(this);
    }
  }

  /**
   * As Gogo's console does: a result is printed, an exception is one line and kept as $exception.
   *
   * @return false when the line threw
   */
  private static boolean execute(
      CommandSession session, String line, PrintStream out, PrintStream err) {
    if (line.isEmpty()) {
      return true;
    }
    try {
      Object result = session.execute(line);
      session.put("_", result);
      if (result != null) {
        out.println(session.format(result, Converter.INSPECT));
      }
      return true;
    } catch (Exception | LinkageError e) {
      session.put("exception", e);
      err.println("gogo: " + e.getClass().getSimpleName() + ": " + OneLine.describe(e));
      return false;
    }
  }

  /**
   * Closes the connection once the command going on (if any) has sent its reply, waiting at most
   * {@code grace}: {@code sorn:shutdown} must still reach its client.
   */
  void closeWhenIdle(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (this) {
      while (busy && System.nanoTime() < deadline) {
        try {
          wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    try {
      channel.close();
    } catch (IOException e) {
      // closing is all that was wanted
    }
  }

  private synchronized void setBusy(boolean now) {
    busy = now;
    notifyAll();
  }
}
