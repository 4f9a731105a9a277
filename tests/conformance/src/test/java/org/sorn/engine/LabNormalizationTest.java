package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sorn.api.Activity;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.RunContext;
import org.sorn.api.Slots;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.SynapticWeights;
import org.sorn.api.fastpath.TrackedWeights;
import org.sorn.api.fastpath.TrackingRule;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.testkit.Mechanisms;

/**
 * No rule depends on another rule's habits: STDP and iSTDP clip the whole matrix, as the package
 * does, whenever some entry may lie outside [0, 1], whatever normalisation runs. A lab's own
 * normalisation that leaves weights above 1 (its columns sum to 10) gives, with the default
 * mechanisms, the state that every rule computes on plain matrices (no fast path: the package's
 * whole-matrix work), bit for bit; whether it knows nothing of the fast path and replaces the
 * default normalisation, or runs after it, or takes part in the fast path and forgets the marks
 * without checking what they covered.
 */
class LabNormalizationTest {
  private static final double TARGET = 10.0;

  /** How the lab's normalisation is placed. */
  enum Placement {
    /** Variant of slot ss, a plain rule: nothing reads or clears the marks. */
    INSTEAD_OF_THE_DEFAULT,
    /** A slot of its own after ss, a plain rule: the default normalisation clears the marks. */
    AFTER_THE_DEFAULT,
    /** Variant of slot ss in the fast path: it forgets the marks, unchecked. */
    IN_THE_FAST_PATH_INSTEAD_OF_THE_DEFAULT
  }

  @ParameterizedTest
  @EnumSource(Placement.class)
  void stdpAfterALabNormalisationGivesThePlainResultBitForBit(Placement placement)
      throws Exception {
    RunDescription d =
        RunDescription.builder().ne(200).nu(10).seed(21).steps(2000).noiseSigma(0.04).build();
    AboveOne seen = new AboveOne();
    NetworkSnapshot withFastPath = run(d, mechanisms(placement), seen);
    NetworkSnapshot plain =
        run(d, mechanisms(placement).stream().map(LabNormalizationTest::onPlainMatrices).toList(),
            new AboveOne());

    assertTrue(seen.steps >= 10, "the lab's normalisation left weights above 1 in " + seen.steps
        + " steps: too few for the clip to matter");
    assertTrue(Arrays.deepEquals(plain.wee, withFastPath.wee), "W^EE");
    assertTrue(Arrays.deepEquals(plain.wei, withFastPath.wei), "W^EI");
    assertArrayEquals(plain.te, withFastPath.te);
    assertTrue(Arrays.deepEquals(plain.x, withFastPath.x), "X");
  }

  private static List<PlasticityMechanism> mechanisms(Placement placement) {
    List<PlasticityMechanism> all = new ArrayList<>();
    for (PlasticityMechanism m : Mechanisms.reference()) {
      if (!m.slot().equals(Slots.SS) || placement == Placement.AFTER_THE_DEFAULT) {
        all.add(m);
      }
    }
    all.add(
        switch (placement) {
          case INSTEAD_OF_THE_DEFAULT -> new LabNormalization(Slots.SS, Slots.ORDER_SS, false);
          case AFTER_THE_DEFAULT ->
              new LabNormalization("lab-scaling", Slots.ORDER_SS + 100, false);
          case IN_THE_FAST_PATH_INSTEAD_OF_THE_DEFAULT ->
              new LabNormalization(Slots.SS, Slots.ORDER_SS, true);
        });
    return all;
  }

  private static NetworkSnapshot run(
      RunDescription d, List<PlasticityMechanism> mechanisms, StepListener listener)
      throws InterruptedException {
    SornWorkbench w = SornWorkbench.standalone();
    mechanisms.forEach(w::add);
    Simulation s = w.start(new RunRequest(d, null, null, List.of(listener)));
    SornState state = (SornState) s.await();
    assertEquals(null, s.failure());
    return state.toSnapshot();
  }

