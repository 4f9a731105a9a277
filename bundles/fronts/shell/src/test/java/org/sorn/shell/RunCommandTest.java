package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.Exporter;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;
import org.sorn.shell.Fakes.FakeExporter;
import org.sorn.shell.Fakes.FakeRecorder;
import org.sorn.shell.Fakes.FakeWorkbench;

class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LINE =
      "run run-1: (\\d+) steps in \\d+\\.\\d\\d s \\(\\d+ steps/s\\), results in (.*)\n";

  @TempDir Path dir;
  final FakeWorkbench workbench = new FakeWorkbench();
  final FakeRecorder te = new FakeRecorder("TE");
  final FakeRecorder activation = new FakeRecorder("ExcitatoryActivation");
  List<Exporter> exporters = List.of(new FakeExporter());
  final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:15:30Z"), ZoneOffset.UTC);

  RunCommand command() {
    ShellServices services =
        new ShellServices(
            workbench, List.of(te, activation), exporters, new RunTimes(), "0.1.0.TEST",
            new InputGenerators(List.of(new InputGenerators.Generator(new Pools(),
                Map.of("n", "counting_n")))));
    return new RunCommand(services, clock, dir, () -> 777L);
  }


  CommandOutput run(String... args) {
    return CommandOutput.of((out, err) -> command().execute(List.of(args), out, err));
  }

  Path fixture(String name) throws IOException {
    return Files.write(dir.resolve(name), NpyReaderTest.resource(name));
  }

  JsonNode record(Path out) throws IOException {
    return JSON.readTree(out.resolve("run.json").toFile());
  }

  @Test
  void aRunWritesItsResultsAndOneLine() throws IOException {
    CommandOutput r =
        run(
            "--ne",
            "20",
            "--nu",
            "4",
            "--steps",
            "5",
            "--seed",
            "42",
            "--eta-ip",
            "0.05",
            "--lambda-ee",
            "5",
            "--lambda-ei",
            "12",
            "--freeze",
            "sp",
            "--noise",
            "off",
            "--record",
            "TE,ExcitatoryActivation",
            "--out",
            "res");
    Path out = dir.resolve("res");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().matches(LINE), r.out());
    assertEquals("run run-1: 5 steps in", r.out().substring(0, 21));
    assertTrue(r.out().endsWith("results in " + out + "\n"), r.out());
    assertEquals(List.of("run-1"), workbench.discarded, "the results are written: the workbench forgets the run");

    assertEquals(
        RunDescription.builder()
            .ne(20)
            .nu(4)
            .seed(42)
            .steps(5)
            .frozen(Set.of("sp"))
            .noise(false)
            .noiseSigma(0.04)
            .parameters(Map.of("eta_ip", 0.05, "lambda_ee", 5.0, "lambda_ei", 12.0))
            .build(),
        workbench.request.description());
    assertNull(workbench.request.initialState());
    assertNull(workbench.request.input());
    assertEquals("run-1", te.openedWith.runId());
    assertEquals("{\"steps\": 5}", Files.readString(out.resolve("TE.json")));
    assertEquals("{\"steps\": 5}", Files.readString(out.resolve("ExcitatoryActivation.json")));
    assertEquals("{\"ne\": 20}", Files.readString(out.resolve("final-state.json")));

    JsonNode rec = record(out);
    assertEquals("0.1.0.TEST", rec.get("workbench_version").asText());
    assertEquals("run-1", rec.get("run_id").asText());
    assertEquals("completed", rec.get("status").asText());
    assertTrue(rec.get("failure").isNull());
    assertEquals("2026-11-28T10:15:30Z", rec.get("start_time").asText());
    assertEquals("2026-11-28T10:15:30Z", rec.get("end_time").asText());
    assertEquals(5, rec.get("steps_requested").asLong());
    assertEquals(5, rec.get("steps_done").asLong());
    assertEquals(42, rec.get("seed").asLong());
    assertFalse(rec.get("seed_chosen").asBoolean());
    assertEquals(20, rec.get("ne").asInt());
    assertEquals(4, rec.get("nu").asInt());
    assertEquals(4, rec.get("ni").asInt());
    assertEquals("plasticity", rec.get("phase").asText());
    assertFalse(rec.get("noise").asBoolean());
    assertEquals(0.04, rec.get("noise_sigma").asDouble());
    assertEquals("[\"sp\"]", rec.get("frozen").toString());
    JsonNode h = rec.get("hyperparameters");
    assertEquals(
        List.of(
            "eta_stdp",
            "eta_inhib",
            "eta_ip",
            "te_min",
            "te_max",
            "ti_min",
            "ti_max",
            "mu_ip",
            "h_ip",
            "lambda_ee",
            "lambda_ei"),
        fieldNames(h));
    assertEquals(0.05, h.get("eta_ip").asDouble(), "the run's value wins");
    assertEquals(0.5, h.get("h_ip").asDouble(), "the mechanism's reported value");
    assertEquals(0.004, h.get("eta_stdp").asDouble(), "the package default");
    assertEquals(5.0, h.get("lambda_ee").asDouble());
    assertEquals(12.0, h.get("lambda_ei").asDouble());
    assertEquals(0.5, h.get("ti_max").asDouble());
    assertEquals(
        "{\"eta_ip\":0.05,\"lambda_ee\":5.0,\"lambda_ei\":12.0}",
        rec.get("parameters_set_on_command_line").toString());
    assertEquals(RunPlan.RANDOM_INPUT, rec.get("input").asText());
    assertEquals("fresh", rec.get("state").asText());
    assertEquals("{}", rec.get("variants").toString());
    assertEquals("ip", rec.get("mechanisms").get(0).get("slot").asText());
    JsonNode start = rec.get("events").get(0);
    assertEquals(1, rec.get("events").size());
    assertEquals(
        List.of(
            "step", "kind", "slot", "variant", "bundle", "bundle_version", "parameters", "message"),
        fieldNames(start));
    assertEquals(0, start.get("step").asLong());
    assertEquals("start", start.get("kind").asText());
    assertEquals("ip", start.get("variant").asText());
    assertEquals("0.1.0", start.get("bundle_version").asText());
    assertEquals(0.02, start.get("parameters").get("eta_ip").asDouble());
    List<String> log = Files.readAllLines(out.resolve(EventLog.FILE));
    assertEquals(1, log.size(), "events.jsonl: one line per event");
    assertEquals(start, JSON.readTree(log.get(0)));
    assertEquals("org.sorn.ip", rec.get("mechanisms").get(0).get("bundle").asText());
    assertEquals("[\"TE\",\"ExcitatoryActivation\"]", rec.get("recorders").toString());
    assertEquals("final-state.json", rec.get("final_state").asText());
    assertEquals(
        "sorn run --ne 20 --nu 4 --steps 5 --seed 42 --eta-ip 0.05 --lambda-ee 5 --lambda-ei 12"
            + " --freeze sp --noise off --record TE,ExcitatoryActivation --out res",
        rec.get("command_line").asText());
    assertEquals(23, rec.get("arguments").size());
    assertEquals("run", rec.get("arguments").get(0).asText());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void withoutSeedOrOutTheSeedIsChosenAndNamesTheDirectory() throws IOException {
    workbench.inForce = List.of();
    CommandOutput r = run("--steps", "3", "--out=");
    assertEquals(2, r.code(), "an empty --out is a missing value");
    assertEquals("sorn run: --out needs a value (a directory)\n", r.err());

    r = run("--steps", "3");
    assertEquals(0, r.code(), r.err());
    Path out = dir.resolve("runs").resolve("20261128-101530-seed777");
    assertTrue(r.out().endsWith("results in " + out + "\n"), r.out());
    assertEquals(777L, workbench.request.description().seed());
    assertEquals(RunDescription.defaults(777L, 3), workbench.request.description());
    JsonNode rec = record(out);
    assertTrue(rec.get("seed_chosen").asBoolean());
    assertEquals(0.1, rec.get("hyperparameters").get("h_ip").asDouble(), "2*nu/ne");
    assertEquals(0.01, rec.get("hyperparameters").get("eta_ip").asDouble());
    assertEquals("{}", rec.get("parameters_set_on_command_line").toString());
    assertEquals("sorn run --steps 3", rec.get("command_line").asText());
  }

  @Test
  void inputAndStateFilesGiveNuNeAndSteps() throws IOException {
    Path input = fixture("input.csv");
    Path state = fixture("state_ne20.npz");
    CommandOutput r =
        run("--input", "input.csv", "--state=state_ne20.npz", "--h-ip", "0.25", "--out", "o");
    assertEquals(0, r.code(), r.err());
    RunDescription d = workbench.request.description();
    assertEquals(20, d.ne());
    assertEquals(3, d.nu());
    assertEquals(5, d.steps());
    assertEquals(Map.of("h_ip", 0.25), d.parameters());
    assertEquals(5, workbench.request.input().length());
    double[] u = new double[3];
    workbench.request.input().fill(4, u);
    assertArrayEquals(new double[] {4.5, 14.5, 24.5}, u);
    assertArrayEquals(
        StateFiles.read(fixture("state_ne20.json"), null).wee,
        workbench.request.initialState().wee);
    JsonNode rec = record(dir.resolve("o"));
    assertEquals(input.toString(), rec.get("input").asText());
    assertEquals(state.toString(), rec.get("state").asText());
    assertEquals(0.25, rec.get("hyperparameters").get("h_ip").asDouble());

    r =
        run(
            "--input",
            input.toString(),
            "--steps",
            "3",
            "--nu",
            "3",
            "--ne",
            "20",
            "--lambda-ee",
            "4",
            "--lambda-ei",
            "20",
            "--out",
            "o",
            "--overwrite");
    assertEquals(0, r.code(), r.err());
    assertEquals(3, workbench.request.description().steps());
  }

  @Test
  void trainingWithoutAStateIsAFreshNetworkWithoutPlasticity() {
    CommandOutput r =
        run(
            "--steps",
            "2",
            "--phase",
            "training",
            "--ne",
            "10",
            "--nu",
            "2",
            "--lambda-ee",
            "5",
            "--lambda-ei",
            "8",
            "--out",
            "t");
    assertEquals(0, r.code(), r.err());
    assertEquals(Phase.TRAINING, workbench.request.description().phase());
    assertNull(workbench.request.initialState());
  }

  /** Runs {@code args}, expecting exit code 2 and exactly {@code message} as one line. */
  void rejected(String message, String... args) {
    CommandOutput r = run(args);
    assertEquals(2, r.code(), String.join(" ", args) + " -> " + r.err());
    assertEquals("", r.out());
    assertEquals("sorn run: " + message + "\n", r.err());
  }

  @Test
  void badOptionsGiveOneLineAndExitCodeTwo() {
    rejected("--ne must be an integer >= 5, got 3", "--steps", "5", "--ne", "3");
    rejected("--steps must be a positive integer, got 0", "--steps", "0");
    rejected("--steps must be a positive integer, got -5", "--steps=-5");
    rejected(
        "--steps is required (a positive integer) unless --input gives the number of steps",
        "--ne",
        "20");
    rejected("--nu must be at most ne (20), got 30", "--steps", "5", "--ne", "20", "--nu", "30");
    rejected("--nu must be at most ne (200), got 201", "--steps", "5", "--nu", "201");
    rejected(
        "--lambda-ee must be a number > 0 and <= ne (200), got 300",
        "--steps",
        "5",
        "--lambda-ee",
        "300");
    rejected(
        "--lambda-ei must be a number > 0 and <= ne (20), got 40",
        "--steps",
        "5",
        "--ne",
        "20",
        "--lambda-ei",
        "40");
    rejected(
        "--eta-stdp must be a finite number >= 0, got NaN", "--steps", "5", "--eta-stdp", "NaN");
    rejected(
        "--eta-ip must be a finite number >= 0, got 1e999", "--steps", "5", "--eta-ip", "1e999");
    rejected("--mu-ip must be a finite number > 0, got -1", "--steps", "5", "--mu-ip", "-1");
    rejected("--noise must be on or off, got 'maybe'", "--steps", "5", "--noise", "maybe");
    rejected(
        "--phase must be one of plasticity, training, got 'foo'", "--steps", "5", "--phase", "foo");
    rejected(
        "--freeze must name mechanisms among stdp, ip, sp, istdp, ss, got 'hebb'",
        "--steps",
        "5",
        "--freeze",
        "hebb");
    rejected(
        "--record: unknown recorder 'Foo'; expected names among ExcitatoryActivation, TE",
        "--steps",
        "5",
        "--record",
        "TE,Foo");
    rejected("unknown option '--bogus'; expected one of " + RunOption.allFlags(), "--bogus", "1");
    rejected("--seed needs a value (a 64-bit integer)", "--steps", "5", "--seed");
    rejected(
        "--ti-min must be <= --ti-max, got ti_min 0.6 and ti_max 0.5 (default)",
        "--steps",
        "5",
        "--ti-min",
        "0.6");
  }

  @Test
  void badFilesGiveOneLineAndExitCodeTwo() throws IOException {
    Path missing = dir.resolve("missing.csv");
    rejected("--input " + missing + ": no such file", "--input", "missing.csv");
    Path ragged = Files.writeString(dir.resolve("ragged.csv"), "1,2,3\n4,5\n");
    rejected(
        "--input " + ragged + ": ragged rows: line 2 has 2 values, line 1 has 3",
        "--input",
        "ragged.csv");
    Path text = Files.writeString(dir.resolve("text.csv"), "1,2\n3,four\n");
    rejected(
        "--input " + text + ": line 2, value 2: expected a finite number, got 'four'",
        "--input",
        "text.csv");
    Path input = fixture("input.csv");
    rejected(
        "--input " + input + ": expected 4 rows (--nu), one per input unit, got 3",
        "--input",
        "input.csv",
        "--nu",
        "4");
    rejected(
        "--input "
            + input
            + ": has 5 columns, but --steps is 6; expected at least one column per step",
        "--input",
        "input.csv",
        "--steps",
        "6");
    Path state = fixture("state_ne20.json");
    rejected(
        "--state " + state + ": Wee has shape (20, 20) (ne 20), but --ne is 30",
        "--state",
        "state_ne20.json",
        "--ne",
        "30",
        "--steps",
        "5");
    rejected(
        "--nu must be at most ne (20), got 25",
        "--state",
        "state_ne20.json",
        "--nu",
        "25",
        "--steps",
        "5");
    Path wide = Files.writeString(dir.resolve("wide.csv"), "1\n".repeat(21));
    rejected(
        "--input " + wide + ": has 21 rows (nu), but ne is 20; expected at most one row per E unit",
        "--state",
        "state_ne20.json",
        "--input",
        "wide.csv");
    Path badJson = Files.writeString(dir.resolve("bad.json"), "{\"Wee\": [[0.1,");
    CommandOutput r = run("--state", "bad.json", "--steps", "5");
    assertEquals(2, r.code());
    assertTrue(
        r.err().startsWith("sorn run: --state " + badJson + ": malformed JSON at line 1, column "),
        r.err());
    assertEquals(1, r.err().lines().count());
    Path file = Files.writeString(dir.resolve("afile"), "x");
    rejected(
        "--out " + file + ": cannot create directory: exists and is not a directory",
        "--steps",
        "5",
        "--out",
        "afile");
  }

  @Test
  void aFailedRunKeepsItsResultsAndExitsWithOne() throws IOException {
    workbench.failAfter = 3;
    workbench.failure = "Wee column 4\nsums to zero";
    CommandOutput r = run("--steps", "10", "--ne", "20", "--record", "TE", "--out", "f");
    Path out = dir.resolve("f");
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals(
        "sorn run: run run-1 failed after 3 steps: Wee column 4 sums to zero; results so far are in "
            + out
            + "\n",
        r.err());
    JsonNode rec = record(out);
    assertEquals("failed", rec.get("status").asText());
    assertEquals("Wee column 4\nsums to zero", rec.get("failure").asText());
    assertEquals(3, rec.get("steps_done").asLong());
    assertEquals(10, rec.get("steps_requested").asLong());
    assertEquals("{\"steps\": 3}", Files.readString(out.resolve("TE.json")));
    assertTrue(Files.exists(out.resolve("final-state.json")));
  }

  @Test
  void aRecorderThatCannotOpenFailsTheRunNamingTheFile() throws IOException {
    te.failToOpen = true;
    CommandOutput r = run("--steps", "4", "--record", "ExcitatoryActivation,TE", "--out", "g");
    Path out = dir.resolve("g");
    assertEquals(1, r.code());
    assertEquals(
        "sorn run: run run-1 failed after 0 steps: recorder TE cannot write in "
            + out
            + ": "
            + out.resolve("TE.json")
            + ": permission denied; results so far are in "
            + out
            + "\n",
        r.err());
    assertEquals(
        "{\"steps\": 0}", Files.readString(out.resolve("ExcitatoryActivation.json")), "closed");
    assertEquals("failed", record(out).get("status").asText());
  }

  @Test
  void whatTheWorkbenchRefusesIsAUsageError() {
    workbench.refuse =
        new IllegalArgumentException("initial state: Wee[1][1] is a self-connection");
    rejected("initial state: Wee[1][1] is a self-connection", "--steps", "4", "--out", "h");
  }

  @Test
  void variantsReachTheWorkbenchAndRunJson() throws IOException {
    CommandOutput r =
        run(
            "--steps",
            "2",
            "--variant",
            "stdp=weight-dependent-stdp,update=fast-inhibition",
            "--out",
            "v");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        Map.of("stdp", "weight-dependent-stdp", "update", "fast-inhibition"),
        workbench.request.description().variants());
    assertEquals(
        "{\"stdp\":\"weight-dependent-stdp\",\"update\":\"fast-inhibition\"}",
        record(dir.resolve("v")).get("variants").toString());
    rejected(
        "--variant must be SLOT=NAME[,SLOT=NAME...], got 'stdp'",
        "--steps",
        "2",
        "--variant",
        "stdp");
    // the engine's own one line, as Workbench.start throws it for a variant not installed
    workbench.refuse =
        new IllegalArgumentException("no variant 'nope' installed for slot stdp; installed: stdp");
    rejected(
        "no variant 'nope' installed for slot stdp; installed: stdp",
        "--steps",
        "2",
        "--variant",
        "stdp=nope");
  }

  @Test
  void unexpectedExceptionsAreInternalErrorsWithoutATrace() {
    workbench.refuse = new UnsupportedOperationException("a fake\nof no use");
    CommandOutput r = run("--steps", "4", "--out", "i");
    assertEquals(1, r.code());
    assertEquals("sorn run: internal error: a fake of no use\n", r.err());
    // the workbench's engine going away is said as it is, not as an internal error
    workbench.refuse = new IllegalStateException("the workbench's engine is stopping; it starts no more runs");
    CommandOutput stopping = run("--steps", "4", "--out", "j");
    assertEquals(1, stopping.code());
    assertEquals("sorn run: the workbench's engine is stopping; it starts no more runs\n", stopping.err());
    workbench.refuse = new NullPointerException();
    assertEquals("sorn run: internal error: NullPointerException\n", run("--steps", "4").err());
  }

  @Test
  void withoutAJsonExporterNothingRuns() {
    exporters = List.of();
    CommandOutput r = run("--steps", "4");
    assertEquals(1, r.code());
    assertEquals("sorn run: no exporter for format 'json' is installed\n", r.err());
    assertNull(workbench.request);
  }

  @Test
  void helpPrintsTheOptions() {
    CommandOutput r = run("--ne", "20", "--help");
    assertEquals(0, r.code());
    for (RunOption o : RunOption.values()) {
      assertTrue(r.out().contains(o.flag()), o.flag());
    }
    assertNull(workbench.request);
  }

  @Test
  void eachFormatWritesTheFinalStateAndTheRecordings() throws IOException {
    exporters = List.of(new FakeExporter(), new FakeExporter("npz"), new FakeExporter("csv"));
    CommandOutput r = run("--steps", "3", "--format", "npz,json", "--out", "f");
    assertEquals(0, r.code(), r.err());
    Path out = dir.resolve("f");
    assertEquals("{\"ne\": 200}", Files.readString(out.resolve("final-state.npz")));
    assertEquals("npz", Files.readString(out.resolve("recordings.npz")));
    assertTrue(Files.exists(out.resolve("final-state.json")));
    assertFalse(Files.exists(out.resolve("final-state.csv")), "only the formats asked for");
    JsonNode rec = record(out);
    assertEquals("[\"npz\",\"json\"]", rec.get("formats").toString());
    assertEquals("final-state.npz", rec.get("final_state").asText(), "the first format's");
    assertEquals(
        "{\"npz\":{\"status\":\"whole\",\"files\":[\"final-state.npz\",\"recordings.npz\"]},"
            + "\"json\":{\"status\":\"whole\",\"files\":[\"final-state.json\"]}}",
        rec.get("exports").toString());
    assertEquals("completed", rec.get("status").asText());
    assertEquals("completed", rec.get("simulation_status").asText());
    assertTrue(rec.get("error_log").isNull());
  }

  @Test
  void anUnknownFormatIsRefusedBeforeTheRunStarts() {
    exporters = List.of(new FakeExporter(), new FakeExporter("npz"));
    rejected(
        "--format: unknown format 'hdf5'; installed formats: json, npz",
        "--steps",
        "3",
        "--format",
        "json,hdf5",
        "--out",
        "u");
    assertNull(workbench.request);
    assertFalse(Files.exists(dir.resolve("u")), "nothing written");
  }

  @Test
  void anExportThatFailsFailsTheRunButRunJsonIsWritten() throws IOException {
    FakeExporter npz = new FakeExporter("npz");
    npz.fail = true;
    exporters = List.of(npz, new FakeExporter());
    CommandOutput r = run("--steps", "3", "--format", "npz,json", "--out", "x");
    Path out = dir.resolve("x");
    assertEquals(1, r.code());
    String problem =
        "cannot export format npz in " + out + ": " + out.resolve("recordings.npz")
            + ": permission denied";
    assertEquals(
        "sorn run: " + problem + "; the formats left missing (npz) can be written with:"
            + " ./sorn export " + out + "\n",
        r.err());
    assertTrue(Files.exists(out.resolve("final-state.json")), "the other formats still export");
    JsonNode rec = record(out);
    assertEquals("failed", rec.get("status").asText(), "what really finished: not every format");
    assertEquals("completed", rec.get("simulation_status").asText());
    assertEquals(problem, rec.get("failure").asText());
    assertEquals("missing", rec.get("exports").get("npz").get("status").asText());
    assertEquals("[\"final-state.npz\"]", rec.get("exports").get("npz").get("files").toString());
    assertEquals("whole", rec.get("exports").get("json").get("status").asText());
    assertEquals("error.log", rec.get("error_log").asText());
    assertTrue(
        Files.readString(out.resolve("error.log")).startsWith(problem + "\njava.nio.file.AccessDeniedException"),
        "the stack trace is kept");
  }

  @Test
  void recorderOptionsBecomeRunParameters() {
    CommandOutput r =
        run(
            "--steps",
            "3",
            "--record",
            "TE:every=2,ExcitatoryActivation:from=1:to=3",
            "--out",
            "p");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        Map.of(
            "record.TE.every", 2.0,
            "record.ExcitatoryActivation.from", 1.0,
            "record.ExcitatoryActivation.to", 3.0),
        workbench.request.description().parameters());
    rejected(
        "--record: unknown option 'each' for TE; expected every, from or to",
        "--steps",
        "3",
        "--record",
        "TE:each=2");
  }

  @Test
  void quietPrintsNothingButErrors() {
    CommandOutput r = run("--steps", "3", "--quiet", "--out", "q");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
    workbench.failAfter = 1;
    workbench.failure = "boom";
    r = run("--steps", "3", "--quiet", "--out", "q", "--overwrite");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("sorn run: run run-2 failed after 1 steps: boom"), r.err());
  }

  /** {@code start}, whose run is never finished: as a process killed while the run goes on. */
  CommandOutput startAndAbandon(String... args) {
    return CommandOutput.of(
        (out, err) -> command().start(List.of(args), out, err, launched -> {}));
  }

  @Test
  void runJsonIsWrittenAtTheStartWithWhatResumeNeeds() throws IOException {
    workbench.hold = 4;
    Path input = fixture("input.csv");
    CommandOutput r =
        startAndAbandon(
            "--input",
            "input.csv",
            "--steps=5",
            "--eta-ip",
            "0.05",
            "--record",
            "TE:every=2",
            "--format",
            "json",
            "--checkpoint-every",
            "3",
            "--quiet",
            "--out",
            "s");
    assertEquals(0, r.code(), r.err());
    Path out = dir.resolve("s");
    JsonNode rec = record(out);
    assertEquals("running", rec.get("status").asText());
    assertEquals("2026-11-28T10:15:30Z", rec.get("start_time").asText());
    assertTrue(rec.get("end_time").isNull());
    assertTrue(rec.get("resumed_from_step").isNull());
    assertEquals(0, rec.get("steps_done").asLong());
    assertEquals(5, rec.get("steps_requested").asLong());
    assertEquals(3, rec.get("checkpoint_every").asLong());
    assertEquals("checkpoint", rec.get("checkpoint").asText());
    assertEquals("[\"json\"]", rec.get("formats").toString());
    assertEquals("ip", rec.get("mechanisms").get(0).get("slot").asText());
    assertEquals(64, rec.get("input_sha256").asText().length());
    assertEquals(
        List.of(
            "--steps=5",
            "--seed=777",
            "--eta-ip=0.05",
            "--input=" + input,
            "--record=TE:every=2",
            "--format=json",
            "--checkpoint-every=3"),
        strings(rec.get("resume_arguments")),
        "the seed chosen, files absolute, no --out or --quiet");
    Fakes.FakeSimulation run = (Fakes.FakeSimulation) workbench.runs.get(0);
    assertEquals(3, run.checkpointEvery);
    assertEquals(out.resolve("checkpoint"), run.checkpointDirectory);
    assertEquals(4, run.stepsDone());
    assertTrue(Files.exists(out.resolve("checkpoint").resolve("checkpoint.bin")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void noCheckpointsWithZeroAndAnOldCheckpointIsRemoved() throws IOException {
    Path old = Files.createDirectories(dir.resolve("c").resolve("checkpoint"));
    Files.writeString(old.resolve("checkpoint.bin"), "another run's");
    CommandOutput r = run("--steps", "3", "--checkpoint-every", "0", "--out", "c", "--overwrite");
    assertEquals(0, r.code(), r.err());
    assertEquals(0, ((Fakes.FakeSimulation) workbench.runs.get(0)).checkpointEvery);
    assertFalse(Files.exists(old.resolve("checkpoint.bin")));
    JsonNode rec = record(dir.resolve("c"));
    assertEquals(0, rec.get("checkpoint_every").asLong());
    assertTrue(rec.get("checkpoint").isNull());
  }

  @Test
  void theSummaryOfAResumedRunSaysWhereItResumed() {
    assertEquals(
        "run run-1: resumed at step 500, 1000 steps in 2.00 s (250 steps/s), results in /r",
        RunCommand.summary("run-1", 500, 1000, 2_000_000_000L, Path.of("/r")));
    assertEquals(
        "run run-1: 1000 steps in 2.00 s (500 steps/s), results in /r",
        RunCommand.summary("run-1", 0, 1000, 2_000_000_000L, Path.of("/r")));
  }

  /** A generator with a parameter and pools that must fit in nu (as the counting task's). */
  static final class Pools implements org.sorn.api.InputSource {
    @Override
    public String name() {
      return "pools";
    }

    @Override
    public org.sorn.api.InputSequence open(org.sorn.api.RunContext run) {
      double n = run.parameter("counting_n", 4);
      if (run.description().nu() < 6) {
        throw new IllegalArgumentException(
            "nu must be at least 6 for 6 symbols of 1 unit each, got " + run.description().nu());
      }
      return (step, u) -> java.util.Arrays.fill(u, n);
    }
  }

  @Test
  void aGeneratorIsChosenWithItsParametersAndRecorded() throws IOException {
    CommandOutput r = run("--ne", "20", "--nu", "6", "--steps", "5", "--seed", "3", "--input",
        "pools:n=8", "--out", "gen");
    assertEquals(0, r.code(), r.err());
    assertTrue(workbench.request.input() instanceof GeneratedInput);
    assertEquals(Map.of("counting_n", 8.0), workbench.request.description().parameters());
    JsonNode rec = record(dir.resolve("gen"));
    assertEquals("generator pools:n=8 (counting_n = 8)", rec.get("input").asText());
    assertEquals(8.0, rec.get("parameters_set_on_command_line").get("counting_n").asDouble());
    assertTrue(rec.get("resume_arguments").toString().contains("\"--input=pools:n=8\""),
        rec.get("resume_arguments").toString());
  }

  @Test
  void aGeneratorsMistakesAreOneLineAndExitTwo() {
    CommandOutput r = run("--steps", "5", "--input", "poolz");
    assertEquals(2, r.code());
    assertEquals("sorn run: --input: no input generator 'poolz' is installed; expected one of"
        + " pools (with :KEY=VALUE,... for its parameters) or a .json, .csv or .npy file\n",
        r.err());
    r = run("--steps", "5", "--nu", "6", "--input", "pools:m=3");
    assertEquals("sorn run: --input pools: unknown parameter 'm'; pools takes n (counting_n)\n",
        r.err());
    r = run("--steps", "5", "--nu", "6", "--input", "pools:n=eight");
    assertEquals("sorn run: --input pools:n=eight: n must be a finite number, got 'eight'\n",
        r.err());
    r = run("--nu", "6", "--input", "pools");
    assertEquals("sorn run: --steps is required (a positive integer): the input generator pools"
        + " draws without end\n", r.err());
    r = run("--steps", "5", "--nu", "4", "--input", "pools");
    assertEquals(2, r.code());
    assertEquals("sorn run: --input pools: nu must be at least 6 for 6 symbols of 1 unit each,"
        + " got 4\n", r.err());
  }
}
