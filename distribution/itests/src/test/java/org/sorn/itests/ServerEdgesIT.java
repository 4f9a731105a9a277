package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;

/**
 * The long-lived server at its edges: every console command that docs/running.md documents works
 * over {@code ./sorn ctl}; the socket and its folder are the owner's alone whatever the umask, and
 * a client of another user is refused; when the engine goes, its runs stop under the rules they had
 * with their files written, and the server says why it ends and exits non-zero.
 */
public class ServerEdgesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path work;
  private Path socket;
  private Process server;

  /** Starts {@code bin/sorn server} under umask 000, its socket in a folder it makes. */
  @Before
  public void startServer() throws Exception {
    work = WorkbenchProcess.workFolder("server-edges-");
    socket = work.resolve("sock").resolve("s.sock");
    server = WorkbenchProcess.server(work, socket, true);
  }

  @After
  public void stopServer() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroyForcibly().waitFor();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private WorkbenchProcess.Outcome ctl(String command) throws Exception {
    return WorkbenchProcess.run(work, List.of("ctl", "--socket", socket.toString(), command));
  }

  /** The command's output, after checking that it succeeded over ctl. */
  private String ok(String command) throws Exception {
    WorkbenchProcess.Outcome o = ctl(command);
    assertEquals(o.describe(), 0, o.exitCode());
    return o.stdout();
  }

  private static void assertContains(String text, String part) {
    assertTrue("expected '" + part + "' in: " + text, text.contains(part));
  }

  /** The id of a bundle, from lb. */
  private String bundleId(String symbolicName) throws Exception {
    Matcher m = Pattern.compile("(?m)^\\s*(\\d+)\\|").matcher(ok("lb " + symbolicName));
    assertTrue("lb " + symbolicName, m.find());
    return m.group(1);
  }

  @Test
  public void everyDocumentedConsoleCommandWorksOverCtl() throws Exception {
    Path r = work.resolve("r");
    Path s = work.resolve("s");
    assertContains(ok("sorn:mechanisms"), "stdp");
    assertTrue(
        ok("sorn:run --ne 40 --steps 1000 --seed 1 --record"
                + " ExcitatoryActivation,EEConnectionCounts,WEE:every=500 --out " + r)
            .matches("run run-\\d+: 1000 steps in .*\n"));
    assertContains(ok("sorn:analyze " + r), "wrote " + r.resolve("analysis.json"));
    ok("sorn:plot " + r);
    assertEquals("wrote " + r.resolve("report.html") + "\n", ok("sorn:report " + r));
    assertContains(ok("sorn:command analyze " + r), "wrote");

    String id = ok("sorn:start --ne 40 --steps 100000000 --seed 2 --checkpoint-every 0 --out " + s).strip();
    assertTrue(id, id.matches("run-\\d+"));
    assertContains(ok("sorn:status"), id);
    Matcher paused = Pattern.compile(id + " paused before step (\\d+)\n").matcher(ok("sorn:pause " + id));
    assertTrue(paused.matches());
    long step = Long.parseLong(paused.group(1));
    assertTrue(ok("sorn:status " + id).startsWith("run " + id + ": paused"));
    // far enough that the resumed run is still going when the resume reports
    long far = step + 50_000_000;
    assertEquals(id + " pauses before step " + far + "\n", ok("sorn:pauseat " + id + " " + far));
    assertContains(ok("sorn:use " + id + " stdp stdp"), "variant  stdp: stdp");
    assertContains(ok("sorn:set " + id + " eta_stdp 0.005"), "eta_stdp = 0.005");
    WorkbenchProcess.Outcome refused = ctl("sorn:set " + id + " eta_stdp -1");
    assertEquals(refused.describe(), 1, refused.exitCode());
    assertEquals("sorn: eta_stdp must be a finite number >= 0, got -1\n", refused.stderr());
    assertContains(ok("sorn:freeze " + id + " sp"), "sp frozen");
    assertContains(ok("sorn:unfreeze " + id + " sp"), "sp runs again");
    assertContains(ok("sorn:events " + id), "variant");
    assertEquals(id + " resumed before step " + step + "\n", ok("sorn:resume " + id));
    String stopped = ok("sorn:stop " + id);
    assertTrue(stopped, stopped.startsWith("run " + id + " stopped after "));
    assertEquals(stopped, ok("sorn:wait " + id));
    assertEquals(id + " forgotten; its files stay\n", ok("sorn:forget " + id));

    Path sweep = Files.writeString(
        work.resolve("sweep.json"),
        "{\"base\": {\"ne\": 20, \"steps\": 10, \"noise\": \"off\"}, \"vary\": [{\"eta-stdp\": [0.002,"
            + " 0.004]}], \"seeds\": 1, \"seed\": 1}");
    ok("sorn:sweep " + sweep + " --out " + work.resolve("w") + " --jobs 1");
    ok("sorn:experiment counting --n 4 --seeds 1 --conditions static --plastic-steps 100"
        + " --train-steps 100 --test-steps 100 --ne 60 --jobs 1 --out " + work.resolve("x"));
    ok("sorn:bench --sizes 200 --warmup 0.2 --seconds 0.2");

    assertContains(ok("lb"), "SORN Workbench Engine");
    assertContains(ok("scr:list"), "org.sorn.engine.SornWorkbench");
    assertContains(ok("help"), "sorn:start");
    String stdp = bundleId("org.sorn.stdp");
    assertContains(ok("headers " + stdp), "Bundle-SymbolicName = org.sorn.stdp");
    ok("stop " + stdp);
    assertContains(ok("lb org.sorn.stdp"), "Resolved");
    ok("start " + stdp);
    assertContains(ok("lb org.sorn.stdp"), "Active");
    ok("refresh " + stdp);
    ok("refresh");
    assertContains(ok("scr:info org.sorn.engine.SornWorkbench"), "org.sorn.engine.SornWorkbench");
    Path lab;
    try (var jars = Files.list(WorkbenchProcess.home().resolve("examples"))) {
      lab = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
    }
    Matcher installed = Pattern.compile("(?s).*?(\\d+).*").matcher(ok("install " + lab.toUri()));
    assertTrue(installed.matches());
    assertContains(ok("lb org.sorn.example.wdstdp"), "Installed");
    ok("uninstall " + installed.group(1));
    assertEquals("sorn: stopping the workbench\n", ok("sorn:shutdown"));
    assertTrue(server.waitFor(60, TimeUnit.SECONDS));
    assertEquals(read(work.resolve("server.err")), 0, server.exitValue());
  }

  @Test
  public void theSocketIsTheOwnersAloneWhateverTheUmaskAndOtherUsersAreRefused() throws Exception {
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
    requireSecondUser();
    // the test's folder open to all (a temp folder is not): only the socket's folder keeps them out
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals("connect: Permission denied", asNobody().strip());

    // a mistake that opens the socket to others: the server still serves only its own user
    Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
    assertEquals(
        "err sorn server: refused: user nobody is not the server's user "
            + System.getProperty("user.name") + "\nend 1",
        asNobody().strip());
    assertContains(read(work.resolve("server.err")), "sorn server: refused a client: user nobody");
    assertEquals("no runs yet\n", ok("sorn:status"));
  }

  /** What a client run as user nobody gets for sorn:status, through a plain socket. */
  private String asNobody() throws Exception {
    String client =
        "import socket, sys\n"
            + "s = socket.socket(socket.AF_UNIX)\n"
            + "try:\n"
            + "    s.connect(sys.argv[1])\n"
            + "except OSError as e:\n"
            + "    print('connect: ' + e.strerror); sys.exit(0)\n"
            + "s.sendall(b'sorn:status\\n')\n"
            + "for line in s.makefile():\n"
            + "    print(line.rstrip())\n"
            + "    if line.startswith('end '): break\n";
    Process p =
        new ProcessBuilder(
                "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3",
                "-c", client, socket.toString())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(out, 0, p.exitValue());
    return out;
  }

  /** A second user needs root, setpriv and python3: CI has them; elsewhere the check is skipped. */
  private static void requireSecondUser() {
    boolean possible =
        "root".equals(System.getProperty("user.name"))
            && Files.isExecutable(Path.of("/usr/bin/setpriv"))
            && Files.isExecutable(Path.of("/usr/bin/python3"));
    if (!possible && "true".equals(System.getenv("CI"))) {
      fail("the other user's client needs root, /usr/bin/setpriv and /usr/bin/python3");
    }
    Assume.assumeTrue("a client of another user needs root, setpriv and python3", possible);
  }

  @Test
  public void whenTheEngineGoesItsRunsStopUnderTheirRulesAndTheServerSaysWhyAndFails()
      throws Exception {
    Path t = work.resolve("t");
    String id = ok("sorn:start --ne 40 --steps 100000000 --seed 5 --checkpoint-every 10000000 --out " + t).strip();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!ok("sorn:status").matches("(?s).*" + id + "\\s+running\\s+[1-9].*")) {
      assertTrue("the run goes", System.nanoTime() < deadline);
      Thread.sleep(100);
    }
    ctl("stop " + bundleId("org.sorn.engine")); // the server ends as it answers
    assertTrue("the server ends", server.waitFor(90, TimeUnit.SECONDS));
    assertNotEquals(0, server.exitValue());
    assertContains(
        read(work.resolve("server.err")),
        "sorn server: ending: the workbench's engine went away (its bundle stopped or its Workbench"
            + " component was disabled)");

    JsonNode r = JSON.readTree(t.resolve("run.json").toFile());
    assertEquals(r.toString(), "stopped", r.get("status").asText());
    long done = r.get("steps_done").asLong();
    assertEquals(done, r.get("last_checkpoint").get("step").asLong());
    assertEquals("whole", r.get("exports").get("json").get("status").asText());
    JsonNode events = r.get("events");
    JsonNode last = events.get(events.size() - 1);
    assertEquals("stop", last.get("kind").asText());
    assertContains(last.get("message").asText(), "engine stops");
    for (JsonNode e : events) {
      assertNotEquals("no rule swapped as the engine went: " + e, "provider-lost", e.get("kind").asText());
    }
    for (JsonNode m : r.get("mechanisms")) {
      if (m.get("slot").asText().equals("update")) {
        assertEquals("the rules it had", "slow-inhibition", m.get("variant").asText());
      }
    }
  }
}
