package org.sorn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.launcher.testbundles.CommandLineActivator;
import org.sorn.launcher.testbundles.ConsoleActivator;

/** The workbench booted inside another program: the chosen features, services handed out. */
class EmbeddedWorkbenchTest {
  private static final String FRAMEWORK = "org.osgi.framework";

  @TempDir Path home;

  private void workbench() throws IOException {
    new TestWorkbench(home)
        .bundle("test.cli", 2, false, CommandLineActivator.class, FRAMEWORK)
        .bundle("test.console", 3, true, ConsoleActivator.class, FRAMEWORK)
        .feature("default")
        .feature("empty")
        .configuration("felix.fileinstall.dir=${sorn.home}/deploy\n");
  }

  @Test
  @SuppressWarnings("unchecked")
  void bootsTheFeaturesAndHandsOutTheirServices() throws Exception {
    workbench();
    try (EmbeddedWorkbench embedded = EmbeddedWorkbench.boot(home.toString(), "")) {
      Object service = embedded.service(ToIntFunction.class.getName(), 10_000);
      assertEquals(9, ((ToIntFunction<String[]>) service).applyAsInt(new String[] {"exit", "9"}));
      assertTrue(Files.isDirectory(home.resolve("deploy")), "the watched folder is created");
    }
  }

  @Test
  void aServiceOfNoFeatureBootedIsAOneLineError() throws Exception {
    workbench();
    try (EmbeddedWorkbench embedded = EmbeddedWorkbench.boot(home.toString(), "empty")) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class,
              () -> embedded.service(ToIntFunction.class.getName(), 200));
      assertEquals("the service java.util.function.ToIntFunction did not appear within 0.2 s",
          e.getMessage());
    }
  }

  @Test
  void twoWorkbenchesOneAfterTheOtherInOneProcess() throws Exception {
    workbench();
    for (int i = 0; i < 2; i++) {
      EmbeddedWorkbench embedded = EmbeddedWorkbench.boot(home.toString(), "default");
      embedded.service(ToIntFunction.class.getName(), 10_000);
      embedded.close();
      embedded.close(); // safe twice
    }
  }

  @Test
  void anUnknownFeatureOrFolderIsAOneLineError() throws Exception {
    workbench();
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class,
            () -> EmbeddedWorkbench.boot(home.toString(), "default,nope"));
    assertEquals("unknown feature 'nope': expected one of default, empty", unknown.getMessage());
    Path nothing = home.resolve("nothing");
    IllegalArgumentException notBuilt =
        assertThrows(IllegalArgumentException.class,
            () -> EmbeddedWorkbench.boot(nothing.toString(), "default"));
    assertEquals(nothing + " is not a built workbench: it has no features/ folder",
        notBuilt.getMessage());
  }
}
