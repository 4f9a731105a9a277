package org.sorn.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;

/** One line per entry, the services' coming and going and debug entries left out. */
class WorkbenchLogTest {

  static LogEntry entry(LogLevel level, String message) {
    Bundle engine =
        (Bundle)
            Proxy.newProxyInstance(
                Bundle.class.getClassLoader(),
                new Class<?>[] {Bundle.class},
                (p, m, a) -> m.getName().equals("getSymbolicName") ? "org.sorn.engine" : null);
    return (LogEntry)
        Proxy.newProxyInstance(
            LogEntry.class.getClassLoader(),
            new Class<?>[] {LogEntry.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "getLogLevel" -> level;
                  case "getMessage" -> message;
                  case "getBundle" -> engine;
                  case "getTime" -> 0L;
                  default -> null;
                });
  }

  @Test
  void anEntryIsOneLineWithTimeLevelBundleAndMessage() {
    assertEquals(
        "1970-01-01T00:00:00Z INFO  [" + ProcessHandle.current().pid()
            + "] org.sorn.engine  run-1 started at step 0 of 10 and more",
        WorkbenchLog.line(entry(LogLevel.INFO, "run-1 started at step 0 of 10\nand more")));
  }

  @Test
  void bundlesAndRunsAreKeptServicesAndDebugAreNot() {
    assertTrue(WorkbenchLog.kept(entry(LogLevel.INFO, "BundleEvent STARTED")));
    assertTrue(WorkbenchLog.kept(entry(LogLevel.INFO, "run-1 completed after 10 steps")));
    assertTrue(WorkbenchLog.kept(entry(LogLevel.ERROR, "run-2 failed after 3 steps: boom")));
    assertFalse(WorkbenchLog.kept(entry(LogLevel.INFO, "ServiceEvent REGISTERED")));
    assertFalse(WorkbenchLog.kept(entry(LogLevel.DEBUG, "ServiceEvent MODIFIED")));
    assertFalse(WorkbenchLog.kept(entry(LogLevel.TRACE, "anything")));
  }
}
