package org.sorn.experiments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sorn.api.Hyperparameters;
import org.sorn.api.Slots;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;

/**
 * The SORN of Del Papa, Priesemann and Triesch (2017), as their code sets it (github.com/delpapa/
 * SORN, delpapa/param_FrozenPlasticity.py and common/sorn.py): N^I = 0.2 N^E; W^EE sparse with
 * lambda = 0.1 N^E, W^EI with lambda = 0.2 N^E, W^IE dense; inhibition from x(t+1) (fast); STDP
 * 0.004, iSTDP 0.001, IP 0.01 towards h_IP = 0.1 with no clamp, structural plasticity 0.1 per step
 * at N^E = 200 scaled with the possible synapses, synaptic normalisation of W^EE and W^EI; Gaussian
 * noise of variance 0.05 on every unit; thresholds drawn in [0, 1] and [0, 0.5]. Input: none, or
 * 10 symbols drawn uniformly each step, each on its own pool of 0.02 N^E units, with a gain so
 * large that a pool always fires (their param_ExtraInput.py).
 */
final class DelPapaModel {
  /** The symbols of the external input. */
  static final int SYMBOLS = 10;
  /** Their input gain: 1e8, "very high gain". */
  static final double INPUT = 1e8;

  private final int ne;
  private final double noiseVariance;

  DelPapaModel(int ne, double noiseVariance) {
    this.ne = ne;
    this.noiseVariance = noiseVariance;
  }

  int ne() {
    return ne;
  }

  /** N_U of each symbol: 0.02 N^E, at least one. */
  int unitsPerSymbol() {
    return Math.max(1, (int) Math.floor(0.02 * ne));
  }

  /** The input units: every symbol's pool (silent when there is no input). */
  int nu() {
    return SYMBOLS * unitsPerSymbol();
  }

  /** A run of {@code steps} steps from {@code seed}, {@code frozen} slots left out. */
  RunDescription run(long seed, long steps, Set<String> frozen) {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put(Hyperparameters.ETA_STDP, 0.004);
    p.put(Hyperparameters.ETA_INHIB, 0.001);
    p.put(Hyperparameters.ETA_IP, 0.01);
    p.put(Hyperparameters.H_IP, 0.1);
    p.put(Hyperparameters.MU_IP, 0.1);
    p.put(Hyperparameters.LAMBDA_EE, 0.1 * ne);
    p.put(Hyperparameters.LAMBDA_EI, 0.2 * ne);
    p.put(Hyperparameters.TE_MIN, 0.0);
    p.put(Hyperparameters.TE_MAX, 1.0);
    p.put(Hyperparameters.TI_MIN, 0.0);
    p.put(Hyperparameters.TI_MAX, 0.5);
    return RunDescription.builder()
        .ne(ne)
        .nu(nu())
        .seed(seed)
        .steps(steps)
        .phase(Phase.PLASTICITY)
        .frozen(frozen)
        .noise(noiseVariance > 0)
        .noiseSigma(Math.sqrt(noiseVariance))
        .parameters(p)
        .variants(Map.of(Slots.UPDATE, "fast-inhibition", Slots.IP, "ip-unclamped", Slots.SP,
            "sp-size-scaled"))
        .build();
  }

  /** Every plasticity slot but the normalisation, which changes nothing once nothing else does. */
  static Set<String> frozenPlasticity() {
    return Set.of(Slots.STDP, Slots.IP, Slots.SP, Slots.ISTDP);
  }

  /** Every plasticity slot. */
  static Set<String> noPlasticity() {
    return Set.of(Slots.STDP, Slots.IP, Slots.SP, Slots.ISTDP, Slots.SS);
  }
}
