package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sorn.testkit.ExternalProgram.Outcome;
import org.sorn.testkit.ExternalProgram;

/**
 * The numpy/scipy.sparse implementation that docs/performance.md measures the workbench against
 * computes the package's model: replayed on the golden cases, its final states equal the
 * package's exactly.
 */
class NumpyReferenceTest {
  private static final Path SCRIPT = Path.of("..", "numpy-reference", "sorn_numpy.py");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void replaysEveryReplayableGoldenCaseExactly() throws Exception {
    ExternalProgram.assumeInstalled(
        run(List.of("python3", "-c", "import numpy, scipy.sparse")).exit() == 0,
        "numpy or scipy is not installed here (python3 -c 'import numpy, scipy.sparse' failed;"
            + " apt-get install python3-numpy python3-scipy)",
        "the numpy reference on the golden cases");
    List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString(), "check"));
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.filter(f -> f.getFileName().toString().matches("ne\\d+_.*\\.json"))
          .sorted()
          .forEach(f -> command.add(f.toString()));
    }
    assertEquals(15, command.size() - 3, "golden cases found in " + GOLDEN);

    Outcome outcome = run(command);

    assertEquals(0, outcome.exit(), outcome.output());
    // every case (Trainer.run's two phases included) matches to the last bit
    long exact = outcome.output().lines().filter(l -> l.endsWith("max |difference| 0")).count();
    assertEquals(15, exact, outcome.output());
  }

  private static Outcome run(List<String> command) throws IOException, InterruptedException {
    return ExternalProgram.run(command, 120);
  }
}
