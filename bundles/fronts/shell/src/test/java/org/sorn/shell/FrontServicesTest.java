package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.run.Simulation;
import org.sorn.shell.front.HttpFront;
import org.sorn.shell.front.RunEvents;

/**
 * What the shell offers other fronts (runs started from the options of run) and how it starts the
 * web workbench ({@code server --http}, {@code sorn:web}).
 */
class FrontServicesTest {
  @TempDir Path dir;
  final TestConsole console = new TestConsole();

  @AfterEach
  void close() {
    console.close();
  }

  CommandLineRuns starter() {
    CommandLineRuns runs = new CommandLineRuns();
    runs.cli = console.cli;
    runs.background = console.background;
    return runs;
  }

  /** A web workbench that listens wherever it is asked, or refuses with {@link #refusal}. */
  static final class FakeFront implements HttpFront {
    final List<String> served = new ArrayList<>();
    String refusal;
    URI address;

    @Override
    public URI serve(InetAddress where, int port) {
      if (refusal != null) {
        throw new IllegalArgumentException(refusal);
      }
      served.add(where.getHostAddress() + ":" + port);
      address = URI.create("http://" + where.getHostAddress() + ":" + (port == 0 ? 4711 : port) + "/?token=t");
      return address;
    }

    @Override
    public URI address() {
      return address;
    }
  }

  @Test
  void aRunStartedForAFrontWritesItsFolderAsStartDoes() throws Exception {
    Path out = dir.resolve("web-run");
    CommandLineRuns runs = starter();
    Simulation run = runs.start(List.of("--ne", "20", "--steps", "4", "--seed", "3", "--out", out.toString()));
    assertEquals(out, runs.folder(run.id()));
    assertTrue(
        RunEvents.settle(() -> Files.exists(out.resolve("final-state.json")), Duration.ofSeconds(10)),
        "the final state is written when the run ends");
    assertTrue(Files.readString(out.resolve("run.json")).contains("\"steps_done\" : 4"));
    assertNull(runs.folder("run-99"));
  }

  @Test
  void badOptionsAreTheCommandLinesOneLineAndStartNothing() {
    CommandLineRuns runs = starter();
    IllegalArgumentException steps =
        assertThrows(IllegalArgumentException.class, () -> runs.start(List.of("--steps", "-5")));
    assertEquals("--steps must be a positive integer, got -5", steps.getMessage());
    IllegalArgumentException help =
        assertThrows(IllegalArgumentException.class, () -> runs.start(List.of("--help")));
    assertEquals("--help only prints the options of run; no run started", help.getMessage());
    assertEquals(List.of(), console.workbench.simulations());
  }

  @Test
  void theWebAddressIsLoopbackUnlessBoundElsewhere() {
    WebAddress a = WebAddress.of(List.of("--socket", "s", "--http", "8080"));
    assertEquals(8080, a.port());
    assertEquals("127.0.0.1", a.address().getHostAddress());
    WebAddress b = WebAddress.of(List.of("--http=0", "--http-bind=0.0.0.0"));
    assertEquals(0, b.port());
    assertEquals("0.0.0.0", b.address().getHostAddress());
    assertNull(WebAddress.of(List.of("--socket", "s")));
  }

  @Test
  void aBadWebOptionIsOneLineNamingIt() {
    List<List<String>> bad =
        List.of(
            List.of("--http", "http"),
            List.of("--http", "65536"),
            List.of("--http"),
            List.of("--http", "1", "--http", "2"),
            List.of("--http-bind", "0.0.0.0"),
            List.of("--http", "1", "--http-bind", ""));
    List<String> messages = new ArrayList<>();
    for (List<String> args : bad) {
      messages.add(assertThrows(UsageError.class, () -> WebAddress.of(args)).getMessage());
    }
    assertEquals(
        List.of(
            "--http must be a port number between 0 and 65535, 0 for a free one, got 'http'",
            "--http must be a port number between 0 and 65535, 0 for a free one, got '65536'",
            "--http needs a value (a port number between 0 and 65535, 0 for a free one)",
            "--http is given twice",
            "--http-bind needs --http PORT",
            "--http-bind must be an address of this machine such as 127.0.0.1 or 0.0.0.0, got ''"),
        messages);
    CommandOutput server =
        CommandOutput.of(
            (out, err) ->
                ServerCommand.execute(
                    List.of("--socket", "s", "--http", "x"), null, new FakeFront(), out, err));
    assertEquals(2, server.code());
    assertEquals(
        "sorn server: --http must be a port number between 0 and 65535, 0 for a free one, got 'x'\n",
        server.err());
  }

  @Test
  void servingPrintsTheAddressAndWarnsWhenOtherMachinesMayReachIt() {
    FakeFront front = new FakeFront();
    CommandOutput local =
        CommandOutput.of(
            (out, err) -> WebAddress.of(List.of("--http", "8080")).serve(front, "sorn server: ", out, err));
    assertEquals(new CommandOutput(0, "sorn server: web workbench at http://127.0.0.1:8080/?token=t\n", ""), local);
    CommandOutput open =
        CommandOutput.of(
            (out, err) ->
                WebAddress.of(List.of("--http", "9", "--http-bind", "0.0.0.0"))
                    .serve(front, "sorn server: ", out, err));
    assertEquals(0, open.code());
    assertEquals(
        "sorn server: warning: the web workbench listens on 0.0.0.0, which other machines may"
            + " reach; whoever has its address with the token can start runs and install bundles\n",
        open.err());
    assertEquals(List.of("127.0.0.1:8080", "0.0.0.0:9"), front.served);

    front.refusal = "port 8080 of 127.0.0.1 is in use";
    CommandOutput refused =
        CommandOutput.of(
            (out, err) -> WebAddress.of(List.of("--http", "8080")).serve(front, "sorn server: ", out, err));
    assertEquals(new CommandOutput(1, "", "sorn server: port 8080 of 127.0.0.1 is in use\n"), refused);
    CommandOutput missing =
        CommandOutput.of(
            (out, err) -> WebAddress.of(List.of("--http", "8080")).serve(null, "sorn server: ", out, err));
    assertEquals(
        new CommandOutput(
            2,
            "",
            "sorn server: --http needs the web workbench: the feature web provides it (bundle org.sorn.web)\n"),
        missing);
  }

  @Test
  void sornWebStartsTheWebWorkbenchOnAFreePortOrSaysWhereItIs() throws Exception {
    console.execute("sorn:web");
    assertEquals(
        "sorn: --http needs the web workbench: the feature web provides it (bundle org.sorn.web)\n",
        console.err());
    FakeFront front = new FakeFront();
    console.webCommand.web = front;
    console.execute("sorn:web");
    assertEquals("sorn: web workbench at http://127.0.0.1:4711/?token=t\n", console.out());
    console.execute("sorn:web");
    assertEquals("sorn: web workbench at http://127.0.0.1:4711/?token=t\n", console.out());
    console.execute("sorn:web --http 8080");
    assertEquals("sorn: web workbench at http://127.0.0.1:8080/?token=t\n", console.out());
    assertEquals(List.of("127.0.0.1:0", "127.0.0.1:8080"), front.served);
    console.execute("sorn:web 8080");
    assertEquals(
        "sorn: unexpected argument '8080'; expected --http PORT, --http-bind ADDRESS\n", console.err());
  }
}
