package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The web workbench's JSON API over HTTP, as curl uses it, on {@code bin/sorn server --http 0}:
 * nothing without the token, every endpoint, and bad input answered with 400 and the command line's
 * one line.
 */
public class WebApiIT {
  private static WebServer server;

  @BeforeClass
  public static void startServer() throws Exception {
    server = WebServer.start("web-api-");
  }

  @AfterClass
  public static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static HttpRequest.Builder bare(String path) {
    return HttpRequest.newBuilder(server.base.resolve(path));
  }

  /** A run of ne = 200 that goes on until it is stopped, started through the API. */
  private static JsonNode longRun(String name, String options) throws Exception {
    Path out = server.work.resolve(name);
    return WebServer.json(
        server.post(
            "/api/runs",
            "{\"ne\": 200, \"steps\": 500000000, \"seed\": 3, \"out\": \"" + out + "\"" + options + "}"),
        201);
  }

  /** Polls {@code path} until its JSON satisfies {@code condition}, at most 30 s. */
  private static JsonNode await(String path, Predicate<JsonNode> condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      JsonNode now = WebServer.json(server.get(path), 200);
      if (condition.test(now)) {
        return now;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(path + " never got there: " + now);
      }
      Thread.sleep(50);
    }
  }

  private static List<String> events(JsonNode run) {
    List<String> events = new ArrayList<>();
    for (JsonNode e : run.get("events")) {
      if (!e.get("kind").asText().equals("start")) {
        events.add(e.get("step").asLong() + " " + e.get("kind").asText() + " " + e.get("slot").asText());
      }
    }
    return events;
  }

  @Test
  public void withoutTheTokenNothingIsAnswered() throws Exception {
    HttpResponse<String> none = server.send(bare("/api/runs").GET().build());
    assertEquals(
        "this API needs the workbench's token: send Authorization: Bearer TOKEN, the token of the"
            + " address sorn server printed",
        WebServer.error(none, 401));
    assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
    HttpResponse<String> wrong =
        server.send(bare("/api/variants").header("Authorization", "Bearer 0123").GET().build());
    assertEquals(
        "the token in the Authorization header is not this workbench's", WebServer.error(wrong, 401));
    HttpResponse<String> post =
        server.send(bare("/api/runs").POST(HttpRequest.BodyPublishers.ofString("{\"steps\": 5}")).build());
    WebServer.error(post, 401);
    assertEquals(401, server.send(bare("/").GET().build()).statusCode());
    assertEquals(401, server.send(bare("/?token=0123").GET().build()).statusCode());
  }

  @Test
  public void thePagesAddressSetsACookieThatChangesNothingFromAnotherSite() throws Exception {
    HttpResponse<String> page = server.send(bare("/?token=" + server.token).GET().build());
    assertEquals(303, page.statusCode());
    assertEquals("/", page.headers().firstValue("Location").orElse(""));
    String cookie = page.headers().firstValue("Set-Cookie").orElse("");
    String name = "sorn-token-" + server.base.getPort();
    assertEquals(name + "=" + server.token + "; Path=/; HttpOnly; SameSite=Strict", cookie);
    String sent = name + "=" + server.token;

    HttpResponse<String> html = server.send(bare("/").header("Cookie", sent).GET().build());
    assertEquals(200, html.statusCode());
    assertTrue(html.body(), html.body().contains("<title>SORN Workbench</title>"));
    assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    WebServer.json(server.send(bare("/api/variants").header("Cookie", sent).GET().build()), 200);

    String start = "{\"steps\": 5, \"ne\": 20}";
    HttpResponse<String> noHeader =
        server.send(bare("/api/runs").header("Cookie", sent)
            .POST(HttpRequest.BodyPublishers.ofString(start)).build());
    assertEquals(
        "a request that changes something needs the header X-Sorn-Request from the workbench's own"
            + " page, or the Authorization header",
        WebServer.error(noHeader, 403));
    HttpResponse<String> otherSite =
        server.send(bare("/api/runs").header("Cookie", sent).header("X-Sorn-Request", "page")
            .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(start)).build());
    WebServer.error(otherSite, 403);
    JsonNode fromPage =
        WebServer.json(
            server.send(bare("/api/runs").header("Cookie", sent).header("X-Sorn-Request", "page")
                .header("Origin", server.base.toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"steps\": 5, \"ne\": 20, \"seed\": 1, \"out\": \"" + server.work.resolve("cookie-run") + "\"}"))
                .build()),
            201);
    assertEquals(server.work.resolve("cookie-run").toString(), fromPage.get("folder").asText());
  }

  @Test
  public void aRunIsStartedSteeredWatchedAndStoppedAndItsFolderSaysSo() throws Exception {
    // what the report plots: the activity and the connection counts
    JsonNode started = longRun("steered", ", \"record\": \"ExcitatoryActivation,EEConnectionCounts\"");
    String id = started.get("id").asText();
    String run = "/api/runs/" + id;
    Path folder = Path.of(started.get("folder").asText());
    assertEquals(server.work.resolve("steered"), folder);
    assertEquals(200, started.get("ne").asInt());
    assertEquals(3, started.get("description").get("seed").asLong());
    assertTrue(Files.isRegularFile(folder.resolve("run.json")));
    boolean listed = false;
    for (JsonNode r : WebServer.json(server.get("/api/runs"), 200)) {
      listed |= r.get("id").asText().equals(id);
    }
    assertTrue(listed);

    // live data: frames with a raster of the last steps, the rate, a copy's figures
    List<JsonNode> frames = frames(run + "/stream", 8);
    JsonNode last = frames.get(frames.size() - 1);
    assertTrue(last.get("step").asLong() > frames.get(0).get("step").asLong());
    JsonNode raster = frames.stream().filter(f -> f.has("raster")).reduce((a, b) -> b).orElseThrow().get("raster");
    assertEquals(200, raster.get("units").asInt());
    assertTrue(raster.get("steps").asInt() > 0);
    assertEquals(raster.get("steps").asInt() * 25, java.util.Base64.getDecoder().decode(raster.get("bits").asText()).length);
    assertTrue(frames.stream().anyMatch(f -> f.has("rate")));
    JsonNode sample = frames.stream().filter(f -> f.has("sample")).findFirst().orElseThrow().get("sample");
    assertTrue(sample.get("connection_fraction").asDouble() > 0);
    assertEquals(40, sample.get("thresholds").get("counts").size());
    assertEquals(frames.get(0).get("events").size(), started.get("events").size());

    JsonNode paused = WebServer.json(server.post(run + "/pause", ""), 200);
    assertEquals("paused", paused.get("status").asText());
    long at = paused.get("steps_done").asLong();
    JsonNode stepped = WebServer.json(server.post(run + "/step", "{\"steps\": 3}"), 200);
    assertEquals(at + 3, stepped.get("steps_done").asLong());
    assertEquals("paused", stepped.get("status").asText());
    long now = at + 3;
    WebServer.json(server.post(run + "/use", "{\"slot\": \"stdp\", \"variant\": \"stdp\"}"), 200);
    WebServer.json(server.post(run + "/set", "{\"name\": \"eta_stdp\", \"value\": 0.005}"), 200);
    JsonNode frozen = WebServer.json(server.post(run + "/freeze", "{\"slot\": \"sp\"}"), 200);
    assertEquals("[\"sp\"]", frozen.get("frozen").toString());
    JsonNode eta = null;
    for (JsonNode m : frozen.get("mechanisms")) {
      if (m.get("slot").asText().equals("stdp")) {
        eta = m.get("parameters").get("eta_stdp");
      }
    }
    assertEquals(0.005, eta.asDouble(), 0);
    assertEquals("running", WebServer.json(server.post(run + "/resume", ""), 200).get("status").asText());

    JsonNode history = WebServer.json(server.get(run + "/history"), 200);
    assertTrue(history.get("rate").get("steps").size() > 0);
    assertEquals(history.get("rate").get("steps").size(), history.get("rate").get("values").size());
    assertTrue(history.get("connection_fraction").get("values").size() > 0);

    JsonNode stopped = WebServer.json(server.post(run + "/stop", ""), 200);
    assertEquals("stopped", stopped.get("status").asText());
    long end = stopped.get("steps_done").asLong();
    assertEquals(
        List.of(
            at + " pause null",
            at + " resume null",
            now + " pause null",
            now + " variant stdp",
            now + " parameters stdp",
            now + " freeze sp",
            now + " resume null",
            end + " stop null"),
        events(stopped));

    // the run's folder is written as ./sorn run writes it, events included
    JsonNode record = WebServer.json(server.get(run), 200);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    JsonNode onDisk = WebServer.JSON.readTree(folder.resolve("run.json").toFile());
    while (onDisk.get("status").asText().equals("running") && System.nanoTime() < deadline) {
      Thread.sleep(50);
      onDisk = WebServer.JSON.readTree(folder.resolve("run.json").toFile());
    }
    assertEquals("stopped", onDisk.get("status").asText());
    assertEquals(record.get("events").size(), onDisk.get("events").size());
    assertTrue(Files.isRegularFile(folder.resolve("final-state.json")));

    HttpResponse<String> report = server.get(run + "/report");
    assertEquals(report.body(), 200, report.statusCode());
    assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(report.body().contains("<html"));
    assertTrue(Files.isRegularFile(folder.resolve("report.html")));
  }

  /** The first {@code n} frames of a server-sent event stream, as JSON. */
  private static List<JsonNode> frames(String path, int n) throws Exception {
    HttpResponse<Stream<String>> response =
        server.http.send(server.request(path).GET().build(), HttpResponse.BodyHandlers.ofLines());
    assertEquals(200, response.statusCode());
    assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    List<JsonNode> frames = new ArrayList<>();
    try (Stream<String> lines = response.body()) {
      Iterator<String> it = lines.iterator();
      while (frames.size() < n && it.hasNext()) {
        String line = it.next();
        if (line.startsWith("data: ")) {
          frames.add(WebServer.JSON.readTree(line.substring(6)));
        }
      }
    }
    return frames;
  }

  @Test
  public void badInputIsAnsweredWithTheCommandLinesOneLine() throws Exception {
    assertEquals(
        "--steps must be a positive integer, got -5",
        WebServer.error(server.post("/api/runs", "{\"steps\": -5}"), 400));
    assertTrue(
        WebServer.error(server.post("/api/runs", "{\"steps\": 5, \"bogus\": 1}"), 400)
            .startsWith("unknown option '--bogus'; expected one of --ne, "));
    assertEquals(
        "--noise must be on or off, got 'loud'",
        WebServer.error(server.post("/api/runs", "{\"args\": [\"--steps\", \"5\", \"--noise\", \"loud\"]}"), 400));
    assertTrue(
        WebServer.error(server.post("/api/runs", "{\"steps\": "), 400)
            .startsWith("the body must be a JSON object of run options, such as {\"steps\": 1000}; it is not JSON: "));
    assertEquals(
        "no run 'run-999'; runs: ",
        WebServer.error(server.get("/api/runs/run-999"), 404).replaceAll("runs: .*", "runs: "));

    String run = "/api/runs/" + longRun("bad-input", "").get("id").asText();
    assertTrue(
        WebServer.error(server.post(run + "/use", "{\"slot\": \"stdp\", \"variant\": \"nope\"}"), 400)
            .startsWith("no variant 'nope' installed for slot stdp; installed: stdp"));
    assertEquals(
        "\"value\" must be a finite number, got \"abc\"",
        WebServer.error(server.post(run + "/set", "{\"name\": \"eta_stdp\", \"value\": \"abc\"}"), 400));
    assertEquals(
        "eta_stdp must be a finite number >= 0, got -1",
        WebServer.error(server.post(run + "/set", "{\"name\": \"eta_stdp\", \"value\": -1}"), 400));
    assertTrue(
        WebServer.error(server.post(run + "/set", "{\"name\": \"eta_stpd\", \"value\": 0.1}"), 400)
            .startsWith("unknown parameter 'eta_stpd'; known: "));
    assertEquals(
        "\"slot\" must be a non-empty string",
        WebServer.error(server.post(run + "/freeze", "{\"frozen\": true}"), 400));
    assertEquals(
        "\"frozen\" must be true or false, got \"yes\"",
        WebServer.error(server.post(run + "/freeze", "{\"slot\": \"sp\", \"frozen\": \"yes\"}"), 400));
    assertTrue(
        WebServer.error(server.post(run + "/step", "{\"steps\": 1}"), 400).contains("must be paused to make single steps"));
    assertTrue(WebServer.error(server.post(run + "/resume", ""), 400).endsWith(" is not paused (running)"));
    assertTrue(WebServer.error(server.post(run + "/jump", ""), 404).startsWith("no action 'jump' on a run"));
    assertEquals(
        "GET " + run + "/pause is not supported; use POST",
        WebServer.error(server.get(run + "/pause"), 405));
    assertTrue(WebServer.error(server.get(run + "/report"), 400).endsWith(": its report is made once it has ended"));
    WebServer.json(server.post(run + "/stop", ""), 200);
    assertTrue(WebServer.error(server.post(run + "/pause", ""), 400).contains(" has ended (stopped) after "));
  }

  @Test
  public void variantsAndBundlesAreListedAndALabBundleIsDeployedStoppedAndStarted() throws Exception {
    JsonNode variants = WebServer.json(server.get("/api/variants"), 200);
    assertTrue(variants.toString().contains("\"slot\":\"stdp\",\"variant\":\"stdp\""));
    JsonNode bundles = WebServer.json(server.get("/api/bundles"), 200);
    assertTrue(bundles.toString().contains("\"symbolic_name\":\"org.sorn.web\""));
    assertTrue(bundles.toString().contains("\"mechanisms\":[{\"slot\":\"stdp\",\"variant\":\"stdp\"}]"));

    Path jar = Path.of(System.getProperty("sorn.itests.wdstdp"));
    JsonNode deployed =
        WebServer.json(
            server.send(server.request("/api/bundles")
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofFile(jar)).build()),
            201);
    assertEquals(ExampleBundle.SYMBOLIC_NAME, deployed.get("symbolic_name").asText());
    assertEquals("active", deployed.get("state").asText());
    String bundle = "/api/bundles/" + deployed.get("id").asLong();
    await("/api/variants", v -> v.toString().contains("\"variant\":\"" + ExampleBundle.VARIANT + "\""));

    // the same jar again replaces it in place
    JsonNode again =
        WebServer.json(
            server.send(server.request("/api/bundles")
                .POST(HttpRequest.BodyPublishers.ofFile(jar)).build()),
            200);
    assertEquals(deployed.get("id"), again.get("id"));

    assertEquals("resolved", WebServer.json(server.post(bundle + "/stop", ""), 200).get("state").asText());
    await("/api/variants", v -> !v.toString().contains(ExampleBundle.VARIANT));
    assertEquals("active", WebServer.json(server.post(bundle + "/start", ""), 200).get("state").asText());
    await("/api/variants", v -> v.toString().contains(ExampleBundle.VARIANT));
    WebServer.json(server.post(bundle + "/stop", ""), 200);

    assertEquals(
        "the upload is not a jar file; a bundle is a jar with an OSGi manifest",
        WebServer.error(server.send(server.request("/api/bundles")
            .POST(HttpRequest.BodyPublishers.ofString("hello")).build()), 400));
    assertEquals(
        "a bundle larger than 16 MiB is refused",
        WebServer.error(server.send(server.request("/api/bundles")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(16 << 20) + 1])).build()), 413));
    assertEquals(
        "bundle 0 is the framework; stop the workbench with sorn:shutdown",
        WebServer.error(server.post("/api/bundles/0/stop", ""), 400));
    long web = -1;
    for (JsonNode b : bundles) {
      if (b.get("symbolic_name").asText().equals("org.sorn.web")) {
        web = b.get("id").asLong();
      }
    }
    assertTrue(
        WebServer.error(server.post("/api/bundles/" + web + "/stop", ""), 400)
            .startsWith("the web workbench runs on org.sorn.web (bundle " + web + ")"));
    assertEquals(
        "no bundle with id 'x'; GET /api/bundles lists them",
        WebServer.error(server.post("/api/bundles/x/start", ""), 404));
  }

  @Test
  public void theConsoleSaysWhereTheWebWorkbenchIs() throws Exception {
    WorkbenchProcess.Outcome web = server.ctl("sorn:web");
    assertEquals(web.describe(), 0, web.exitCode());
    assertEquals("sorn: web workbench at " + server.address() + "\n", web.stdout());
    assertFalse(server.stderr(), server.stderr().contains("Exception"));
    assertNotNull(server.token);
  }
}
