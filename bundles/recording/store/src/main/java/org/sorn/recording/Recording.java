package org.sorn.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recording store of one run directory: {@code <run>/data/<Name>.<ext>} and {@code
 * <run>/data/<Name>.meta.json} for every recorder of the run.
 */
public final class Recording {
  /** The store's folder in a run directory. */
  public static final String DATA = "data";
  /** What a sidecar's name adds to the series name. */
  public static final String SIDECAR_SUFFIX = ".meta.json";

  /** The store's folder of the run directory {@code runDirectory}. */
  public static Path dataDirectory(Path runDirectory) {
    return runDirectory.resolve(DATA);
  }

  /**
   * Why {@code run} is not a run directory with a recording store, in one line naming it; empty
   * when it is one.
   */
  public static Optional<String> notARunDirectory(Path run) {
    if (!Files.isDirectory(run)) {
      return Optional.of(run + " is not a directory; expected a run directory");
    }
    if (!Files.isDirectory(dataDirectory(run))) {
      return Optional.of(run + " is not a run directory: it has no " + DATA + "/ recording store");
    }
    return Optional.empty();
  }

  /**
   * The series recorded in {@code runDirectory}, sorted by name; empty when nothing was recorded.
   *
   * @throws IOException naming a sidecar that cannot be read
   */
  public static List<SeriesLayout> layouts(Path runDirectory) throws IOException {
    Path data = dataDirectory(runDirectory);
    if (!Files.isDirectory(data)) {
      return List.of();
    }
    List<SeriesLayout> layouts = new ArrayList<>();
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(f -> f.toString().endsWith(SIDECAR_SUFFIX)).toList()) {
        layouts.add(Sidecar.read(f));
      }
    }
    layouts.sort(Comparator.comparing(SeriesLayout::name));
    return layouts;
  }

  private Recording() {}
}
