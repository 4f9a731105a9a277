package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * {@code bin/sorn server} as a process of its own, steered with {@code bin/sorn ctl}: a run is
 * started, paused, given a variant, resumed and stopped, and its records say so with the steps.
 */
public class ServerModeIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path work;
  private Path socket;
  private Process server;
  private Path serverOut;
  private Path serverErr;

  @Before
  public void startServer() throws Exception {
    work = WorkbenchProcess.workFolder("server-");
    socket = work.resolve("s.sock");
    serverOut = work.resolve("server.out");
    serverErr = work.resolve("server.err");
    // a server reads no input: end of input at once must not stop it
    server = WorkbenchProcess.server(work, socket, false);
    assertEquals("sorn server: listening on " + socket + "\n", read(serverOut));
  }

  @After
  public void stopServer() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroyForcibly().waitFor();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** {@code bin/sorn ctl --socket S command}: a client process, no workbench of its own. */
  private WorkbenchProcess.Outcome ctl(String command) throws Exception {
    return WorkbenchProcess.run(work, List.of("ctl", "--socket", socket.toString(), command));
  }

  /** The command's standard output, after checking that it succeeded without error output. */
  private String ok(String command) throws Exception {
    WorkbenchProcess.Outcome o = ctl(command);
    assertEquals(o.describe(), 0, o.exitCode());
    assertEquals(o.describe(), "", o.stderr());
    return o.stdout();
  }

  private static long matchStep(String pattern, String text) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    assertTrue(text + " matches " + pattern, m.matches());
    return Long.parseLong(m.group(1));
  }

  @Test
  public void aRunIsSteeredFromOutsideAndItsRecordsSaySo() throws Exception {
    Path out = work.resolve("r");
    assertEquals(
        "run-1\n",
        ok("sorn:start --ne 50 --steps 5000000 --seed 1 --noise off --out " + out));
    long paused = matchStep("run-1 paused before step (\\d+)\n", ok("sorn:pause run-1"));
    assertTrue(
        ok("sorn:status run-1").startsWith("run run-1: paused (paused by command)\nsteps: " + paused + " of 5000000\n"));
    assertTrue(
        ok("sorn:use run-1 stdp stdp")
            .matches("run-1:  step " + paused + "  variant  stdp: stdp \\(org\\.sorn\\.stdp .*\\), chosen by command\n"));
    WorkbenchProcess.Outcome unknown = ctl("sorn:use run-1 stdp nope");
    assertEquals(unknown.describe(), 1, unknown.exitCode());
    assertEquals("sorn: no variant 'nope' installed for slot stdp; installed: stdp\n", unknown.stderr());
    assertEquals("run-1 resumed before step " + paused + "\n", ok("sorn:resume run-1"));
    long stopped =
        matchStep(
            "run run-1 stopped after (\\d+) of 5000000 steps; results so far are in "
                + Pattern.quote(out.toString()) + "\n",
            ok("sorn:stop run-1"));
    assertTrue(stopped >= paused);
    assertTrue(ok("sorn:status run-1").startsWith("run run-1: stopped\n"));

    JsonNode record = JSON.readTree(out.resolve("run.json").toFile());
    assertEquals("stopped", record.get("status").asText());
    assertEquals(stopped, record.get("steps_done").asLong());
    List<String> changes = new ArrayList<>();
    for (JsonNode e : record.get("events")) {
      if (!e.get("kind").asText().equals("start")) {
        changes.add(e.get("step").asLong() + " " + e.get("kind").asText() + " " + e.get("variant").asText());
      }
    }
    assertEquals(
        List.of(
            paused + " pause null",
            paused + " variant stdp",
            paused + " resume null",
            stopped + " stop null"),
        changes);
    List<String> log = Files.readAllLines(out.resolve("events.jsonl"), StandardCharsets.UTF_8);
    assertEquals(record.get("events").size(), log.size());
    for (int i = 0; i < log.size(); i++) {
      assertEquals(record.get("events").get(i), JSON.readTree(log.get(i)));
    }
  }

  @Test
  public void aRunMadeToTheEndIsForgottenOnceItsResultsAreWritten() throws Exception {
    Path out = work.resolve("done");
    String summary = ok("sorn:run --ne 20 --steps 10 --seed 1 --noise off --out " + out);
    Matcher id = Pattern.compile("run (run-\\d+): 10 steps in .*\n").matcher(summary);
    assertTrue(summary, id.matches());
    assertTrue(Files.isRegularFile(out.resolve("run.json")));
    String status = ok("sorn:status");
    assertFalse(status, status.contains(id.group(1) + " "));
  }

  @Test
  public void shutdownEndsTheServerAndRemovesItsSocket() throws Exception {
    WorkbenchProcess.Outcome bogus = ctl("sorn:bogus");
    assertEquals(bogus.describe(), 1, bogus.exitCode());
    assertEquals("sorn: stopping the workbench\n", ok("sorn:shutdown"));
    assertTrue("the server exits", server.waitFor(30, TimeUnit.SECONDS));
    assertEquals(read(serverErr), 0, server.exitValue());
    assertFalse(Files.exists(socket));
    WorkbenchProcess.Outcome none = ctl("sorn:status");
    assertEquals(none.describe(), 3, none.exitCode());
    assertEquals(
        "sorn ctl: no server listening on " + socket + "; start one with ./sorn server\n",
        none.stderr());
  }
}
