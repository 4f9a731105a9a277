package org.sorn.analysis.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The statistics of a run directory's recording store, as the ordered tree that {@code
 * analysis.json} holds: firing rate, smoothness, autocorrelation, Fano factors, spike source
 * entropy, correlations, avalanches with their power-law fits and heavy-tail tests, and, when
 * recorded, the EE
 * connection fraction and the lognormal fit of the last W^EE. An undefined number (NaN, infinite)
 * is null, as in the file. Values are Integer, Long, Double, String, List or Map.
 */
public final class RunStatistics {
  /** The file {@code ./sorn analyze} writes into the run directory. */
  public static final String FILE = "analysis.json";

  /** The statistics of {@code run} with the default settings. */
  public static Map<String, Object> of(Path run) throws IOException, MissingRecording {
    return of(run, AnalysisSettings.defaults());
  }

  /**
   * The statistics of {@code run}: ExcitatoryActivation is required, EEConnectionCounts and WEE
   * are used when recorded.
   *
   * @throws MissingRecording when {@code run} is not a run directory, has no
   *     ExcitatoryActivation or fewer than 3 recorded steps
   */
  public static Map<String, Object> of(Path run, AnalysisSettings settings)
      throws IOException, MissingRecording {
    return of(run, settings, line -> { });
  }

  /**
   * As {@link #of(Path, AnalysisSettings)}, telling {@code progress} in a line now and then how a
   * long bootstrap goes.
   *
   * @throws MissingRecording also when the window holds fewer than 3 recorded steps
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> of(Path run, AnalysisSettings settings,
      Consumer<String> progress) throws IOException, MissingRecording {
    return (Map<String, Object>)
        JsonNumbers.finite(RunAnalysis.of(RunRecording.open(run), run, settings, progress));
  }

  private RunStatistics() {}
}