  /**
   * A lab's normalisation: W[:, i] = target (W[:, i] / sum_j W[j][i]) for W^EE, on every column
   * each step. In the fast path it forgets the marks without checking what they covered.
   */
  private record LabNormalization(String slot, int order, boolean fastPath)
      implements PlasticityMechanism {
    @Override
    public String variant() {
      return "lab-normalisation";
    }

    @Override
    public PlasticityRule bind(RunContext run) {
      double[] sums = new double[run.description().ne()];
      PlasticityRule plain =
          new PlasticityRule() {
            @Override
            public void apply(NetworkState state) {
              SynapticWeights wee = state.wee();
              double[] w = wee.weights();
              int[] post = wee.postsynaptic();
              Arrays.fill(sums, 0.0);
              for (int k = 0; k < wee.stored(); k++) {
                sums[post[k]] += w[k];
              }
              for (int k = 0; k < wee.stored(); k++) {
                if (sums[post[k]] != 0.0) {
                  w[k] = TARGET * (w[k] / sums[post[k]]);
                }
              }
            }

            @Override
            public Map<String, Object> parameters() {
              return Map.of("target", TARGET);
            }
          };
      return fastPath ? new ForgetsMarks(plain) : plain;
    }
  }

  /** The same rule in the fast path: it writes every column and forgets the marks, unchecked. */
  private record ForgetsMarks(PlasticityRule inner) implements PlasticityRule, TrackingRule {
    @Override
    public void apply(NetworkState state) {
      TrackedWeights wee = TrackedWeights.of(state.wee());
      inner.apply(state); // weights() brought every entry up to date first
      wee.markAllChanged();
      wee.clearChanges(false);
    }

    @Override
    public Map<String, Object> parameters() {
      return inner.parameters();
    }
  }

  /** Counts the steps that end with a W^EE entry above 1 (left by the lab's normalisation). */
  private static final class AboveOne implements StepListener {
    int steps;

    @Override
    public void afterStep(StepView step) {
      SynapticWeights wee = step.state().wee();
      double[] w = wee.weights();
      for (int k = 0; k < wee.stored(); k++) {
        if (w[k] > 1.0) {
          steps++;
          return;
        }
      }
    }
  }

  /** The mechanism, its rules on plain matrices: every fast path comes down to the whole work. */
  private static PlasticityMechanism onPlainMatrices(PlasticityMechanism m) {
    return new ChangedRules(
        m,
        rule ->
            new PlasticityRule() {
              @Override
              public void apply(NetworkState state) {
                rule.apply(new PlainState(state));
              }

              @Override
              public Map<String, Object> parameters() {
                return rule.parameters();
              }
            });
  }

  /** A state whose matrices are plain: SynapticWeights and nothing more. */
  private record PlainState(NetworkState state) implements NetworkState {
    @Override
    public int ne() {
      return state.ne();
    }

    @Override
    public int ni() {
      return state.ni();
    }

    @Override
    public int nu() {
      return state.nu();
    }

    @Override
    public long step() {
      return state.step();
    }

    @Override
    public SynapticWeights wee() {
      return new PlainWeights(state.wee());
    }

    @Override
    public SynapticWeights wei() {
      return new PlainWeights(state.wei());
    }

    @Override
    public SynapticWeights wie() {
      return new PlainWeights(state.wie());
    }

    @Override
    public double[] te() {
      return state.te();
    }

    @Override
    public double[] ti() {
      return state.ti();
    }

    @Override
    public Activity x() {
      return state.x();
    }

    @Override
    public Activity y() {
      return state.y();
    }
  }

  private record PlainWeights(SynapticWeights w) implements SynapticWeights {
    @Override
    public int rows() {
      return w.rows();
    }

    @Override
    public int columns() {
      return w.columns();
    }

    @Override
    public int[] rowStart() {
      return w.rowStart();
    }

    @Override
    public int[] postsynaptic() {
      return w.postsynaptic();
    }

    @Override
    public double[] weights() {
      return w.weights();
    }

    @Override
    public int stored() {
      return w.stored();
    }

    @Override
    public double get(int pre, int post) {
      return w.get(pre, post);
    }

    @Override
    public void set(int pre, int post, double weight) {
      w.set(pre, post, weight);
    }

    @Override
    public long structureVersion() {
      return w.structureVersion();
    }
  }
}
