package org.sorn.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a page connected to a run asks of the web workbench, made by a thread of this JVM for
 * {@code ./sorn web-bench}: the run's detail and curves once, its stream read and every frame
 * parsed, and the list of runs every 2 s. What the browser then draws is not counted: it runs
 * wherever the browser does.
 */
final class BenchPage implements AutoCloseable {
  private static final long RUNS_EVERY_NANOS = 2_000_000_000L;

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final String token;
  private final String run;
  private final AtomicLong frames = new AtomicLong();
  private final Thread reader;
  private volatile InputStream stream;
  private volatile boolean closed;

  /**
   * Connects to {@code run} and reads its stream on a thread of its own until closed.
   *
   * @param address the address the web workbench printed, token included
   */
  BenchPage(URI address, String run) throws IOException, InterruptedException {
    this.base = address.resolve("/");
    this.token = address.getQuery().substring("token=".length());
    this.run = run;
    get("/api/runs/" + run);
    get("/api/runs/" + run + "/history");
    reader = new Thread(this::read, "sorn-web-bench-page");
    reader.setDaemon(true);
    reader.start();
  }

  /** Frames read so far. */
  long frames() {
    return frames.get();
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .build();
  }

  private void get(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + response.statusCode());
    }
    JsonServlet.JSON.readTree(response.body());
  }

  private void read() {
    try {
      HttpResponse<InputStream> response =
          http.send(
              request("/api/runs/" + run + "/stream"), HttpResponse.BodyHandlers.ofInputStream());
      stream = response.body();
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      long nextList = System.nanoTime() + RUNS_EVERY_NANOS;
      for (String line = lines.readLine(); !closed && line != null; line = lines.readLine()) {
        if (line.startsWith("data: ")) {
          JsonNode frame = JsonServlet.JSON.readTree(line.substring(6));
          frames.incrementAndGet();
          if (frame.path("ended").asBoolean()) {
            return;
          }
        }
        if (System.nanoTime() > nextList) {
          get("/api/runs");
          nextList += RUNS_EVERY_NANOS;
        }
      }
    } catch (IOException e) {
      // closed, or the workbench stopped: the measurement says how many frames came
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    closed = true;
    InputStream s = stream;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    reader.join(5000);
  }
}
