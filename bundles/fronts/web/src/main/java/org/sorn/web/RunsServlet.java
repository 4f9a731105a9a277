package org.sorn.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;
import org.sorn.shell.front.RunStarter;

/**
 * {@code /api/runs}: the runs of the workbench; a new one from the options of {@code ./sorn run};
 * one run in detail; pause, resume, step, stop, and the changes of its rules ({@code use},
 * {@code set}, {@code freeze}), validated as on the command line; its live data ({@code stream}),
 * its curves ({@code history}) and, once it has ended, its {@code ./sorn report}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/runs", "/api/runs/*"})
public class RunsServlet extends JsonServlet {
  private static final long serialVersionUID = 1L;

  @Reference transient Workbench workbench;

  @Reference transient RunStarter starter;

  @Reference transient LiveRuns live;

  @Reference transient RunReports reports;

  @Override
  void handle(String method, List<String> path, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (path.isEmpty()) {
      switch (method) {
        case "GET" ->
            send(response, 200, workbench.simulations().stream().map(RunJson::summary).toList());
        case "POST" -> start(request, response);
        default -> throw notAllowed(method, "/api/runs", "GET or POST");
      }
      return;
    }
    Simulation run = find(path.get(0));
    if (path.size() == 1) {
      if (!method.equals("GET")) {
        throw notAllowed(method, "/api/runs/" + run.id(), "GET");
      }
      send(response, 200, detail(run));
      return;
    }
    String action = path.get(1);
    if (path.size() > 2) {
      throw ApiError.notFound("no such resource: /api/runs/" + String.join("/", path));
    }
    switch (action) {
      case "stream" -> {
        requireGet(method, run, action);
        new LiveStream(run, live.monitor(run), live::serving).serve(response);
      }
      case "history" -> {
        requireGet(method, run, action);
        send(response, 200, history(live.monitor(run)));
      }
      case "report" -> {
        requireGet(method, run, action);
        reports.send(run, starter.folder(run.id()), response);
      }
      default -> {
        if (!RunControl.ACTIONS.contains(action)) {
          throw ApiError.notFound(
              "no action '" + action + "' on a run; actions: pause, resume, step, stop, use, set,"
                  + " freeze, and GET stream, history, report");
        }
        if (!method.equals("POST")) {
          throw notAllowed(method, "/api/runs/" + run.id() + "/" + action, "POST");
        }
        RunControl control = new RunControl(run);
        boolean seen = control.apply(action, body(request, "a JSON object"));
        send(response, seen ? 200 : 202, detail(run));
      }
    }
  }

  /** POST /api/runs: the body is {"args": [...]} or an object of options, {"steps": 1000}. */
  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    List<String> args =
        RunArguments.of(
            body(request, "a JSON object of run options, such as {\"steps\": 1000}"));
    Simulation run = starter.start(args);
    live.monitor(run);
    response.setHeader("Location", "/api/runs/" + run.id());
    send(response, 201, detail(run));
  }

  private Map<String, Object> detail(Simulation run) {
    return RunJson.detail(run, starter.folder(run.id()));
  }

  private Simulation find(String id) {
    Simulation run = workbench.simulation(id);
    if (run == null) {
      List<String> ids = workbench.simulations().stream().map(Simulation::id).toList();
      throw ApiError.notFound(
          "no run '" + id + "'; runs: " + (ids.isEmpty() ? "none" : String.join(", ", ids)));
    }
    return run;
  }

  private static void requireGet(String method, Simulation run, String action) {
    if (!method.equals("GET")) {
      throw notAllowed(method, "/api/runs/" + run.id() + "/" + action, "GET");
    }
  }

  /** The curves of the whole run: its population rate, and its EE connection fraction. */
  static Map<String, Object> history(RunMonitor monitor) {
    return Map.of(
        "id", monitor.run.id(),
        "status", RunJson.label(monitor.run),
        "rate", monitor.rates().points(),
        "connection_fraction", monitor.samples().points());
  }
}
