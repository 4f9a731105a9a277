package org.sorn.plots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/** report.html: one page, no external files, that a browser opens from anywhere. */
final class Report {
  private Report() {}

  /**
   * The page of {@code run}: its description, the analysis's numbers, the {@code drawn} plots
   * (PNG files in DIR/plots/, embedded) and, for each plot not drawn, the recording it needs.
   */
  static String html(Path run, JsonNode description, KeyNumbers numbers, List<PlotKind> drawn,
      List<PlotKind> notDrawn) throws IOException {
    StringBuilder h = new StringBuilder();
    String title = "SORN run " + text(description, "run_id", String.valueOf(run.getFileName()));
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}\n")
        .append("table{border-collapse:collapse;margin-bottom:1.5em}\n")
        .append("td,th{border:1px solid #ccc;padding:3px 10px;text-align:left}\n")
        .append("td.n{text-align:right;font-family:monospace}\n")
        .append("img{max-width:100%;border:1px solid #ddd}\n")
        .append("p.caption{color:#555;margin-top:0}\n")
        .append("</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n");
    h.append("<p>").append(escape(run.toString())).append("</p>\n<h2>Run</h2>\n");
    if (description == null) {
      h.append("<p>No run.json in this directory.</p>\n");
    } else {
      h.append("<table>\n");
      description.fields().forEachRemaining(e -> {
        JsonNode v = e.getValue();
        row(h, e.getKey(), v.isValueNode() ? v.asText() : v.toString(), false);
      });
      h.append("</table>\n");
    }
    h.append("<h2>Key numbers</h2>\n<p>").append(escape(numbers.source())).append("</p>\n");
    if (!numbers.key().isEmpty()) {
      h.append("<table id=\"key-numbers\">\n");
      numbers.key().forEach((k, v) -> row(h, k, v, true));
      h.append("</table>\n<details><summary>Every statistic of the analysis</summary>\n")
          .append("<table id=\"analysis\">\n");
      numbers.all().forEach((k, v) -> row(h, k, v, true));
      h.append("</table></details>\n");
    }
    h.append("<h2>Plots</h2>\n");
    Path folder = run.resolve(Plotter.FOLDER);
    for (PlotKind kind : drawn) {
      byte[] png = Files.readAllBytes(folder.resolve(kind.fileName(Format.PNG)));
      h.append("<h3 id=\"").append(kind.label()).append("\">").append(escape(kind.title()))
          .append("</h3>\n<p class=\"caption\">").append(escape(caption(kind)))
          .append("</p>\n<img alt=\"").append(escape(kind.title()))
          .append("\" width=\"").append(Chart.WIDTH).append("\" height=\"").append(Chart.HEIGHT)
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
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
    h.append("</body></html>\n");
    return h.toString();
  }

  /** What a plot shows, in one line under its title. */
  static String caption(PlotKind kind) {
    return switch (kind) {
      case RASTER -> "Each red stroke is a spike of an excitatory unit in the last recorded steps;"
          + " the blue line is the number of active units per step.";
      case SCATTER -> "Each dot is a spike, over the recording (or its last steps when long);"
          + " the blue line is the number of active units per step.";
      case RATES -> "How many steps had k active excitatory units, for each k > 0.";
      case ISI -> "Intervals between the spikes of the most active unit, with the exponential of"
          + " their mean.";
      case CORRELATION -> "Pearson correlation of the spike trains of the first units, below the"
          + " diagonal.";
      case HAMMING -> "Units whose state differs per step between two activity series.";
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
