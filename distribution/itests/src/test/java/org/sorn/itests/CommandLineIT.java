package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/** The command line that ./sorn runs, reached as the launcher reaches it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CommandLineIT {

  @Inject
  @Filter("(sorn.cli=true)")
  private ToIntFunction<String[]> commandLine;

  @Configuration
  public Option[] configuration() {
    return DistributionBundles.options();
  }

  @Test
  public void runWritesTheFinalStateAndReturnsZero() throws Exception {
    Files.createDirectories(DistributionBundles.work());
    Path out = Files.createTempDirectory(DistributionBundles.work(), "run-").resolve("run");
    int code =
        commandLine.applyAsInt(
            new String[] {
              "run", "--ne", "20", "--nu", "4", "--steps", "10", "--seed", "3", "--noise", "off",
              "--out", out.toString()
            });
    assertEquals(0, code);
    assertTrue(out.resolve("final-state.json") + " written", Files.isRegularFile(out.resolve("final-state.json")));
  }

  @Test
  public void negativeStepsIsRefusedWithANonZeroCode() {
    assertNotEquals(0, commandLine.applyAsInt(new String[] {"run", "--steps", "-5"}));
  }
}
