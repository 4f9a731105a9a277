package org.sorn.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sorn.api.command.Command;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.Simulation;

/**
 * {@code GET /api/runs/{id}/report}: the {@code ./sorn report} of a run that has ended, made by the
 * report command (bundle org.sorn.plots) the first time it is asked for, and again when the run's
 * records are newer than it.
 */
@Component(service = RunReports.class)
public class RunReports {
  static final String COMMAND = "report";
  static final String FILE = "report.html";
  static final String RECORD = "run.json";

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  volatile List<Command> commands;

  /** Sends the report of {@code run}, whose results are in {@code folder} (null: unknown). */
  void send(Simulation run, Path folder, HttpServletResponse response) throws IOException {
    byte[] html = report(run, folder);
    response.setStatus(200);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    // the report is one page with its images inline: it needs nothing else
    response.setHeader(
        "Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    response.setContentLength(html.length);
    response.getOutputStream().write(html);
  }

  private synchronized byte[] report(Simulation run, Path folder) throws IOException {
    if (!run.status().isFinal()) {
      throw ApiError.badRequest(
          run.id() + " is " + RunJson.label(run) + ": its report is made once it has ended");
    }
    if (folder == null) {
      throw ApiError.notFound(
          run.id() + " was not started with sorn:start or the web workbench: its results folder is"
              + " unknown (./sorn report DIR makes the report of a results folder)");
    }
    Path page = folder.resolve(FILE);
    Path record = folder.resolve(RECORD);
    if (stillRunning(record)) {
      throw new ApiError(
          503, "the results of " + run.id() + " are still being written; ask again in a moment");
    }
    if (!Files.isRegularFile(page)
        || Files.getLastModifiedTime(page).compareTo(Files.getLastModifiedTime(record)) < 0) {
      make(folder);
    }
    return Files.readAllBytes(page);
  }

  /** Whether run.json still says the run is running (its finishing thread has not written it). */
  private static boolean stillRunning(Path record) throws IOException {
    if (!Files.isRegularFile(record)) {
      throw ApiError.notFound(record + " is missing: the run wrote no results");
    }
    JsonNode status = JsonServlet.JSON.readTree(record.toFile()).get("status");
    return status != null && status.asText().equals("running");
  }

  private void make(Path folder) {
    Command report = null;
    List<Command> installed = commands;
    for (Command c : installed == null ? List.<Command>of() : installed) {
      if (c.name().equals(COMMAND)) {
        report = c;
      }
    }
    if (report == null) {
      throw ApiError.notFound(
          "the report command is not installed; the feature analysis provides it (bundle"
              + " org.sorn.plots)");
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        report.run(
            List.of(folder.toString()),
            new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != 0) {
      String why =
          err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("exit code " + code);
      // exit code 2: the folder does not hold what a report needs (the run recorded nothing)
      throw new ApiError(code == 2 ? 400 : 500, "no report: " + OneLine.of(why));
    }
  }
}
