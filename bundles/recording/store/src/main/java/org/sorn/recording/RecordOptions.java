package org.sorn.recording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sorn.api.RunContext;
import org.sorn.api.run.RunDescription;

/**
 * The options of a recorder: which steps it records. They are run parameters, so that run records
 * and checkpoints keep them: {@code record.<Recorder>.<option>} for one recorder, {@code
 * record.<option>} for every recorder of the run. Options: {@code from} (first step, default 0),
 * {@code to} (the step where recording stops, not recorded; default the run's steps, or {@code
 * from} when that comes later), {@code every} (default 1).
 *
 * <p>On the command line: {@code --record WEE:every=1000,ExcitatoryActivation:from=1000:to=5000};
 * {@link #parse} turns one item into its recorder name and parameters.
 */
public final class RecordOptions {
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String EVERY = "every";
  /** The options, in the order they are documented. */
  public static final List<String> NAMES = List.of(FROM, TO, EVERY);

  private static final String PREFIX = "record.";

  /** A {@code --record} item: the recorder's name and the run parameters its options set. */
  public record Item(String recorder, Map<String, Double> parameters) {}

  /** The run parameter of {@code option} for {@code recorder}, or for every recorder when null. */
  public static String key(String recorder, String option) {
    return recorder == null ? PREFIX + option : PREFIX + recorder + "." + option;
  }

  /**
   * The steps {@code recorder} records in {@code run}: its own options first, then those of every
   * recorder, then the defaults (every step).
   *
   * @throws IllegalArgumentException naming the parameter that is not a step count, or a window
   *     that ends before it starts
   */
  public static StepWindow window(RunContext run, String recorder) {
    long from = option(run, recorder, FROM, 0, 0);
    // a window that starts after the run's last step records nothing, it is not an error
    long to = option(run, recorder, TO, Math.max(from, run.description().steps()), 0);
    long every = option(run, recorder, EVERY, 1, 1);
    if (to < from) {
      throw new IllegalArgumentException(
          "recorder " + recorder + " records from step " + from + " to step " + to
              + ": 'to' must not come before 'from'");
    }
    return new StepWindow(from, to, every);
  }

  /** Scalar facts of {@code run}, as a series' sidecar keeps them. */
  public static Map<String, Object> runFacts(RunContext run) {
    RunDescription d = run.description();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("run_id", run.runId());
    facts.put("ne", d.ne());
    facts.put("ni", d.ni());
    facts.put("nu", d.nu());
    facts.put("seed", d.seed());
    facts.put("steps", d.steps());
    facts.put("phase", d.phase() == null ? null : d.phase().label());
    facts.put("noise", d.noise());
    facts.put("noise_sigma", d.noiseSigma());
    return facts;
  }

  /**
   * Parses a {@code --record} item, {@code Name} or {@code Name:option=value:...}.
   *
   * @throws IllegalArgumentException naming the item and what is wrong with it
   */
  public static Item parse(String item) {
    String[] parts = item.split(":", -1);
    String name = parts[0].strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("recorder item '" + item + "' has no recorder name");
    }
    Map<String, Double> parameters = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      String option = kv[0].strip();
      if (!NAMES.contains(option) || kv.length < 2) {
        throw new IllegalArgumentException(
            "recorder item '" + item + "': expected option=value with option from, to or every,"
                + " got '" + parts[i] + "'");
      }
      long value = steps(kv[1].strip(), option.equals(EVERY) ? 1 : 0, "recorder item '" + item
          + "': " + option);
      parameters.put(key(name, option), (double) value);
    }
    return new Item(name, parameters);
  }

  private static long option(
      RunContext run, String recorder, String option, long fallback, long least) {
    // run parameters are finite, so NaN tells that the recorder has no option of its own
    double own = run.parameter(key(recorder, option), Double.NaN);
    boolean ownSet = !Double.isNaN(own);
    String name = ownSet ? key(recorder, option) : key(null, option);
    double v = ownSet ? own : run.parameter(name, fallback);
    if (v != Math.rint(v) || v < least || v >= 0x1p62) {
      throw new IllegalArgumentException(
          name + " must be a whole number of steps >= " + least + ", got " + v);
    }
    return (long) v;
  }

  private static long steps(String text, long least, String what) {
    long v;
    try {
      v = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what + " must be a whole number of steps >= " + least + ", got '" + text + "'");
    }
    if (v < least) {
      throw new IllegalArgumentException(
          what + " must be a whole number of steps >= " + least + ", got " + v);
    }
    return v;
  }

  private RecordOptions() {}
}
