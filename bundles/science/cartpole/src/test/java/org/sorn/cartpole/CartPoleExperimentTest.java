package org.sorn.cartpole;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.engine.SornWorkbench;
import org.sorn.testkit.ReferenceWorkbench;

class CartPoleExperimentTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    SornWorkbench workbench = ReferenceWorkbench.create();
    return CartPoleExperiment.run(
        List.of(args), workbench, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static double mean(List<String> rows, int from, int to) {
    return rows.subList(from, to).stream()
        .mapToDouble(row -> Double.parseDouble(row.split(",")[1]))
        .average()
        .orElseThrow();
  }

  @Test
  void theRewardRisesWithTheSornAsEncoder(@TempDir Path dir) throws Exception {
    int episodes = 120;
    int code = run("--episodes", Integer.toString(episodes), "--seed", "3", "--out", dir.toString());

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<String> csv = Files.readAllLines(dir.resolve("rewards.csv"));
    assertEquals("episode,reward,moving_average", csv.get(0));
    List<String> rows = csv.subList(1, csv.size());
    assertEquals(episodes, rows.size());
    double first = mean(rows, 0, 20);
    double last = mean(rows, episodes - 20, episodes);
    assertTrue(last > 2 * first, "mean reward of the last 20 episodes " + last + ", of the first 20 " + first);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("episode 1 reward "), printed.lines().findFirst().orElse(""));
    assertEquals(episodes, printed.lines().filter(l -> l.startsWith("episode ")).count());
    BufferedImage plot = ImageIO.read(dir.resolve("rewards.png").toFile());
    assertEquals(900, plot.getWidth());
  }

  @Test
  void theSameSeedGivesTheSameRewards() throws Exception {
    CartPoleOptions o = CartPoleOptions.parse(List.of("--episodes", "30", "--seed", "4"));
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    assertArrayEquals(
        CartPoleExperiment.train(o, ReferenceWorkbench.create(), quiet),
        CartPoleExperiment.train(o, ReferenceWorkbench.create(), quiet));
  }

  @Test
  void theControlsNeedNoSorn() {
    assertEquals(0, run("--episodes", "5", "--encoder", "raw", "--version", "v0", "--ne", "5"));
    assertEquals(0, run("--episodes", "5", "--encoder", "pools"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("the input pools"));
  }

  @Test
  void aBadOptionIsOneLineAndExitCode2() {
    assertEquals(2, run("--episodes", "many"));
    assertEquals(
        "cartpole: --episodes must be an integer >= 1, got 'many'\n",
        err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpPrintsTheUsage() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: experiment cartpole"));
  }
}
