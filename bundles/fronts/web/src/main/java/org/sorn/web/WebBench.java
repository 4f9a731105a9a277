package org.sorn.web;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToDoubleFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sorn.api.command.Command;
import org.sorn.api.command.OneLine;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.api.run.Workbench;

/**
 * {@code ./sorn web-bench}: what watching a run costs it. One run of the package's defaults goes
 * on while windows of wall-clock time alternate between three ways of looking at it: not at all,
 * watched by the web workbench with no page open (the rate's history and a copy of the state about
 * once a second), and with a page connected (its stream read, as {@link BenchPage} does). Each
 * round measures the three in a rotated order, so that the run's own drift does not favour one.
 */
@Component(service = Command.class)
public class WebBench implements Command {
  static final String NAME = "web-bench";
  static final String USAGE =
      "usage: ./sorn web-bench [--ne N] [--rounds N] [--seconds S] [--warmup S] [--seed N]";

  @Reference Workbench workbench;

  @Reference WebFront front;

  @Reference LiveRuns live;

  /** The ways of looking at the run, in the order the table shows them. */
  enum Looking {
    UNWATCHED("unwatched"),
    WATCHED("watched, no page"),
    PAGE("page connected");

    final String label;

    Looking(String label) {
      this.label = label;
    }
  }

  /** The options, checked. */
  record Options(int ne, int rounds, double seconds, double warmup, long seed) {
    static Options parse(List<String> args) {
      int ne = 200;
      int rounds = 5;
      double seconds = 5;
      double warmup = 5;
      long seed = 1;
      for (int i = 0; i < args.size(); i++) {
        String flag = args.get(i);
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
        }
        String value = args.get(++i);
        switch (flag) {
          case "--ne" -> ne = (int) integer(flag, value, 5, Integer.MAX_VALUE);
          case "--rounds" -> rounds = (int) integer(flag, value, 1, 1000);
          case "--seconds" -> seconds = positive(flag, value);
          case "--warmup" -> warmup = positive(flag, value);
          case "--seed" -> seed = integer(flag, value, Long.MIN_VALUE, Long.MAX_VALUE);
          default -> throw new IllegalArgumentException("unknown option '" + flag + "'; " + USAGE);
        }
      }
      return new Options(ne, rounds, seconds, warmup, seed);
    }

