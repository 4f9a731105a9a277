package org.sorn.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The built workbench's {@code bin/sorn}, run as a user runs it: a separate process with its own
 * JVM, its output captured in files (so a chatty process never blocks on a full pipe), killed when
 * it outlives its timeout. The workbench folder comes from the system property {@code sorn.home}.
 */
final class WorkbenchProcess {
  /** About 1 s is a normal launcher start; this only stops a hung framework from hanging the build. */
  static final Duration TIMEOUT = Duration.ofSeconds(90);

  private WorkbenchProcess() {}

  /**
   * What one run left behind.
   *
   * @param arguments what was given to bin/sorn
   * @param exitCode the process's exit code
   * @param stdout everything printed on standard output
   * @param stderr everything printed on standard error
   * @param elapsed wall time from start to exit
   */
  record Outcome(List<String> arguments, int exitCode, String stdout, String stderr, Duration elapsed) {
    /** The run in a few lines, for failure messages. */
    String describe() {
      return "sorn "
          + String.join(" ", arguments)
          + "\n exit code "
          + exitCode
          + " after "
          + elapsed.toMillis()
          + " ms\n stdout: "
          + stdout
          + "\n stderr: "
          + stderr;
    }

    /** The lines of stderr, without the empty one after the last line break. */
    List<String> stderrLines() {
      return stderr.isEmpty() ? List.of() : stderr.lines().toList();
    }
  }

  /** The workbench folder the build assembled (target/sorn-workbench of the distribution). */
  static Path home() {
    String home = System.getProperty("sorn.home");
    if (home == null) {
      throw new IllegalStateException("system property sorn.home is not set: run the tests with mvn verify");
    }
    Path folder = Path.of(home).toAbsolutePath().normalize();
    if (!Files.isExecutable(folder.resolve("bin/sorn"))) {
      throw new IllegalStateException(folder + "/bin/sorn is missing: build the distribution module first");
    }
    return folder;
  }

  /** A fresh folder under target/work for one test's files. */
  static Path workFolder(String prefix) throws IOException {
    return Files.createTempDirectory(Files.createDirectories(DistributionBundles.work()), prefix);
  }

  /** Runs {@code bin/sorn arguments} in {@code folder} and waits for it, at most {@link #TIMEOUT}. */
  static Outcome run(Path folder, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home().resolve("bin/sorn").toString());
    command.addAll(arguments);
    Path stdout = Files.createTempFile(folder, "stdout-", ".txt");
    Path stderr = Files.createTempFile(folder, "stderr-", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    // the JDK that runs the tests also runs the workbench
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    long start = System.nanoTime();
    Process process = builder.start();
    // a command never reads its input; end of input at once keeps a console from waiting for a user
    process.getOutputStream().close();
    if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          "sorn " + String.join(" ", arguments) + " did not exit within " + TIMEOUT.toSeconds() + " s; stderr: "
              + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Outcome(
        List.copyOf(arguments),
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8),
        elapsed);
  }

  /**
   * Starts {@code bin/sorn arguments} in {@code folder} without waiting, its output in {@code
   * NAME.out} and {@code NAME.err} there. The launcher runs as the process itself (no class-data
   * archive being made, which would put a shell between them), so that signals reach it.
   */
  static Process start(Path folder, String name, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(home().resolve("bin/sorn").toString());
    command.addAll(arguments);
    return launch(folder, name, command);
  }

  /**
   * {@code bin/sorn server --socket SOCKET} in {@code folder} ({@code server.out}, {@code
   * server.err}), under {@code umask 000} when {@code openUmask}; returns once it listens.
   */
  static Process server(Path folder, Path socket, boolean openUmask) throws Exception {
    List<String> arguments = List.of("server", "--socket", socket.toString());
    List<String> command = new ArrayList<>();
    if (openUmask) {
      command.addAll(List.of("sh", "-c", "umask 000; exec \"$0\" \"$@\""));
    }
    command.add(home().resolve("bin/sorn").toString());
    command.addAll(arguments);
    Process server = launch(folder, "server", command);
    Path out = folder.resolve("server.out");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!Files.readString(out, StandardCharsets.UTF_8).startsWith("sorn server: listening on")) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        server.destroyForcibly().waitFor();
        throw new AssertionError("no server: " + Files.readString(out, StandardCharsets.UTF_8)
            + Files.readString(folder.resolve("server.err"), StandardCharsets.UTF_8));
      }
      Thread.sleep(20);
    }
    return server;
  }

  private static Process launch(Path folder, String name, List<String> command) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(folder.resolve(name + ".out").toFile())
            .redirectError(folder.resolve(name + ".err").toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    builder.environment().put("SORN_CDS", "off");
    Process process = builder.start();
    process.getOutputStream().close();
    return process;
  }

  /**
   * Sends SIGTERM ({@code kill} false) or SIGKILL to the process and what it started, and waits for
   * them, at most {@link #TIMEOUT}; returns the process's exit code.
   */
  static int signal(Process process, boolean kill) throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    for (ProcessHandle p : all) {
      if (kill) {
        p.destroyForcibly();
      } else {
        p.destroy();
      }
    }
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    for (ProcessHandle p : all) {
      while (p.isAlive()) {
        if (System.nanoTime() > deadline) {
          all.forEach(ProcessHandle::destroyForcibly);
          throw new AssertionError("the workbench did not end within " + TIMEOUT.toSeconds() + " s of a signal");
        }
        Thread.sleep(10);
      }
    }
    return process.waitFor();
  }

  /**
   * Runs several command lines side by side (each launcher start is about 1 s, mostly JVM and
   * framework start-up) and returns their outcomes in the order given.
   */
  static List<Outcome> runAll(Path folder, List<List<String>> commandLines)
      throws InterruptedException, IOException {
    int workers = Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<Outcome>> pending = new ArrayList<>();
      for (List<String> arguments : commandLines) {
        pending.add(pool.submit(() -> run(folder, arguments)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> outcome : pending) {
        outcomes.add(result(outcome));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome result(Future<Outcome> outcome) throws InterruptedException, IOException {
    try {
      return outcome.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
