package org.sorn.api;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything that defines a run, so that the same description and inputs give the same results
 * bit for bit.
 *
 * @param ne number of excitatory units
 * @param nu number of input units (input drives excitatory units 0..nu-1)
 * @param seed seed of every random stream of the run
 * @param steps number of time steps to simulate
 * @param phase plasticity (mechanisms run) or training (none runs)
 * @param frozen slots that do not run in the plasticity phase, such as {@code "sp"}
 * @param noise whether Gaussian noise is added to the excitatory and inhibitory drives
 * @param noiseSigma standard deviation of that noise
 * @param parameters hyper-parameter values set for this run, by the names of {@link
 *     Hyperparameters} or of a lab mechanism; a mechanism falls back on its own configuration for
 *     names absent here
 * @param variants the chosen variant per slot (plasticity slots, {@link Slots#UPDATE}, {@link
 *     Slots#NOISE}); a slot absent here uses its default provider
 */
public record RunDescription(
    int ne,
    int nu,
    long seed,
    long steps,
    Phase phase,
    Set<String> frozen,
    boolean noise,
    double noiseSigma,
    Map<String, Double> parameters,
    Map<String, String> variants) {

  public RunDescription {
    frozen = Collections.unmodifiableSet(new TreeSet<>(frozen == null ? Set.of() : frozen));
    parameters =
        Collections.unmodifiableMap(new TreeMap<>(parameters == null ? Map.of() : parameters));
    variants = Collections.unmodifiableMap(new TreeMap<>(variants == null ? Map.of() : variants));
  }

  /** The number of inhibitory units, {@code int(0.2*ne)} as in the package. */
  public int ni() {
    return Hyperparameters.inhibitoryCount(ne);
  }

  /** The value set for {@code name} in this run, or {@code fallback}. */
  public double parameter(String name, double fallback) {
    Double v = parameters.get(name);
    return v == null ? fallback : v;
  }

  /** The package's defaults: ne=200, nu=10, plasticity, noise on (sigma 0.04), nothing frozen. */
  public static RunDescription defaults(long seed, long steps) {
    return new RunDescription(
        Hyperparameters.DEFAULT_NE,
        Hyperparameters.DEFAULT_NU,
        seed,
        steps,
        Phase.PLASTICITY,
        Set.of(),
        true,
        Hyperparameters.DEFAULT_NOISE_SIGMA,
        Map.of(),
        Map.of());
  }
}