    private static long integer(String flag, String value, long min, long max) {
      try {
        long v = Long.parseLong(value);
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new IllegalArgumentException(
          flag + " must be an integer" + (min > Long.MIN_VALUE ? " >= " + min : "") + ", got '"
              + value + "'");
    }

    private static double positive(String flag, String value) {
      try {
        double v = Double.parseDouble(value);
        if (v > 0 && Double.isFinite(v)) {
          return v;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new IllegalArgumentException(
          flag + " must be a number of seconds > 0, got '" + value + "'");
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "measure what watching a run costs it: steps/s unwatched, watched by the web"
        + " workbench, and with a page connected (docs/web.md)";
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    if (arguments.contains("--help") || arguments.contains("-h")) {
      out.println(USAGE);
      return 0;
    }
    Options options;
    try {
      options = Options.parse(arguments);
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return 2;
    }
    Simulation run = null;
    try {
      URI address = front.address();
      if (address == null) {
        address = front.serve(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
      }
      RunDescription description =
          RunDescription.builder()
              .ne(options.ne())
              .seed(options.seed())
              .steps(Long.MAX_VALUE)
              .build();
      run = workbench.start(new RunRequest(description, null, null, List.of()));
      live.stopWatching(run.id());
      long thread = runThread(run);
      sleep(run, options.warmup());
      List<Speed[]> rounds = new ArrayList<>();
      for (int r = 0; r < options.rounds(); r++) {
        Speed[] speeds = new Speed[Looking.values().length];
        for (int k = 0; k < speeds.length; k++) {
          Looking looking = Looking.values()[(r + k) % speeds.length];
          speeds[looking.ordinal()] = measure(run, thread, address, looking, options.seconds());
        }
        err.println(NAME + ": round " + (r + 1) + " of " + options.rounds() + ": " + row(speeds));
        rounds.add(speeds);
      }
      out.print(table(options, rounds));
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(NAME + ": interrupted");
      return 1;
    } catch (RuntimeException | IOException e) {
      err.println(NAME + ": " + OneLine.describe(e));
      return 1;
    } finally {
      if (run != null) {
        live.watchAgain(run.id());
        run.stop();
        awaitQuietly(run);
        workbench.discard(run.id());
      }
    }
  }

  /**
   * The speed of a run over a window: steps per second of wall-clock time, and steps per second
   * of its thread's CPU time (what the run's thread itself spends on a step, with or without a
   * watcher, whatever else the machine does).
   */
  record Speed(double wall, double cpu) {}

  /** The id of the run's thread, seen by a watcher that leaves again at once. */
  private static long runThread(Simulation run) throws InterruptedException {
    CompletableFuture<Long> id = new CompletableFuture<>();
    Simulation.Watch watch = run.watch(step -> id.complete(Thread.currentThread().getId()));
    try {
      return id.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the run made no step within 30 s");
    } finally {
      watch.close();
    }
  }

  /** The run's speed over one window of {@code seconds}, looking at it as said. */
  private Speed measure(Simulation run, long thread, URI address, Looking looking, double seconds)
      throws InterruptedException, IOException {
    if (looking == Looking.UNWATCHED) {
      live.stopWatching(run.id());
    } else {
      live.watchAgain(run.id());
      live.monitor(run);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    BenchPage page = looking == Looking.PAGE ? new BenchPage(address, run.id()) : null;
    try {
      sleep(run, 1); // the watcher attaches (or leaves) at a step boundary, the page connects
      long first = run.stepsDone();
      long opened = System.nanoTime();
      long cpuOpened = threads.getThreadCpuTime(thread);
      sleep(run, seconds);
      long last = run.stepsDone();
      long closed = System.nanoTime();
      long cpuClosed = threads.getThreadCpuTime(thread);
      if (page != null && page.frames() == 0) {
        throw new IllegalStateException("the page read no frame of the stream");
      }
      return new Speed(
          (last - first) / ((closed - opened) / 1e9),
          cpuOpened < 0 ? Double.NaN : (last - first) / ((cpuClosed - cpuOpened) / 1e9));
    } finally {
      if (page != null) {
        page.close();
      }
    }
  }

  private static void awaitQuietly(Simulation run) {
    try {
      run.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(Simulation run, double seconds) throws InterruptedException {
    Thread.sleep((long) (seconds * 1000));
    if (run.status().isFinal()) {
      throw new IllegalStateException(
          "the run ended (" + RunJson.label(run) + ")"
              + (run.failure() == null ? "" : ": " + run.failure()));
    }
  }

  private static String row(Speed[] speeds) {
    List<String> cells = new ArrayList<>();
    for (Looking l : Looking.values()) {
      cells.add(l.label + " " + Math.round(speeds[l.ordinal()].wall()) + " steps/s ("
          + Math.round(speeds[l.ordinal()].cpu()) + " per CPU s)");
    }
    return String.join(", ", cells);
  }

  /**
   * The rounds and their means, steps/s and (in parentheses) steps per CPU second of the run's
   * thread, and what a page costs against an unwatched run.
   */
  static String table(Options options, List<Speed[]> rounds) {
    StringBuilder t = new StringBuilder();
    t.append(String.format(Locale.ROOT, "%-6s %20s %20s %20s %17s%n",
        "round", "unwatched", "watched, no page", "page connected", "page cost"));
    double[] wall = new double[Looking.values().length];
    double[] cpu = new double[Looking.values().length];
    for (int r = 0; r < rounds.size(); r++) {
      Speed[] s = rounds.get(r);
      t.append(line(String.valueOf(r + 1), s));
      for (int k = 0; k < wall.length; k++) {
        wall[k] += s[k].wall() / rounds.size();
        cpu[k] += s[k].cpu() / rounds.size();
      }
    }
    Speed[] mean = new Speed[wall.length];
    for (int k = 0; k < wall.length; k++) {
      mean[k] = new Speed(wall[k], cpu[k]);
    }
    t.append(line("mean", mean));
    double[] wallCosts = new double[rounds.size()];
    double[] cpuCosts = new double[rounds.size()];
    for (int r = 0; r < rounds.size(); r++) {
      wallCosts[r] = cost(rounds.get(r), Speed::wall);
      cpuCosts[r] = cost(rounds.get(r), Speed::cpu);
    }
    t.append(String.format(Locale.ROOT, "%-6s %62s %6.1f%% (%5.1f%%)%n",
        "median", "page cost of the rounds:", 100 * median(wallCosts), 100 * median(cpuCosts)));
    t.append(String.format(Locale.ROOT,
        "steps/s (steps per CPU second of the run's thread) of one run at ne = %d (seed %d, default"
            + " mechanisms, noise on), %d rounds of %s s windows after %s s of warm-up;"
            + " page cost = 1 - page connected / unwatched%n",
        options.ne(),
        options.seed(),
        rounds.size(),
        plain(options.seconds()),
        plain(options.warmup())));
    return t.toString();
  }

  private static String line(String label, Speed[] s) {
    return String.format(Locale.ROOT, "%-6s %20s %20s %20s %6.1f%% (%5.1f%%)%n", label,
        cell(s[0]), cell(s[1]), cell(s[2]),
        100 * cost(s, Speed::wall), 100 * cost(s, Speed::cpu));
  }

  /** What a connected page costs: 1 - its speed / the unwatched speed. */
  private static double cost(Speed[] s, ToDoubleFunction<Speed> speed) {
    return 1
        - speed.applyAsDouble(s[Looking.PAGE.ordinal()])
            / speed.applyAsDouble(s[Looking.UNWATCHED.ordinal()]);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String cell(Speed s) {
    return Math.round(s.wall()) + " (" + Math.round(s.cpu()) + ")";
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
