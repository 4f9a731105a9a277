package org.sorn.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One part of the step of a warm network, timed in its place: before each call the rest of the
 * step runs untimed (the parts after it of the previous step, the parts before it of this one), so
 * that the kernel ({@code update}) and each mechanism's apply() ({@code stdp}, {@code ip}, {@code
 * sp}, {@code istdp}, {@code ss}) see exactly the state they see in a run, which stays in its
 * steady regime. {@code none} times nothing: it is the harness's own cost per call (two clock
 * readings), to subtract from the others.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StepPartBenchmark {
  /** Number of excitatory units. */
  @Param({"200", "1000"})
  public int ne;

  /** The part timed: a name of {@link WarmNetwork#parts()}, or none. */
  @Param({"noise", "update", "stdp", "ip", "sp", "istdp", "ss", "none"})
  public String part;

  /** In-degree of each I unit from E units (the engine's lambda_ie); 0 keeps W^IE dense. */
  @Param({"0"})
  public double lambdaIe;

  /** Steps the engine runs before the benchmark takes the network over. */
  @Param({"5000"})
  public long warmSteps;

  private WarmNetwork network;
  private int timed;
  private int count;
  private boolean stepOpen;

  @Setup(Level.Trial)
  public void warm() {
    network = WarmNetwork.warm(ne, lambdaIe, 1, warmSteps);
    count = network.parts().size();
    timed = part.equals("none") ? count : network.parts().indexOf(part);
    if (timed < 0) {
      throw new IllegalArgumentException(
          "part must be one of " + network.parts() + " or none, got '" + part + "'");
    }
  }

  /** Untimed: the end of the previous step, then this step up to the timed part. */
  @Setup(Level.Invocation)
  public void restOfStep() {
    if (stepOpen) {
      for (int p = timed + 1; p < count; p++) {
        network.run(p);
      }
    }
    for (int p = 0; p < timed; p++) {
      network.run(p);
    }
    stepOpen = true;
  }

  @Benchmark
  public void part() {
    if (timed < count) {
      network.run(timed);
    }
  }
}
