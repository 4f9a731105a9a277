package org.sorn.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * report.html: one page, no external files, that a browser opens from anywhere, read as a paper's
 * results section: the key numbers first (rate, connections, the avalanches' verdicts), the
 * mechanisms and variants in force with every change and its step, the figures with captions,
 * then the run record as tables of one parameter a row, the raw run.json folded away at the end.
 * Its width holds in a 1280-pixel window: long values wrap, images shrink.
 */
final class Report {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STYLE = String.join("\n",
      "body{font-family:sans-serif;max-width:1080px;margin:1.5em auto;padding:0 1em;color:#222;"
          + "line-height:1.45}",
      "h1{margin-bottom:0.2em}",
      "p.lead{color:#444;margin-top:0}",
      "table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%;table-layout:fixed}",
      "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top;"
          + "overflow-wrap:anywhere}",
      "table.pairs th{width:30%;font-weight:normal;color:#333;background:#f6f6f6}",
      "table.results th{width:22%;background:#f6f6f6}",
      "td.n{font-family:monospace}",
      "img{max-width:100%;height:auto;border:1px solid #ddd}",
      "figure{margin:0 0 2em}",
      "figcaption{color:#444}",
      "details{margin:0.5em 0 1.5em}",
      "summary{cursor:pointer;color:#1f4e8c}",
      "pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f8f8f8;padding:0.6em;"
          + "font-size:0.85em}",
      "code{overflow-wrap:anywhere}");

  private Report() {}

  /**
   * The page of {@code run}: {@code description} is run.json (or null), {@code numbers} the
   * analysis, {@code drawn} the plots in DIR/plots/ (PNG, embedded) and {@code notDrawn} those the
   * recording does not allow, each with the {@code --record} it needs.
   */
  static String html(Path run, JsonNode description, KeyNumbers numbers, List<PlotKind> drawn,
      List<PlotKind> notDrawn) throws IOException {
    StringBuilder h = new StringBuilder();
    String title = "SORN run " + text(description, "run_id", String.valueOf(run.getFileName()));
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"lead\">").append(escape(lead(run, description))).append("</p>\n");
    results(h, numbers);
    mechanisms(h, description);
    figures(h, run, drawn, notDrawn);
    record(h, description);
    statistics(h, numbers);
    raw(h, description);
    h.append("</body></html>\n");
    return h.toString();
  }

  /** The run in one line: network, steps, seed, status, folder. */
  private static String lead(Path run, JsonNode d) {
    if (d == null) {
      return run + " (no run.json in this directory)";
    }
    return String.format(java.util.Locale.ROOT, "%s excitatory units, %s of %s steps, seed %s,"
            + " %s; results in %s", text(d, "ne", "?"), text(d, "steps_done", "?"),
        text(d, "steps_requested", "?"), text(d, "seed", "?"), text(d, "status", "status unknown"),
        run);
  }

  /** The key numbers, in sentences. */
  private static void results(StringBuilder h, KeyNumbers numbers) {
    h.append("<h2 id=\"results\">Results</h2>\n<p>").append(escape(numbers.source()))
        .append("</p>\n");
    if (numbers.results().isEmpty()) {
      return;
    }
    h.append("<table class=\"results\" id=\"key-numbers\">\n");
    numbers.results().forEach((k, v) -> row(h, k, v, false));
    h.append("</table>\n");
  }

  /** The rules in force at the end, and every change during the run with its first step. */
  private static void mechanisms(StringBuilder h, JsonNode d) {
    h.append("<h2 id=\"mechanisms\">Mechanisms and variants</h2>\n");
    JsonNode mechanisms = d == null ? null : d.get("mechanisms");
    if (mechanisms == null || !mechanisms.isArray() || mechanisms.isEmpty()) {
      h.append("<p>run.json names no mechanisms.</p>\n");
    } else {
      h.append("<table id=\"mechanisms-table\"><colgroup><col style=\"width:11%\">")
          .append("<col style=\"width:20%\"><col style=\"width:26%\"><col style=\"width:31%\">")
          .append("<col style=\"width:12%\"></colgroup>\n<tr><th>slot</th><th>rule</th>")
          .append("<th>bundle</th><th>parameters</th><th>in force from step</th></tr>\n");
      for (JsonNode m : mechanisms) {
        h.append("<tr><td>").append(escape(m.path("slot").asText())).append("</td><td>")
            .append(escape(m.path("variant").asText())).append("</td><td>")
            .append(escape(m.path("bundle").asText() + " " + m.path("bundle_version").asText()))
            .append("</td><td>").append(escape(parameters(m.path("parameters"))))
            .append("</td><td class=\"n\">").append(escape(m.path("from_step").asText()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    List<JsonNode> changes = new ArrayList<>();
    JsonNode events = d == null ? null : d.get("events");
    if (events != null && events.isArray()) {
      events.forEach(e -> {
        if (!"start".equals(e.path("kind").asText())) {
          changes.add(e);
        }
      });
    }
    h.append("<h3>Changes during the run</h3>\n");
    if (changes.isEmpty()) {
      h.append("<p>None: the rules above were in force from the first step to the last.</p>\n");
      return;
    }
    h.append("<table id=\"changes\"><colgroup><col style=\"width:14%\"><col style=\"width:16%\">")
        .append("<col style=\"width:70%\"></colgroup>\n<tr><th>from step</th><th>kind</th>")
        .append("<th>change</th></tr>\n");
    for (JsonNode e : changes) {
      h.append("<tr><td class=\"n\">").append(escape(e.path("step").asText())).append("</td><td>")
          .append(escape(e.path("kind").asText())).append("</td><td>")
          .append(escape(e.path("message").asText())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void figures(StringBuilder h, Path run, List<PlotKind> drawn,
      List<PlotKind> notDrawn) throws IOException {
    h.append("<h2 id=\"figures\">Figures</h2>\n");
    Path folder = run.resolve(Plotter.FOLDER);
    int number = 0;
    for (PlotKind kind : drawn) {
      byte[] png = Files.readAllBytes(folder.resolve(kind.fileName(Format.PNG)));
      h.append("<figure id=\"").append(kind.label()).append("\">\n<h3>Figure ").append(++number)
          .append(". ").append(escape(kind.title())).append("</h3>\n<img alt=\"")
          .append(escape(kind.title())).append("\" width=\"").append(Chart.WIDTH)
          .append("\" height=\"").append(Chart.HEIGHT).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption>")
          .append(escape(caption(kind))).append("</figcaption>\n</figure>\n");
    }
    if (!notDrawn.isEmpty()) {
      h.append("<h3>Not drawn</h3>\n<ul>\n");
      for (PlotKind kind : notDrawn) {
        h.append("<li>").append(escape(kind.title())).append(" (").append(kind.label())
            .append("): not recorded; run with <code>--record ").append(escape(kind.record()))
            .append("</code></li>\n");
      }
      h.append("</ul>\n");
    }
  }

  /** run.json as tables: its plain values, then one table per group of values. */
  private static void record(StringBuilder h, JsonNode d) {
    h.append("<h2 id=\"record\">Run record</h2>\n");
    if (d == null) {
      h.append("<p>No run.json in this directory.</p>\n");
      return;
    }
    h.append("<table class=\"pairs\" id=\"run\">\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isValueNode()) {
        row(h, e.getKey(), v.isNull() ? "none" : v.asText(), false);
      } else if (v.isArray() && allValues(v)) {
        List<String> items = new ArrayList<>();
        v.forEach(x -> items.add(x.asText()));
        row(h, e.getKey(), items.isEmpty() ? "none" : String.join(", ", items), false);
      }
    }
    h.append("</table>\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isObject()) {
        h.append("<h3>").append(escape(e.getKey().replace('_', ' '))).append("</h3>\n");
        if (e.getValue().isEmpty()) {
          h.append("<p>none</p>\n");
          continue;
        }
        h.append("<table class=\"pairs\">\n");
        e.getValue().fields().forEachRemaining(
            f -> row(h, f.getKey(), f.getValue().isValueNode() ? f.getValue().asText()
                : f.getValue().toString(), true));
        h.append("</table>\n");
      }
    }
  }

  private static void statistics(StringBuilder h, KeyNumbers numbers) {
    if (numbers.all().isEmpty()) {
      return;
    }
    h.append("<details id=\"statistics\"><summary>Every statistic of the analysis, by its name in")
        .append(" analysis.json</summary>\n<table class=\"pairs\" id=\"analysis\">\n");
    numbers.all().forEach((k, v) -> row(h, k, v, true));
    h.append("</table></details>\n");
  }

  private static void raw(StringBuilder h, JsonNode d) throws IOException {
    if (d == null) {
      return;
    }
    h.append("<details id=\"raw\"><summary>run.json as written</summary>\n<pre>")
        .append(escape(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d)))
        .append("</pre></details>\n");
  }

  private static boolean allValues(JsonNode array) {
    for (JsonNode x : array) {
      if (!x.isValueNode()) {
        return false;
      }
    }
    return true;
  }

  private static String parameters(JsonNode p) {
    if (p == null || !p.isObject() || p.isEmpty()) {
      return "none";
    }
    List<String> items = new ArrayList<>();
    p.fields().forEachRemaining(f -> items.add(f.getKey() + " = " + f.getValue().asText()));
    return String.join(", ", items);
  }

  /** What a plot shows, under it. */
  static String caption(PlotKind kind) {
    return switch (kind) {
      case RASTER -> "Each red stroke is a spike of an excitatory unit in the last recorded steps"
          + " (top); the number of active units per step on its own axis (bottom).";
      case SCATTER -> "Each dot is a spike, over the recording (or its last steps when long)"
          + " (top); the number of active units per step on its own axis (bottom).";
      case RATES -> "How many steps had k active excitatory units, for each k > 0.";
      case ISI -> "Intervals between the spikes of the most active unit, with the exponential of"
          + " their mean.";
      case CORRELATION -> "Pearson correlation of the spike trains of the first units, below the"
          + " diagonal.";
      case HAMMING -> "Units whose state differs per step between two activity series.";
      case SIZES -> "Complementary distribution of the avalanche sizes (grey) with the power law"
          + " fitted above x_min and the alternatives fitted to the same tail; the verdict of the"
          + " tests (Clauset, Shalizi and Newman 2009) below.";
      case DURATIONS -> "The same for the avalanche durations.";
      case CONNECTIONS -> "Fraction of the possible EE connections present at each recorded step;"
          + " it should settle.";
      case WEIGHTS -> "Number of EE weights (>= 0.01) per weight bin, in the last W^EE snapshot.";
      case LINEAR_FIT -> "Density of the EE weights with the fitted lognormal and its mode, median"
          + " and mean.";
      case LOGNORMAL_FIT -> "The same fit on a logarithmic weight axis, where a lognormal is a bell"
          + " curve.";
      case IN_DEGREE -> "Presynaptic EE partners per unit, with a normal fit.";
      case OUT_DEGREE -> "Postsynaptic EE partners per unit, with a normal fit.";
      case NETWORK -> "Units on a circle and the strongest EE connections between them.";
    };
  }

  private static void row(StringBuilder h, String name, String value, boolean numeric) {
    h.append("<tr><th>").append(escape(name)).append("</th><td")
        .append(numeric ? " class=\"n\"" : "").append('>').append(escape(value))
        .append("</td></tr>\n");
  }

  private static String text(JsonNode node, String field, String otherwise) {
    return node != null && node.hasNonNull(field) ? node.get(field).asText() : otherwise;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** run.json of the run, or null when there is none. */
  static JsonNode description(Path run, ObjectMapper json) throws IOException {
    Path file = run.resolve("run.json");
    return Files.isRegularFile(file) ? json.readTree(file.toFile()) : null;
  }

  /** The plots of {@code kinds} that are not in {@code drawn}. */
  static List<PlotKind> missing(List<PlotKind> kinds, List<PlotKind> drawn) {
    return kinds.stream().filter(k -> !drawn.contains(k)).toList();
  }
}
