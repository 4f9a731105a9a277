package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.felix.service.command.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.shell.front.RunEvents;

/** The console server and its line protocol, with the shell's commands in a real Gogo runtime. */
class ConsoleServerTest {
  @TempDir Path dir;
  final TestConsole console = new TestConsole();
  final List<ConsoleServer> servers = new ArrayList<>();

  @AfterEach
  void close() {
    servers.forEach(ConsoleServer::deactivate);
    console.close();
  }

  /** What one serve() call printed and returned. */
  record Served(
      CompletableFuture<Integer> code, ByteArrayOutputStream stdout, ByteArrayOutputStream stderr) {
    String out() {
      return stdout.toString(StandardCharsets.UTF_8);
    }

    String err() {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }

  /** Starts a server on {@code socket} on a thread of its own, as the server command does. */
  Served serve(ConsoleServer server, Path socket) {
    server.processor = console.processor;
    servers.add(server);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CompletableFuture<Integer> code = new CompletableFuture<>();
    Thread t =
        new Thread(
            () ->
                code.complete(
                    server.serve(
                        socket,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))));
    t.setDaemon(true);
    t.start();
    RunEvents.settle(() -> out.size() > 0 || code.isDone(), Duration.ofSeconds(5));
    return new Served(code, out, err);
  }

  /** A client speaking the protocol over the socket. */
  static final class Client implements AutoCloseable {
    final SocketChannel channel;
    final BufferedReader in;
    final Writer out;

