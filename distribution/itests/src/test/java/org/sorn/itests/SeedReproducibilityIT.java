package org.sorn.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/**
 * A seed decides a noisy run completely, across separate launcher processes: the same seed gives
 * the same final-state.json bytes, and a run without one records the seed it chose, which then
 * reproduces it.
 */
public class SeedReproducibilityIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED = "1234567";

  @Test
  public void theSameSeedGivesTheSameFinalStateAndAChosenSeedIsRecordedAndReproduces() throws Exception {
    Path folder = WorkbenchProcess.workFolder("seed-");
    Path first = folder.resolve("seeded-1");
    Path second = folder.resolve("seeded-2");
    Path unseeded = folder.resolve("unseeded");
    List<WorkbenchProcess.Outcome> outcomes =
        WorkbenchProcess.runAll(
            folder, List.of(noisyRun(first, SEED), noisyRun(second, SEED), noisyRun(unseeded, null)));
    outcomes.forEach(SeedReproducibilityIT::assertSucceeded);

    byte[] firstState = finalState(first);
    assertArrayEquals("same --seed, same final-state.json bytes", firstState, finalState(second));

    JsonNode record = JSON.readTree(unseeded.resolve("run.json").toFile());
    assertTrue("run.json says the seed was chosen: " + record, record.path("seed_chosen").asBoolean(false));
    assertTrue("run.json records the chosen seed as an integer: " + record, record.path("seed").isIntegralNumber());
    String chosen = record.get("seed").asText();
    if (!chosen.equals(SEED)) {
      assertFalse("another seed, another run", Arrays.equals(firstState, finalState(unseeded)));
    }

    Path again = folder.resolve("reseeded");
    assertSucceeded(WorkbenchProcess.run(folder, noisyRun(again, chosen)));
    assertArrayEquals(
        "the recorded seed " + chosen + " reproduces final-state.json", finalState(unseeded), finalState(again));
    JsonNode rerun = JSON.readTree(again.resolve("run.json").toFile());
    assertFalse("the re-run records the seed as given: " + rerun, rerun.path("seed_chosen").asBoolean(true));
    assertEquals(chosen, rerun.path("seed").asText());
  }

  /** A fresh network with noise and random input, seeded when {@code seed} is not null. */
  private static List<String> noisyRun(Path out, String seed) {
    List<String> arguments =
        new ArrayList<>(List.of("run", "--ne", "50", "--steps", "200", "--noise", "on", "--out", out.toString()));
    if (seed != null) {
      arguments.addAll(List.of("--seed", seed));
    }
    return arguments;
  }

  private static void assertSucceeded(WorkbenchProcess.Outcome outcome) {
    assertEquals(outcome.describe(), 0, outcome.exitCode());
  }

  private static byte[] finalState(Path out) throws Exception {
    Path file = out.resolve("final-state.json");
    assertTrue(file + " written", Files.isRegularFile(file));
    return Files.readAllBytes(file);
  }
}
