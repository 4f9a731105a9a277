package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.sorn.api.command.Command;

/**
 * {@code sorn:report DIR} typed in a Gogo session of the workbench, as in the console or through
 * {@code ./sorn attach}: the plots bundle's command writes the report, errors are one line.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleReportIT {
  /** The session variable in which the sorn: commands of other bundles leave their exit code. */
  private static final String EXIT_CODE = "sorn.exitcode";

  @Inject
  @Filter("(sorn.cli=true)")
  private ToIntFunction<String[]> commandLine;

  @Inject private CommandProcessor processor;

  // the report's bundle is up before the console is asked for it
  @Inject
  @Filter("(component.name=org.sorn.plots.ReportCommand)")
  private Command report;

  @Inject private BundleContext context;

  @Configuration
  public Option[] configuration() {
    return DistributionBundles.options();
  }

  @Test
  public void sornReportWritesTheReportOfARunAndRefusesAFolderThatIsNoRun() throws Exception {
    Files.createDirectories(DistributionBundles.work());
    Path run = Files.createTempDirectory(DistributionBundles.work(), "console-report-").resolve("run");
    int code =
        commandLine.applyAsInt(
            new String[] {
              "run", "--ne", "100", "--steps", "1000", "--seed", "2", "--record",
              ReportRenderIT.RECORDINGS, "--out", run.toString()
            });
    assertEquals(0, code);
    awaitConsoleFunction("report");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandSession session =
        processor.createSession(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      session.execute("sorn:report " + run);

      assertEquals("", err.toString(StandardCharsets.UTF_8));
      assertEquals("wrote " + run.resolve("report.html") + "\n", out.toString(StandardCharsets.UTF_8));
      assertEquals(0, session.get(EXIT_CODE));
      String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
      assertTrue("the report shows the plots", html.contains("<img"));

      out.reset();
      Path empty = Files.createDirectories(run.resolveSibling("empty"));
      session.execute("sorn:report " + empty);

      String error = err.toString(StandardCharsets.UTF_8);
      assertTrue(error, error.startsWith("report: ") && error.indexOf('\n') == error.length() - 1);
      assertEquals("", out.toString(StandardCharsets.UTF_8));
      assertEquals(2, session.get(EXIT_CODE));
    } finally {
      session.close();
    }
  }

  /** Gogo adds a command when its service registers, which may come after the test starts. */
  private void awaitConsoleFunction(String function) throws Exception {
    String filter = "(&(osgi.command.scope=sorn)(osgi.command.function=" + function + "))";
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (context.getServiceReferences((String) null, filter) == null) {
      assertTrue("no console command sorn:" + function, System.nanoTime() < deadline);
      Thread.sleep(20);
    }
  }
}
