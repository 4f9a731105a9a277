package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.NetworkState;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.PlasticityRule;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.Simulation;
import org.sorn.testkit.Mechanisms;

/**
 * The mechanisms work only where something changed: STDP and iSTDP clip what they write, the
 * normalisation divides the marked and unsettled columns. The same mechanisms made to mark nothing
 * make the engine mark every column after each of them, so that every column is divided and every
 * entry clipped each step, as the package does. Long runs with every mechanism and noise must give
 * the same state either way, bit for bit, across many new synapses and compactions.
 */
class MarkedColumnsTest {

  /** The same rule, plain: it does not say that it marks what it writes. */
  private static PlasticityRule marksNothing(PlasticityRule rule) {
    return new PlasticityRule() {
      @Override
      public void apply(NetworkState state) {
        rule.apply(state);
      }

      @Override
      public Map<String, Object> parameters() {
        return rule.parameters();
      }
    };
  }

  private static NetworkSnapshot run(RunDescription d, boolean marking) throws InterruptedException {
    SornWorkbench w = SornWorkbench.standalone();
    for (PlasticityMechanism m : Mechanisms.reference()) {
      w.add(marking ? m : new ChangedRules(m, MarkedColumnsTest::marksNothing));
    }
    Simulation s = w.start(new RunRequest(d, null, null, List.of()));
    SornState state = (SornState) s.await();
    assertEquals(null, s.failure());
    return state.toSnapshot();
  }

  @ParameterizedTest
  @CsvSource({"60, 7, 4000", "200, 8, 2500", "2000, 9, 1500"})
  void markedWorkEqualsFullWorkBitForBit(int ne, long seed, long steps) throws Exception {
    RunDescription d =
        RunDescription.builder()
            .ne(ne)
            .nu(10)
            .seed(seed)
            .steps(steps)
            .noiseSigma(0.04)
            .build();
    NetworkSnapshot full = run(d, false);
    NetworkSnapshot marked = run(d, true);
    assertTrue(Arrays.deepEquals(full.wee, marked.wee), "Wee");
    assertTrue(Arrays.deepEquals(full.wei, marked.wei), "Wei");
    assertArrayEquals(full.te, marked.te);
    assertArrayEquals(full.ti, marked.ti);
    assertTrue(Arrays.deepEquals(full.x, marked.x), "X");
  }
}
