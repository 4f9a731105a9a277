package org.sorn.sweeps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sweep's last SLURM job array, kept in {@code DIR/slurm/job.json} so that a later call follows
 * the same job instead of submitting the runs again.
 *
 * @param id the job id sbatch gave
 * @param array the {@code --array} spec submitted
 * @param runs the run indices submitted, ascending
 */
record SubmittedJob(String id, String array, List<Integer> runs) {
  static final String FILE = "job.json";

  SubmittedJob {
    runs = List.copyOf(runs);
  }

  /** The job last submitted for the sweep in {@code sweepFolder}; empty when none was. */
  static Optional<SubmittedJob> read(Path sweepFolder) throws IOException {
    Path file = sweepFolder.resolve("slurm").resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode job = SweepDescription.json().readTree(file.toFile());
    List<Integer> runs = new ArrayList<>();
    job.path("runs").forEach(r -> runs.add(r.asInt()));
    return Optional.of(new SubmittedJob(job.path("job_id").asText(), job.path("array").asText(), runs));
  }

  void write(Path sweepFolder) throws IOException {
    ObjectNode job = SweepDescription.json().createObjectNode();
    job.put("job_id", id);
    job.put("array", array);
    runs.forEach(job.putArray("runs")::add);
    Path file = sweepFolder.resolve("slurm").resolve(FILE);
    Path temporary = file.resolveSibling(FILE + ".tmp");
    SweepDescription.json().writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), job);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