    Client(Path socket) throws IOException {
      channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
      in =
          new BufferedReader(
              new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
      out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
    }

    /** Sends one command and returns the reply's lines, up to and with the end line. */
    List<String> send(String command) throws IOException {
      out.write(command + "\n");
      out.flush();
      List<String> reply = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        reply.add(line);
        if (line.startsWith("end ")) {
          return reply;
        }
      }
      reply.add("<closed>");
      return reply;
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  @Test
  void theSocketAndTheFolderItMakesAreTheOwnersAlone() throws Exception {
    Path socket = dir.resolve("made").resolve("s.sock");
    Served served = serve(new ConsoleServer(), socket);
    assertEquals("sorn server: listening on " + socket + "\n", served.out());
    assertEquals(
        "rwx------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(socket.getParent())));
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
    try (Client c = new Client(socket)) {
      assertEquals(List.of("end 0"), c.send(""), "its own user is served");
    }
  }

  @Test
  void anEndForAReasonSaysItAndFails() throws Exception {
    Path socket = dir.resolve("e.sock");
    ConsoleServer server = new ConsoleServer();
    Served served = serve(server, socket);
    server.end("the workbench's engine went away");
    assertEquals(1, served.code().get(10, TimeUnit.SECONDS));
    assertEquals("sorn server: ending: the workbench's engine went away\n", served.err());
    assertFalse(Files.exists(socket));
  }

  @Test
  void eachLineIsACommandAndEachReplyEndsWithItsStatus() throws Exception {
    Path socket = dir.resolve("s.sock");
    Served served = serve(new ConsoleServer(), socket);
    assertEquals("sorn server: listening on " + socket + "\n", served.out());
    console.processor.addCommand("test", (Function) (session, args) -> 42, "answer");
    try (Client c = new Client(socket)) {
      assertEquals(
          List.of(
              "out slot  variant  order  bundle       version",
              "out ip    ip       200    org.sorn.ip  0.1.0",
              "end 0"),
          c.send("sorn:mechanisms"));
      assertEquals(List.of("err sorn: no run 'x'; runs: none", "end 1"), c.send("sorn:pause x"));
      assertEquals(
          List.of("err gogo: CommandNotFoundException: Command not found: sorn:bogus", "end 1"),
          c.send("sorn:bogus"));
      assertEquals(List.of("out 42", "end 0"), c.send("test:answer"), "results are printed");
      assertEquals(List.of("end 0"), c.send("   "));
      List<String> started = c.send("sorn:start --ne 20 --steps 3 --out " + dir.resolve("r"));
      assertEquals(List.of("out run-1", "end 0"), started);
      List<String> waited = c.send("sorn:wait run-1");
      assertTrue(waited.get(0).startsWith("out run run-1: 3 steps in "), waited.toString());
      assertEquals("end 0", waited.get(1));
    }
  }

  @Test
  void aBundlesCommandEndsWithItsExitCodeNotWithWhatItPrintedOnErr() throws Exception {
    Path socket = dir.resolve("s.sock");
    serve(new ConsoleServer(), socket);
    console.bundleCommands.commands = List.of(new FakeCommand("bench"));
    try (Client c = new Client(socket)) {
      assertEquals(
          List.of("err bench: 1 of 2 done", "out bench progress", "end 0"),
          c.send("sorn:bench progress"));
      assertEquals(List.of("err bench: failed as asked", "end 1"), c.send("sorn:bench fail"));
      assertEquals(
          List.of(
              "err sorn: report is not installed; the analysis feature provides it (bundle"
                  + " org.sorn.plots)",
              "end 1"),
          c.send("sorn:report /data/r1"));
      assertEquals(
          List.of("err sorn: no run 'x'; runs: none", "end 1"),
          c.send("sorn:pause x"),
          "the exit code of the command before holds for no other");
      assertEquals(
          List.of(
              "out bench x",
              "err gogo: CommandNotFoundException: Command not found: sorn:bogus",
              "end 1"),
          c.send("sorn:bench x; sorn:bogus"),
          "a line that throws fails, whatever a command in it said");
    }
  }

  @Test
  void eachClientHasASessionOfItsOwn() throws Exception {
    Path socket = dir.resolve("s.sock");
    serve(new ConsoleServer(), socket);
    try (Client a = new Client(socket);
        Client b = new Client(socket)) {
      assertEquals(List.of("out 5", "end 0"), a.send("x = 5"));
      assertEquals(List.of("out 5", "end 0"), a.send("$x"));
      assertEquals(List.of("end 0"), b.send("$x"));
    }
  }

  @Test
  void shutdownIsAnsweredBeforeTheServerGoesAndTheSocketIsRemoved() throws Exception {
    Path socket = dir.resolve("s.sock");
    ConsoleServer server = new ConsoleServer();
    Served served = serve(server, socket);
    // as the framework does: the shell is deactivated on a thread of the framework's
    console.commands.stopWorkbench = () -> new Thread(server::deactivate).start();
    try (Client c = new Client(socket);
        Client idle = new Client(socket)) {
      assertEquals(List.of("out sorn: stopping the workbench", "end 0"), c.send("sorn:shutdown"));
      assertNull(c.in.readLine(), "then the connection closes");
      assertNull(idle.in.readLine(), "idle clients are closed too");
    }
    assertEquals(0, served.code().get(5, TimeUnit.SECONDS));
    assertFalse(Files.exists(socket));
  }

  @Test
  void aLiveServerIsNotReplaced() throws Exception {
    Path socket = dir.resolve("s.sock");
    serve(new ConsoleServer(), socket);
    Served second = serve(new ConsoleServer(), socket);
    assertEquals(2, second.code().get(5, TimeUnit.SECONDS));
    assertEquals("sorn server: another server is listening on " + socket + "\n", second.err());
    try (Client c = new Client(socket)) {
      assertEquals(List.of("end 0"), c.send(""), "the first one still serves");
    }
  }

  @Test
  void aStaleSocketFromAKilledServerIsReplaced() throws Exception {
    Path socket = dir.resolve("run/s.sock");
    Files.createDirectories(socket.getParent());
    // closing a channel leaves its socket file behind, as a killed server does
    ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    dead.bind(UnixDomainSocketAddress.of(socket));
    dead.close();
    assertTrue(Files.exists(socket));
    Served served = serve(new ConsoleServer(), socket);
    assertEquals("sorn server: listening on " + socket + "\n", served.out());
    try (Client c = new Client(socket)) {
      assertEquals(List.of("end 0"), c.send(""));
    }
  }

  @Test
  void aFileThatIsNotASocketIsLeftAlone() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    Served served = serve(new ConsoleServer(), file);
    assertEquals(1, served.code().get(5, TimeUnit.SECONDS));
    assertEquals(
        "sorn server: cannot listen on " + file + ": exists and is not a socket\n", served.err());
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void theServerCommandNeedsASocketAndAGogoRuntime() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, ServerCommand.execute(List.of(), new ConsoleServer(), System.out, e));
    assertEquals(2, ServerCommand.execute(List.of("--port", "1"), null, System.out, e));
    assertEquals(2, ServerCommand.execute(List.of("--socket"), null, System.out, e));
    assertEquals(1, ServerCommand.execute(List.of("--socket=" + dir.resolve("x")), null, System.out, e));
    assertEquals(
        "sorn server: --socket PATH is required\n"
            + "sorn server: unexpected argument '--port'; expected --socket PATH, --http PORT,"
            + " --http-bind ADDRESS\n"
            + "sorn server: --socket needs a value (the path of a socket file)\n"
            + "sorn server: no Gogo command processor is running; the feature shell brings one\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(dir.resolve("x"), ServerCommand.socket(List.of("--socket", dir + "/./x")));
  }
}
