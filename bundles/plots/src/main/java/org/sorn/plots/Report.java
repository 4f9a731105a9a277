package org.sorn.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** report.html: one page, no external files, that a browser opens from anywhere. */
final class Report {
  private Report() {}

  static String html(Path run, JsonNode description, Map<String, String> numbers,
      List<PlotKind> plots, List<String> skipped) throws IOException {
    StringBuilder h = new StringBuilder();
    String title = "SORN run " + text(description, "run_id", run.getFileName().toString());
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}\n")
        .append("table{border-collapse:collapse;margin-bottom:1.5em}\n")
        .append("td,th{border:1px solid #ccc;padding:3px 10px;text-align:left}\n")
        .append("td.n{text-align:right;font-family:monospace}\n")
        .append("img{max-width:100%;border:1px solid #ddd}\n")
        .append("</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n");
    h.append("<p>").append(escape(run.toString())).append("</p>\n<h2>Run</h2>\n");
    if (description == null) {
      h.append("<p>No run.json in this directory.</p>\n");
    } else {
      h.append("<table>\n");
      description.fields().forEachRemaining(e -> {
        JsonNode v = e.getValue();
        String value = v.isValueNode() ? v.asText() : v.toString();
        h.append("<tr><th>").append(escape(e.getKey())).append("</th><td>")
            .append(escape(value)).append("</td></tr>\n");
      });
      h.append("</table>\n");
    }
    h.append("<h2>Key numbers</h2>\n<table>\n");
    for (Map.Entry<String, String> e : numbers.entrySet()) {
      h.append("<tr><th>").append(escape(e.getKey())).append("</th><td class=\"n\">")
          .append(escape(e.getValue())).append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Plots</h2>\n");
    Path folder = run.resolve(Plotter.FOLDER);
    for (PlotKind kind : plots) {
      byte[] png = Files.readAllBytes(folder.resolve(kind.fileName()));
      h.append("<h3>").append(escape(kind.title())).append("</h3>\n")
          .append("<img alt=\"").append(escape(kind.title()))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
    }
    for (String line : skipped) {
      h.append("<p>").append(escape(line)).append("</p>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
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
}
