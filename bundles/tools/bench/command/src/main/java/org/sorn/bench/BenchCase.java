package org.sorn.bench;

import java.util.Map;
import org.sorn.api.Hyperparameters;
import org.sorn.api.run.RunDescription;

/**
 * One network to measure: {@code ne} excitatory units, the package's defaults otherwise (nu = 10,
 * the five mechanisms, noise on), and W^IE dense as in the package or sparse with each inhibitory
 * unit receiving about {@code lambdaIe} excitatory synapses.
 *
 * @param ne number of excitatory units
 * @param lambdaIe in-degree of each inhibitory unit from E units, or 0 for the package's dense W^IE
 */
record BenchCase(int ne, double lambdaIe) {

  /** The large network of issue 7: 100,000 E units, each I unit fed by about 100 of them. */
  static final BenchCase LARGE = new BenchCase(100_000, 100);

  boolean sparseInhibitoryInput() {
    return lambdaIe > 0;
  }

  /** A run that goes on until it is stopped. */
  RunDescription description(long seed) {
    Map<String, Double> parameters =
        sparseInhibitoryInput() ? Map.of(Hyperparameters.LAMBDA_IE, lambdaIe) : Map.of();
    return RunDescription.builder()
        .ne(ne)
        .nu(Hyperparameters.DEFAULT_NU)
        .seed(seed)
        .steps(Long.MAX_VALUE)
        .noiseSigma(Hyperparameters.DEFAULT_NOISE_SIGMA)
        .parameters(parameters)
        .build();
  }

  /** How W^IE is stored, for the table: "dense" or "lambda_ie=100". */
  String inhibitoryInput() {
    if (!sparseInhibitoryInput()) {
      return "dense";
    }
    return Hyperparameters.LAMBDA_IE + "=" + Numbers.plain(lambdaIe);
  }
}
