package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.sorn.api.InputSource;
import org.sorn.api.command.Command;

/**
 * The inputs, tasks, readout and experiments bundles in the workbench's framework: the input
 * sources are there by name, and the experiment command runs the counting protocol (EJML inside
 * its library bundle, the lab set-up's variants) on a tiny network and writes its table.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CountingExperimentIT {
  @Inject private BundleContext context;

  @Configuration
  public Option[] configuration() {
    return DistributionBundles.options();
  }

  @Test
  public void everyInputSourceIsPublishedByName() throws Exception {
    Set<String> expected =
        Set.of("uniform", "strong", "multi-one-hot", "gaussian", "symbols", "counting", "random-sequence");
    Set<String> names = new TreeSet<>();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!names.containsAll(expected) && System.nanoTime() < deadline) {
      names.clear();
      for (ServiceReference<InputSource> ref : context.getServiceReferences(InputSource.class, null)) {
        names.add(context.getService(ref).name());
      }
      Thread.sleep(50);
    }
    assertTrue("input sources " + names, names.containsAll(expected));
  }

  @Test
  public void theExperimentCommandRunsTheCountingProtocolAndWritesResults() throws Exception {
    Command experiment = awaitCommand("experiment");
    Path out = DistributionBundles.work().resolve("counting-experiment");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        experiment.run(
            List.of("counting", "--n", "3", "--seeds", "1", "--conditions", "sorn,static", "--ne", "50",
                "--units-per-symbol", "5", "--plastic-steps", "400", "--train-steps", "200",
                "--test-steps", "200", "--jobs", "2", "--out", out.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String progress = err.toString(StandardCharsets.UTF_8);
    assertEquals(progress, 0, code);

    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    assertEquals("condition,n,seed,accuracy,end_accuracy,position_accuracy", csv.get(0));
    assertEquals(3, csv.size());
    assertTrue(csv.get(1), csv.get(1).startsWith("sorn,3,1,"));
    assertTrue(csv.get(2), csv.get(2).startsWith("static,3,1,"));
    for (String row : csv.subList(1, 3)) {
      double accuracy = Double.parseDouble(row.split(",")[3]);
      assertTrue("next-symbol accuracy above chance (1/6): " + row, accuracy > 0.5);
    }
    assertEquals(progress, 2, progress.lines().count());
    assertTrue(Files.size(out.resolve("scores.png")) > 0);
    assertTrue(Files.readString(out.resolve("results.md")).contains("| static | 3 | 1 |"));
  }

  private Command awaitCommand(String name) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (ServiceReference<Command> ref : context.getServiceReferences(Command.class, null)) {
        Command c = context.getService(ref);
        if (c.name().equals(name)) {
          return c;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no Command service named " + name);
  }
}
