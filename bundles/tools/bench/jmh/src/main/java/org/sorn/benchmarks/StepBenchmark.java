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
 * One whole step of a warm network (five mechanisms, noise on): 1e9 / (ns/op) is the steady
 * steps per second of the engine's loop without the run's bookkeeping.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StepBenchmark {
  /** Number of excitatory units. */
  @Param({"200", "1000"})
  public int ne;

  /** In-degree of each I unit from E units (the engine's lambda_ie); 0 keeps W^IE dense. */
  @Param({"0"})
  public double lambdaIe;

  /** Steps the engine runs before the benchmark takes the network over. */
  @Param({"5000"})
  public long warmSteps;

  private WarmNetwork network;

  @Setup(Level.Trial)
  public void warm() {
    network = WarmNetwork.warm(ne, lambdaIe, 1, warmSteps);
  }

  @Benchmark
  public int step() {
    network.step();
    return network.state().x().activeAfterCount();
  }
}
