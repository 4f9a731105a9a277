package org.sorn.itests;

import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/sorn server --http 0} as a process of its own, as a user starts it: the address it
 * prints (a free port of 127.0.0.1, the token), and calls of its JSON API with the token.
 */
final class WebServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ADDRESS =
      Pattern.compile("sorn server: web workbench at (http://127\\.0\\.0\\.1:\\d+)/\\?token=([0-9a-f]+)\n");

  final Path work;
  final Path socket;
  final URI base;
  final String token;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Process process;
  private final Path out;
  private final Path err;

  private WebServer(Path work, Path socket, Process process, Path out, Path err, URI base, String token) {
    this.work = work;
    this.socket = socket;
    this.process = process;
    this.out = out;
    this.err = err;
    this.base = base;
    this.token = token;
  }

  /** Starts a server in a fresh folder under target/work and waits for its web address. */
  static WebServer start(String prefix) throws Exception {
    Path work = WorkbenchProcess.workFolder(prefix);
    Path socket = work.resolve("s.sock");
    Path out = work.resolve("server-out.txt");
    Path err = work.resolve("server-err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                WorkbenchProcess.home().resolve("bin/sorn").toString(),
                "server", "--socket", socket.toString(), "--http", "0")
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    Process process = builder.start();
    process.getOutputStream().close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      String printed = Files.readString(out, StandardCharsets.UTF_8);
      Matcher m = ADDRESS.matcher(printed);
      if (m.find() && printed.contains("listening on " + socket)) {
        return new WebServer(work, socket, process, out, err, URI.create(m.group(1)), m.group(2));
      }
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly().waitFor();
        fail("no web workbench: stdout " + printed + " stderr " + Files.readString(err, StandardCharsets.UTF_8));
      }
      Thread.sleep(50);
    }
  }

  /** The address the server printed, token included. */
  String address() {
    return base + "/?token=" + token;
  }

  /** A request to {@code path} with the token in the Authorization header. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /** The JSON of a response that must have {@code status}. */
  static JsonNode json(HttpResponse<String> response, int status) throws IOException {
    if (response.statusCode() != status) {
      throw new AssertionError(
          response.request().method() + " " + response.request().uri() + ": expected " + status + ", got "
              + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** The one-line error of a refused request with {@code status}. */
  static String error(HttpResponse<String> response, int status) throws IOException {
    String message = json(response, status).get("error").asText();
    if (message.contains("\n")) {
      throw new AssertionError("an error is one line: " + message);
    }
    return message;
  }

  /** {@code bin/sorn ctl --socket S command} against this server. */
  WorkbenchProcess.Outcome ctl(String command) throws Exception {
    return WorkbenchProcess.run(work, List.of("ctl", "--socket", socket.toString(), command));
  }

  String stderr() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  /** Stops the server as a user does (SIGTERM): runs going are stopped and their records written. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
