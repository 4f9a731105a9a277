package org.sorn.sweeps;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The running workbench's own {@code bin/sorn} and the features it booted: what a cluster task
 * starts to run one run exactly as {@code sorn run} does here.
 *
 * @param script the launcher script, absolute
 * @param features the features to boot, as given to {@code --features}; empty for the default
 */
record WorkbenchLauncher(Path script, List<String> features) {
  /** Framework property set by the launcher: the workbench folder. */
  static final String HOME = "sorn.home";

  /** Framework property set by the launcher: the features booted, comma-separated. */
  static final String FEATURES = "sorn.features";

  WorkbenchLauncher {
    features = List.copyOf(features);
  }

  /** The launcher of the workbench in {@code home}; empty when the workbench was not started by bin/sorn. */
  static Optional<WorkbenchLauncher> of(String home, String features) {
    if (home == null || home.isBlank()) {
      return Optional.empty();
    }
    List<String> names = features == null ? List.of()
        : Arrays.stream(features.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList();
    return Optional.of(new WorkbenchLauncher(Path.of(home).toAbsolutePath().resolve("bin").resolve("sorn"), names));
  }

  /** The words that start it, before the command: the script, then {@code --features a,b} if any. */
  List<String> command() {
    return features.isEmpty() ? List.of(script.toString())
        : List.of(script.toString(), "--features", String.join(",", features));
  }
}
