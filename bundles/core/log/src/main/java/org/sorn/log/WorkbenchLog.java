package org.sorn.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * {@code log/workbench.log} in the workbench folder: what the OSGi log receives (bundles started
 * and stopped, runs started, ended and failed with their stack traces, the errors of Declarative
 * Services), one line per entry, a stack trace after it when there is one. The user sees one line
 * per failure on the terminal; the detail is here. Kept below about {@value #MOST_BYTES} bytes by
 * moving a full log to {@code workbench.log.1} at start. Written only in a workbench folder (the
 * framework property {@code sorn.home}). Every workbench started from the folder appends to it,
 * a line at a time.
 */
@Component(immediate = true)
public class WorkbenchLog implements LogListener {
  static final String FOLDER = "log";
  static final String FILE = "workbench.log";
  static final long MOST_BYTES = 10L << 20;

  @Reference LogReaderService reader;

  private Writer out;

  @Activate
  void activate(BundleContext context) {
    String home = context.getProperty("sorn.home");
    if (home == null || home.isBlank()) {
      return; // not a workbench folder (tests): no file
    }
    try {
      out = open(Path.of(home).resolve(FOLDER));
    } catch (IOException | RuntimeException e) {
      System.err.println("sorn: cannot write " + Path.of(home, FOLDER, FILE) + ": " + e.getMessage());
      return;
    }
    // what was logged before this component came (the bundles' start), oldest first
    List<LogEntry> earlier = new ArrayList<>();
    Enumeration<LogEntry> log = reader.getLog();
    while (log.hasMoreElements()) {
      earlier.add(log.nextElement());
    }
    Collections.reverse(earlier);
    earlier.forEach(this::logged);
    reader.addLogListener(this);
  }

  @Deactivate
  synchronized void deactivate() {
    if (out == null) {
      return;
    }
    reader.removeLogListener(this);
    try {
      out.close();
    } catch (IOException e) {
      // the log goes with the workbench
    }
    out = null;
  }

  private static Writer open(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(FILE);
    if (Files.exists(file) && Files.size(file) > MOST_BYTES) {
      Files.move(file, folder.resolve(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
    }
    return Files.newBufferedWriter(
        file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** One entry; debug entries and service events are left out, they would drown the rest. */
  @Override
  public synchronized void logged(LogEntry entry) {
    if (out == null || !kept(entry)) {
      return;
    }
    try {
      out.write(line(entry));
      out.write('\n');
      if (entry.getException() != null) {
        StringWriter trace = new StringWriter();
        entry.getException().printStackTrace(new PrintWriter(trace));
        out.write(trace.toString());
      }
      out.flush(); // line by line: a process that is killed keeps what it logged
    } catch (IOException e) {
      out = null; // a full disk: the workbench goes on without its log
    }
  }

  /** Whether an entry goes into the file: info and worse, but not the services coming and going. */
  static boolean kept(LogEntry entry) {
    LogLevel level = entry.getLogLevel();
    if (level.implies(LogLevel.DEBUG)) {
      return false;
    }
    String message = entry.getMessage();
    return level != LogLevel.INFO || message == null || !message.startsWith("ServiceEvent ");
  }

  /**
   * {@code 2026-11-28T10:15:30.123Z INFO  [4711] org.sorn.engine  run-1 started at step 0 of
   * 1000}: the process's id tells apart the workbenches that share the folder (a sweep's runs).
   */
  static String line(LogEntry entry) {
    String bundle = entry.getBundle() == null ? "-" : entry.getBundle().getSymbolicName();
    return Instant.ofEpochMilli(entry.getTime()) + " " + String.format("%-5s", entry.getLogLevel())
        + " [" + PID + "] " + bundle + "  " + String.valueOf(entry.getMessage()).replace('\n', ' ');
  }

  private static final long PID = ProcessHandle.current().pid();
}
