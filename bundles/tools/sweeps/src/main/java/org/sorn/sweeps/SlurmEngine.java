package org.sorn.sweeps;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sorn.sweeps.SlurmCommands.SlurmFailure;

/**
 * Runs a sweep's runs on a SLURM cluster: one job array (one task per run not yet completed, task
 * id = run index) submitted with {@code sbatch}, then followed until every task has ended, from the
 * {@code exit-code} file each task writes and from {@code squeue}, which tells when a task ended
 * without writing one. A folder whose job is still queued or running is followed, never submitted
 * again; once the job has ended, {@code --resubmit} submits the runs that did not complete.
 */
final class SlurmEngine {
  /**
   * How often the engine looks.
   *
   * @param poll between two looks at the exit-code files (cheap: the shared file system)
   * @param queuePoll between two {@code squeue} calls (the controller is shared by every user)
   * @param grace how long exit codes may lag behind squeue on a shared file system before the
   *     runs of tasks that left the queue without one are reported
   */
  record Pacing(Duration poll, Duration queuePoll, Duration grace) {
    static final Pacing CLUSTER = new Pacing(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15));
  }

  private final SlurmCommands slurm;
  private final WorkbenchLauncher launcher;
  private final Path workingFolder;
  private final Pacing pacing;
  private final PrintStream progress;

  SlurmEngine(SlurmCommands slurm, WorkbenchLauncher launcher, Path workingFolder, Pacing pacing, PrintStream progress) {
    this.slurm = slurm;
    this.launcher = launcher;
    this.workingFolder = workingFolder;
    this.pacing = pacing;
    this.progress = progress;
  }

  /**
   * Submits or follows the sweep's job and returns when its runs have ended, or at once with
   * {@code noWait}.
   *
   * @param sweepFolder the sweep's folder, absolute
   * @return the id of the job still queued or running when the engine did not wait for it
   */
  Optional<String> run(Path sweepFolder, Map<String, String> base, List<SweepRun> runs, SlurmResources resources,
      boolean resubmit, boolean noWait) throws IOException, SlurmFailure, InterruptedException {
    slurm.requireCommands();
    Optional<SubmittedJob> last = SubmittedJob.read(sweepFolder);
    if (last.isPresent()) {
      SubmittedJob job = last.get();
      int queued = queued(job.id(), Set.copyOf(job.runs())).size();
      if (queued > 0) {
        if (resubmit) {
          throw new SlurmFailure("job " + job.id() + " still has " + runs(queued) + " queued or running; wait for it"
              + " (the same command without --resubmit) or scancel " + job.id() + " before --resubmit");
        }
        progress.println("sweep: job " + job.id() + " still has " + queued + " of its " + runs(job.runs().size())
            + " queued or running; following it");
        return follow(sweepFolder, job, noWait);
      }
    }
    List<SweepRun> pending = new ArrayList<>();
    for (SweepRun run : runs) {
      if (!new RunFolder(sweepFolder, run.index()).completed()) {
        pending.add(run);
      }
    }
    int completed = runs.size() - pending.size();
    if (last.isPresent() && !resubmit) {
      progress.println("sweep: " + runs.size() + " runs, " + completed + " completed; job " + last.get().id()
          + " has ended" + (pending.isEmpty() ? "" : pending.size() == 1
          ? "; with --resubmit, the run that did not complete is submitted again"
          : "; with --resubmit, the " + pending.size() + " runs that did not complete are submitted again"));
      return Optional.empty();
    }
    progress.println("sweep: " + runs.size() + " runs, " + completed + " already completed, " + pending.size() + " to submit");
    if (pending.isEmpty()) {
      return Optional.empty();
    }
    SubmittedJob job = submit(sweepFolder, base, pending, resources);
    progress.println("sweep: submitted job " + job.id() + ", array " + job.array() + ", script "
        + BatchScript.path(sweepFolder) + ", logs " + sweepFolder.resolve("slurm") + "/" + job.id() + "_<index>.out");
    return follow(sweepFolder, job, noWait);
  }

  private SubmittedJob submit(Path sweepFolder, Map<String, String> base, List<SweepRun> pending,
      SlurmResources resources) throws IOException, SlurmFailure, InterruptedException {
    for (SweepRun run : pending) {
      // an old exit code must not pass for the new attempt's
      new RunFolder(sweepFolder, run.index()).clear();
    }
    Path script = BatchScript.path(sweepFolder);
    Files.createDirectories(script.getParent());
    Files.writeString(script, BatchScript.of(sweepFolder, workingFolder, launcher, resources, base, pending),
        StandardCharsets.UTF_8);
    List<Integer> indices = pending.stream().map(SweepRun::index).toList();
    String id;
    try {
      id = slurm.submit(script);
    } catch (SlurmFailure e) {
      int highest = indices.get(indices.size() - 1);
      throw highest <= 1000 ? e : new SlurmFailure(e.getMessage() + " (the array indices go up to " + highest
          + "; the cluster's MaxArraySize, 1001 unless configured, must exceed them)");
    }
    SubmittedJob job = new SubmittedJob(id, ArraySpec.of(indices, resources.maxConcurrent()), indices);
    job.write(sweepFolder);
    return job;
  }

  /** Reports each run as its exit code appears and the job's counts as they change, until all ended. */
  private Optional<String> follow(Path sweepFolder, SubmittedJob job, boolean noWait)
      throws SlurmFailure, InterruptedException {
    Set<Integer> waiting = new TreeSet<>(job.runs());
    int completed = 0;
    int failed = 0;
    long nextQueueLook = System.nanoTime();
    Long leftQueueAt = null;
    Map<Integer, String> queued = new TreeMap<>();
    String counts = "";
    while (true) {
      for (Iterator<Integer> it = waiting.iterator(); it.hasNext(); ) {
        RunFolder folder = new RunFolder(sweepFolder, it.next());
        if (folder.exitCode().isPresent()) {
          it.remove();
          boolean done = folder.completed();
          completed += done ? 1 : 0;
          failed += done ? 0 : 1;
          progress.println("run " + folder.path().getFileName() + "  " + folder.status()
              + (done ? "" : "  " + folder.failure()));
        }
      }
      if (waiting.isEmpty()) {
        return Optional.empty();
      }
      long now = System.nanoTime();
      if (now >= nextQueueLook) {
        queued = queued(job.id(), waiting);
        nextQueueLook = now + pacing.queuePoll().toNanos();
        leftQueueAt = queued.isEmpty() ? (leftQueueAt == null ? now : leftQueueAt) : null;
      }
      // squeue's answer may be older than the exit codes just read
      queued.keySet().retainAll(waiting);
      long pending = queued.values().stream().filter(s -> s.equals("PENDING")).count();
      String line = "sweep: job " + job.id() + ": " + pending + " queued, " + (queued.size() - pending) + " running, "
          + completed + " completed, " + failed + " failed (of " + job.runs().size() + ")";
      if (!line.equals(counts)) {
        progress.println(line);
        counts = line;
      }
      if (noWait) {
        return Optional.of(job.id());
      }
      if (leftQueueAt != null && now - leftQueueAt >= pacing.grace().toNanos()) {
        for (int index : waiting) {
          progress.println("run " + index + "  " + new RunFolder(sweepFolder, index).status()
              + "  its task ended without writing an exit code (time limit, node failure or scancel?); see "
              + sweepFolder.resolve("slurm").resolve(job.id() + "_" + index + ".out"));
        }
        return Optional.empty();
      }
      Thread.sleep(pacing.poll().toMillis());
    }
  }

  private static String runs(int count) {
    return count == 1 ? "1 run" : count + " runs";
  }

  /** The job's tasks among {@code runs} that SLURM still has queued or running, with their states. */
  private Map<Integer, String> queued(String jobId, Set<Integer> runs) throws SlurmFailure, InterruptedException {
    Map<Integer, String> ours = new TreeMap<>(slurm.queuedTasks(jobId));
    ours.keySet().retainAll(runs);
    return ours;
  }
}
