package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.sorn.api.InputSequence;
import org.sorn.api.InputSource;
import org.sorn.api.RunContext;
import org.sorn.api.run.RunDescription;

/**
 * A generated input gives a resumed run the input of the uninterrupted one, also when its
 * generator holds state beyond its draws: here one that draws a layout once and symbols ahead.
 */
class GeneratedInputTest {
  private static final RunDescription RUN =
      RunDescription.builder().ne(20).nu(3).seed(11).steps(300).build();

  /** A generator with state: an offset drawn at the start, values drawn two steps ahead. */
  static final class Stateful implements InputSource {
    @Override
    public String name() {
      return "stateful";
    }

    @Override
    public InputSequence open(RunContext run) {
      int offset = run.random("layout").nextInt(100);
      RandomGenerator rng = run.random("input");
      double scale = run.parameter("scale", 1);
      return new InputSequence() {
        final double[] ahead = {rng.nextDouble(), rng.nextDouble()};

        @Override
        public void fill(long step, double[] u) {
          double now = ahead[0];
          ahead[0] = ahead[1];
          ahead[1] = rng.nextDouble();
          java.util.Arrays.fill(u, scale * (offset + now));
        }
      };
    }
  }

  /**
   * A run's context as the engine makes it: one stream per purpose for the run, and streams from
   * the start apart from them; {@code drawn} draws moved the run's own streams already (a
   * resumed run's streams are where its checkpoint left them).
   */
  static final class Context implements RunContext {
    private final Map<String, RandomGenerator> streams = new HashMap<>();
    private final int drawn;

    Context(int drawn) {
      this.drawn = drawn;
    }

    @Override
    public String runId() {
      return "run-1";
    }

    @Override
    public RunDescription description() {
      return RUN;
    }

    @Override
    public double parameter(String name, double fallback) {
      return RUN.parameter(name, fallback);
    }

    @Override
    public RandomGenerator random(String purpose) {
      return streams.computeIfAbsent(purpose, p -> {
        RandomGenerator r = randomFromStart(p);
        for (int i = 0; i < drawn; i++) {
          r.nextLong();
        }
        return r;
      });
    }

    @Override
    public RandomGenerator randomFromStart(String purpose) {
      return new SplittableRandom(RUN.seed() * 31 + purpose.hashCode());
    }
  }

  private static double[][] steps(GeneratedInput input, long from, long to) {
    double[][] u = new double[(int) (to - from)][3];
    for (long t = from; t < to; t++) {
      input.fill(t, u[(int) (t - from)]);
    }
    return u;
  }

  private static GeneratedInput bound(Context context) {
    GeneratedInput input = new GeneratedInput(new Stateful());
    input.openingWith(c -> List.of()).apply(context);
    return input;
  }

  @Test
  void aRunResumedAtAStepGetsTheInputOfTheUninterruptedRun() {
    double[][] whole = steps(bound(new Context(0)), 0, 300);
    // resumed at step 180: the run's streams have moved on; the input replays from the start
    double[][] resumed = steps(bound(new Context(977)), 180, 300);
    for (int t = 180; t < 300; t++) {
      assertArrayEquals(whole[t], resumed[t - 180], "step " + t);
    }
  }

  @Test
  void aStepAskedAgainIsReplayedFromTheStart() {
    GeneratedInput input = bound(new Context(0));
    double[][] first = steps(input, 0, 40);
    double[] again = new double[3];
    input.fill(7, again);
    assertArrayEquals(first[7], again);
  }

  @Test
  void theGeneratorsObjectionIsTheUsersErrorBeforeTheRun() {
    InputSource picky = new InputSource() {
      @Override
      public String name() {
        return "picky";
      }

      @Override
      public InputSequence open(RunContext run) {
        throw new IllegalArgumentException(
            "nu must be at least 60 for 6 symbols of 10 units each, got " + run.description().nu());
      }
    };
    UsageError e = assertThrows(UsageError.class, () -> GeneratedInput.check(picky, RUN));
    assertEquals("--input picky: nu must be at least 60 for 6 symbols of 10 units each, got 3",
        e.getMessage());
  }

  @Test
  void theDefaultsAreWhatTheGeneratorReads() {
    Map<String, Double> defaults = GeneratedInput.defaults(new Stateful());
    assertEquals(Map.of("scale", 1.0), defaults);
    assertTrue(GeneratedInput.defaults(new InputSource() {
      @Override
      public String name() {
        return "quiet";
      }

      @Override
      public InputSequence open(RunContext run) {
        return (step, u) -> { };
      }
    }).isEmpty());
  }
}
