package org.sorn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSocketTest {
  private final Path home = Path.of("/opt/sorn-workbench");

  @Test
  void theDefaultIsUnderTheWorkbenchUnlessTheEnvironmentNamesOne() {
    assertEquals(Path.of("/opt/sorn-workbench/run/sorn.sock"), ConsoleSocket.defaultPath(home, null));
    assertEquals(Path.of("/opt/sorn-workbench/run/sorn.sock"), ConsoleSocket.defaultPath(home, " "));
    assertEquals(Path.of("/tmp/s.sock"), ConsoleSocket.defaultPath(home, "/tmp/x/../s.sock"));
  }

  @Test
  void theServerGetsTheDefaultOnlyWhenNoSocketIsGiven() {
    Path fallback = Path.of("/d/sorn.sock");
    assertEquals(List.of("--socket", "/d/sorn.sock"), ConsoleSocket.serverArguments(List.of(), fallback));
    assertEquals(List.of("--socket", "s"), ConsoleSocket.serverArguments(List.of("--socket", "s"), fallback));
    assertEquals(List.of("--socket=s"), ConsoleSocket.serverArguments(List.of("--socket=s"), fallback));
    assertEquals(
        List.of("--bogus", "--socket", "/d/sorn.sock"),
        ConsoleSocket.serverArguments(List.of("--bogus"), fallback),
        "the workbench's server command judges the rest");
  }

  @Test
  void aClientTakesTheSocketBeforeItsCommand() {
    Path fallback = Path.of("/d/sorn.sock");
    ConsoleSocket.Client c = ConsoleSocket.client(List.of("sorn:status", "run-1"), fallback);
    assertEquals(fallback, c.socket());
    assertEquals(List.of("sorn:status", "run-1"), c.rest());
    c = ConsoleSocket.client(List.of("--socket", "/x/s.sock", "sorn:start", "--socket"), fallback);
    assertEquals(Path.of("/x/s.sock"), c.socket());
    assertEquals(List.of("sorn:start", "--socket"), c.rest());
    assertEquals(Path.of("/y.sock"), ConsoleSocket.client(List.of("--socket=/y.sock"), fallback).socket());
    assertEquals(
        "--socket needs a value (the path of the server's socket)",
        assertThrows(UsageException.class, () -> ConsoleSocket.client(List.of("--socket"), fallback))
            .getMessage());
    assertThrows(UsageException.class, () -> ConsoleSocket.client(List.of("--socket="), fallback));
  }
}
