package org.sorn.sweeps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code summary.csv}: one row per run, read from the run folders (so that it is the same whichever
 * engine ran them): index, the varied options, seed, status, steps done, mean E activity.
 */
final class SummaryTable {
  private SummaryTable() {}

  /** Writes the table and returns the indices of the runs that did not complete, ascending. */
  static List<Integer> write(Path sweepFolder, List<String> variedNames, List<SweepRun> runs) throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("index"));
    header.addAll(variedNames);
    header.addAll(List.of("seed", "status", "steps_done", "mean_e_activity"));
    lines.add(String.join(",", header));
    List<Integer> unfinished = new ArrayList<>();
    for (SweepRun run : runs) {
      RunFolder folder = new RunFolder(sweepFolder, run.index());
      String status = folder.status();
      if (!status.equals("completed")) {
        unfinished.add(run.index());
      }
      List<String> row = new ArrayList<>(List.of(Integer.toString(run.index())));
      for (String name : variedNames) {
        row.add(cell(run.varied().get(name)));
      }
      long steps = folder.stepsDone();
      OptionalDouble activity = folder.meanExcitatoryActivity();
      row.addAll(List.of(Long.toString(run.seed()), status, steps < 0 ? "" : Long.toString(steps),
          activity.isPresent() ? Double.toString(activity.getAsDouble()) : ""));
      lines.add(String.join(",", row));
    }
    Path temporary = sweepFolder.resolve("summary.csv.tmp");
    Files.write(temporary, lines, StandardCharsets.UTF_8);
    Files.move(temporary, sweepFolder.resolve("summary.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return unfinished;
  }

  // RFC 4180: a value with a comma or a quote is quoted
  private static String cell(String value) {
    return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
