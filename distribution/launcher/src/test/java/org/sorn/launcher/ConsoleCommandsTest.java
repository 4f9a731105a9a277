package org.sorn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clients of a server, against a stand-in server that speaks the console protocol. */
class ConsoleCommandsTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final List<String> received = new CopyOnWriteArrayList<>();
  ServerSocketChannel server;

  /**
   * Answers each line: "fail ..." with an error and status 1, "quit" by closing the connection, any
   * other with the line echoed on standard output.
   */
  Path serve() throws IOException {
    Path socket = dir.resolve("s.sock");
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    Thread t = new Thread(this::acceptAll);
    t.setDaemon(true);
    t.start();
    return socket;
  }

  private void acceptAll() {
    while (true) {
      try (SocketChannel c = server.accept()) {
        BufferedReader in =
            new BufferedReader(new InputStreamReader(Channels.newInputStream(c), StandardCharsets.UTF_8));
        Writer w = new OutputStreamWriter(Channels.newOutputStream(c), StandardCharsets.UTF_8);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          received.add(line);
          if (line.equals("quit")) {
            w.write("out going\n");
            w.flush();
            break;
          }
          w.write(line.startsWith("fail") ? "err no: " + line + "\nend 1\n" : "out " + line + "\nout second line\nend 0\n");
          w.flush();
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  @AfterEach
  void close() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  int run(String command, String input, String... args) {
    return ConsoleCommands.run(
        command,
        List.of(args),
        dir.resolve("default.sock"),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ctlSendsOneCommandAndExitsWithItsStatus() throws IOException {
    Path socket = serve();
    assertEquals(0, run("ctl", "", "--socket", socket.toString(), "sorn:start", "--ne", "50"));
    assertEquals("sorn:start --ne 50\nsecond line\n", out());
    assertEquals("", err());
    assertEquals(List.of("sorn:start --ne 50"), received, "the arguments joined by spaces");
    out.reset();
    assertEquals(1, run("ctl", "", "--socket=" + socket, "fail now"));
    assertEquals("", out());
    assertEquals("no: fail now\n", err());
  }

  @Test
  void withoutServerCtlAndAttachExitWith3() {
    Path missing = dir.resolve("default.sock");
    assertEquals(3, run("ctl", "", "sorn:status"));
    assertEquals(
        "sorn ctl: no server listening on " + missing + "; start one with ./sorn server\n", err());
    err.reset();
    assertEquals(3, run("attach", ""));
    assertEquals(
        "sorn attach: no server listening on " + missing + "; start one with ./sorn server\n",
        err());
  }

  @Test
  void attachPromptsUntilEndOfInputOrExit() throws IOException {
    Path socket = serve();
    assertEquals(0, run("attach", "sorn:status\n\nfail x\nexit\nnot sent\n", "--socket", socket.toString()));
    assertEquals(
        "sorn> sorn:status\nsecond line\nsorn> \nsecond line\nsorn> sorn> ", out());
    assertEquals("no: fail x\n", err());
    assertEquals(List.of("sorn:status", "", "fail x"), received);
    out.reset();
    assertEquals(0, run("attach", "a\n", "--socket", socket.toString()));
    assertEquals("sorn> a\nsecond line\nsorn> \n", out(), "end of input ends it");
  }

  @Test
  void aServerThatGoesAwayMidReplyIsOneLine() throws IOException {
    Path socket = serve();
    assertEquals(1, run("ctl", "", "--socket", socket.toString(), "quit"));
    assertEquals("going\n", out());
    assertEquals("sorn ctl: the server closed the connection\n", err());
  }

  @Test
  void usageMistakesAreReportedByTheLauncher() {
    assertEquals(
        "ctl needs a console command, for example: ./sorn ctl sorn:status",
        assertThrows(UsageException.class, () -> run("ctl", "")).getMessage());
    assertEquals(
        "attach takes no command, got 'sorn:status'; use ./sorn ctl to send one",
        assertThrows(UsageException.class, () -> run("attach", "", "sorn:status")).getMessage());
  }
}
