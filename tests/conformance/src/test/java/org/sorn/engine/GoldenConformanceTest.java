package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NoiseModel;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;
import org.sorn.api.Slots;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.SynapticWeights;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.testkit.Mechanisms;

/**
 * Every public golden network case of the package, through the engine and the five mechanism
 * components: activities, counts, weights and thresholds identical, bit for bit (the golden files
 * hold the package's doubles in their shortest decimal form, which reads back to the same bits).
 * The trace case replays the package's noise samples and structural-plasticity events.
 */
class GoldenConformanceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ne20_T1_fresh",
        "ne20_T5_fresh",
        "ne20_T50_fresh",
        "ne20_T50_warm",
        "ne20_T20_freeze_sp_ss",
        "ne20_T20_freeze_sp_stdp",
        "ne20_T30_odd_params",
        "ne20_T5_sim_phase_training",
        "ne50_T1_fresh",
        "ne50_T5_fresh",
        "ne50_T50_fresh",
        "ne50_T20_trainer_plasticity",
        "ne50_T20_trainer_training",
        "ne50_T50_freeze_sp_ip_istdp",
        "ne20_T30_trace_noise_sp"
      })
  void matchesThePackage(String name) throws Exception {
    GoldenCase golden = GoldenCase.load(name);
    SornWorkbench workbench = SornWorkbench.standalone();
    for (PlasticityMechanism m : Mechanisms.reference()) {
      if (golden.isTrace() && m.slot().equals(Slots.SP)) {
        workbench.add(new ReplayedStructuralPlasticity(golden.json.at("/injected/sp_events")));
      } else {
        workbench.add(m);
      }
    }
    Recording recording = new Recording();
    RunRequest request =
        new RunRequest(
            golden.description(), golden.state("initial"), golden.input(), List.of(recording));
    SimulationRun run =
        workbench.prepare(request, null, golden.isTrace() ? replayedNoise(golden) : null);
    run.run();
    assertEquals(RunStatus.COMPLETED, run.status(), () -> "run failed: " + run.failure());

    assertEquals(golden.steps(), recording.x.size());
    assertExact(golden.callbackMatrix("ExcitatoryActivation"), recording.x, "x(t+1)");
    assertExact(golden.callbackMatrix("InhibitoryActivation"), recording.y, "y(t+1)");
    assertExact(golden.callbackMatrix("RecurrentActivation"), recording.r, "recurrent activation");
    assertIdentical(golden.callbackMatrix("TE"), recording.te, "TE");
    assertIdentical(golden.callbackMatrix("TI"), recording.ti, "TI");
    assertEquals(ints(golden.json.at("/callbacks/EEConnectionCounts")), recording.eeCounts, "EE counts");
    assertEquals(ints(golden.json.at("/callbacks/EIConnectionCounts")), recording.eiCounts, "EI counts");

    NetworkSnapshot expected = golden.state("final");
    NetworkSnapshot actual = run.state().toSnapshot();
    BitForBit.assertIdentical(expected.wee, actual.wee, "final Wee");
    BitForBit.assertIdentical(expected.wei, actual.wei, "final Wei");
    BitForBit.assertIdentical(expected.wie, actual.wie, "final Wie");
    BitForBit.assertIdentical(new double[][] {expected.te}, new double[][] {actual.te}, "final Te");
    BitForBit.assertIdentical(new double[][] {expected.ti}, new double[][] {actual.ti}, "final Ti");
    assertExact(expected.x, Arrays.asList(actual.x), "final X");
    assertExact(expected.y, Arrays.asList(actual.y), "final Y");
  }

  /** The package's recorded noise samples of a trace case, step by step. */
  private static NoiseModel.Noise replayedNoise(GoldenCase golden) {
    double[][] noiseE = GoldenCase.matrix(golden.json.at("/injected/noise_e"));
    double[][] noiseI = GoldenCase.matrix(golden.json.at("/injected/noise_i"));
    return new NoiseModel.Noise() {
      private int t;

      @Override
      public void sample(double[] e, double[] i) {
        System.arraycopy(noiseE[t], 0, e, 0, e.length);
        System.arraycopy(noiseI[t], 0, i, 0, i.length);
        t++;
      }

      @Override
      public Map<String, Object> parameters() {
        return Map.of("replayed", true);
      }
    };
  }

  /** The package's SP events of a trace: Wee[row][col] = 0.001 at the recorded steps. */
  private static final class ReplayedStructuralPlasticity implements PlasticityMechanism {
    private final JsonNode events;

    ReplayedStructuralPlasticity(JsonNode events) {
      this.events = events;
    }

    @Override
    public String slot() {
      return Slots.SP;
    }

    @Override
    public String variant() {
      return "replay";
    }

    @Override
    public int order() {
      return Slots.ORDER_SP;
    }

    @Override
    public PlasticityRule bind(RunContext run) {
      return new PlasticityRule() {
        @Override
        public void apply(org.sorn.api.NetworkState state) {
          JsonNode e = events.get((int) state.step());
          if (e != null && !e.isNull()) {
            state.wee().set(e.get(0).asInt(), e.get(1).asInt(), 0.001);
          }
        }

        @Override
        public Map<String, Object> parameters() {
          return Map.of();
        }
      };
    }
  }

  /** What the package's callbacks record, taken from the step listener interface. */
  private static final class Recording implements StepListener {
    final List<double[]> x = new ArrayList<>();
    final List<double[]> y = new ArrayList<>();
    final List<double[]> r = new ArrayList<>();
    final List<double[]> te = new ArrayList<>();
    final List<double[]> ti = new ArrayList<>();
    final List<Integer> eeCounts = new ArrayList<>();
    final List<Integer> eiCounts = new ArrayList<>();

    @Override
    public void beforePlasticity(StepView step) {
      eeCounts.add(positive(step.state().wee()));
      eiCounts.add(positive(step.state().wei()));
    }

    @Override
    public void afterStep(StepView step) {
      x.add(values(step.state().x().after()));
      y.add(values(step.state().y().after()));
      r.add(values(step.recurrentActivation()));
      te.add(step.state().te().clone());
      ti.add(step.state().ti().clone());
    }

    private static int positive(SynapticWeights w) {
      int n = 0;
      for (int k = 0; k < w.stored(); k++) {
        if (w.weights()[k] > 0) {
          n++;
        }
      }
      return n;
    }

    private static double[] values(boolean[] flags) {
      double[] v = new double[flags.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = flags[i] ? 1.0 : 0.0;
      }
      return v;
    }
  }

  private static List<Integer> ints(JsonNode values) {
    List<Integer> list = new ArrayList<>();
    values.forEach(v -> list.add(v.asInt()));
    return list;
  }

  private static void assertExact(double[][] expected, List<double[]> actual, String what) {
    assertEquals(expected.length, actual.size(), what + ": number of rows");
    for (int t = 0; t < expected.length; t++) {
      assertArrayEquals(expected[t], actual.get(t), what + " differs at row " + t);
    }
  }

  private static void assertIdentical(double[][] expected, List<double[]> actual, String what) {
    BitForBit.assertIdentical(expected, actual.toArray(new double[0][]), what);
  }
}
