package org.sorn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.launcher.testbundles.CommandLineActivator;
import org.sorn.launcher.testbundles.ConsoleActivator;

class LauncherTest {
  private static final String FRAMEWORK = "org.osgi.framework";

  @TempDir Path home;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private int launch(Duration timeout, String... args) {
    return Main.launch(new Distribution(home), timeout, err, args);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void headlessRunReturnsTheExitCodeOfTheCommandLineService() throws IOException {
    new TestWorkbench(home)
        .bundle("test.cli", 2, false, CommandLineActivator.class, FRAMEWORK)
        .bundle("test.console", 3, true, ConsoleActivator.class, FRAMEWORK)
        .feature("default")
        .configuration("felix.fileinstall.dir=${sorn.home}/deploy\n");

    assertEquals(7, launch(Duration.ofSeconds(10), "exit", "7"), err());
    assertEquals(0, launch(Duration.ofSeconds(10), "run", "--steps", "1"), err());
    assertTrue(Files.isDirectory(home.resolve("deploy")), "the watched folder is created");
  }

  @Test
  void featuresOptionChoosesTheFeaturesAndIsNotPassedOn() throws IOException {
    new TestWorkbench(home)
        .feature("default")
        .bundle("test.cli", 2, false, CommandLineActivator.class, FRAMEWORK)
        .feature("cli");

    assertEquals(5, launch(Duration.ofSeconds(10), "--features", "cli", "exit", "5"), err());
    assertEquals(4, launch(Duration.ofSeconds(10), "--features=default,cli", "exit", "4"), err());
  }

  @Test
  void withoutServiceItNamesTheBundlesThatAreNotActiveAndExitsWith3() throws IOException {
    new TestWorkbench(home)
        .bundle("test.unresolvable", 1, false, null, "org.example.missing")
        .feature("default");

    assertEquals(LaunchFailure.NO_COMMAND_LINE, launch(Duration.ofMillis(300), "run"));
    assertTrue(err().contains("test.unresolvable 1.0.0 (INSTALLED"), err());
    assertTrue(err().contains("did not appear within"), err());
    assertTrue(err().startsWith("sorn: framework ERROR: "), "Felix's log goes to stderr: " + err());
  }

  @Test
  void withoutServiceAndEveryBundleActiveItNamesTheFeatures() throws IOException {
    new TestWorkbench(home).bundle("test.plain", 1, false, null, null).feature("default");

    assertEquals(LaunchFailure.NO_COMMAND_LINE, launch(Duration.ofMillis(300), "run"));
    assertTrue(err().endsWith("every bundle of the features default is active but none provides it\n"), err());
  }

  @Test
  void interactiveStartsTheConsoleAndEndsWhenTheFrameworkStops() throws IOException {
    new TestWorkbench(home)
        .bundle("test.console", 9, true, ConsoleActivator.class, FRAMEWORK)
        .feature("default");

    assertEquals(0, launch(Duration.ofSeconds(1)), err());
  }

  @Test
  void consoleBundleIsNotStartedHeadless() throws IOException {
    // the test console stops the framework at once: were it started, the command would never run
    new TestWorkbench(home)
        .bundle("test.cli", 2, false, CommandLineActivator.class, FRAMEWORK)
        .bundle("test.console", 1, true, ConsoleActivator.class, FRAMEWORK)
        .feature("default");

    assertEquals(9, launch(Duration.ofSeconds(10), "exit", "9"), err());
  }

  @Test
  void interactiveWithoutConsoleIsAUsageError() throws IOException {
    new TestWorkbench(home).bundle("test.cli", 2, false, CommandLineActivator.class, FRAMEWORK).feature("core");

    assertEquals(Main.USAGE, launch(Duration.ofSeconds(1), "--features", "core"));
    assertTrue(err().startsWith("sorn: the features core have no console"), err());
  }

  @Test
  void unknownFeatureIsOneLineNamingTheFeaturesThereAre() throws IOException {
    new TestWorkbench(home).feature("default").feature("core");

    assertEquals(1, launch(Duration.ofSeconds(1), "--features", "nope", "run"));
    assertEquals("sorn: unknown feature 'nope': expected one of core, default", err().strip());
  }

  @Test
  void clientsOfAServerBootNothing() throws IOException {
    // no feature at all: booting would fail with "unknown feature 'default'"
    new TestWorkbench(home);
    Path socket = home.resolve("none.sock");
    assertEquals(3, launch(Duration.ofSeconds(1), "ctl", "--socket", socket.toString(), "sorn:status"));
    assertEquals(
        "sorn ctl: no server listening on " + socket + "; start one with ./sorn server\n", err());
  }

  @Test
  void theServerCommandGetsTheDefaultSocketUnderTheWorkbench() throws IOException {
    new TestWorkbench(home)
        .bundle("test.cli", 2, false, CommandLineActivator.class, FRAMEWORK)
        .bundle("test.console", 1, true, ConsoleActivator.class, FRAMEWORK)
        .feature("default");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // the test console would stop the framework at once: a server starts without it
      assertEquals(0, launch(Duration.ofSeconds(10), "server"), err());
    } finally {
      System.setOut(stdout);
    }
    String expected =
        System.getenv("SORN_SOCKET") == null
            ? home.toAbsolutePath().normalize().resolve("run/sorn.sock").toString()
            : Path.of(System.getenv("SORN_SOCKET")).toAbsolutePath().normalize().toString();
    assertEquals("server --socket " + expected + "\n", printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void missingBundleFileIsOneLine() throws IOException {
    new TestWorkbench(home).bundle("test.cli", 2, false, CommandLineActivator.class, FRAMEWORK).feature("default");
    Files.delete(home.resolve("bundles/test.cli-1.0.0.jar"));

    assertEquals(1, launch(Duration.ofSeconds(1), "run"));
    assertTrue(err().startsWith("sorn: bundle test:test.cli:1.0.0 named by the features is missing"), err());
    assertEquals(1, err().strip().lines().count(), err());
  }
}
