package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Wrong options and files given to the real launcher: each ends the process with the usage exit
 * code and exactly one line on stderr that names what is wrong, and no stack trace anywhere.
 */
@RunWith(Parameterized.class)
public class BadInputIT {
  /** The exit code of wrong options or files (sorn run --help). */
  private static final int USAGE = 2;

  /** A wrong command line and the words its error line must contain (the option, the file). */
  record BadInput(String name, List<String> arguments, List<String> named) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Path folder;
  private static List<BadInput> prepared;
  private static final Map<String, WorkbenchProcess.Outcome> OUTCOMES = new HashMap<>();

  @Parameter public BadInput input;

  @Parameters(name = "{0}")
  public static List<BadInput> cases() throws IOException {
    folder = WorkbenchProcess.workFolder("bad-input-");
    Files.writeString(folder.resolve("malformed-state.json"), "{\"Wee\": [[0.1, 0.2");
    Files.writeString(folder.resolve("ne25-state.json"), stateJson(25));
    Files.writeString(folder.resolve("non-numeric.csv"), "0.1,0.2,0.3\n0.4,abc,0.6\n");
    Files.writeString(folder.resolve("two-rows.json"), "[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]");
    Files.write(folder.resolve("truncated.npy"), truncatedNpy());
    Files.writeString(folder.resolve("inputs.txt"), "0.1 0.2 0.3\n");
    Files.writeString(folder.resolve("regular-file"), "not a folder\n");
    Path unreadable = folder.resolve("unreadable.csv");
    Files.writeString(unreadable, "0.1,0.2\n0.3,0.4\n");
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    // root reads a file whatever its mode: then a folder of that name is what no one can read
    if (Files.isReadable(unreadable)) {
      Files.delete(unreadable);
      Files.createDirectory(unreadable);
    }

    List<BadInput> cases = new ArrayList<>();
    cases.add(bad("--ne -5", List.of("--ne"), "--steps", "5", "--ne", "-5"));
    cases.add(bad("--ne 0", List.of("--ne"), "--steps", "5", "--ne", "0"));
    cases.add(bad("--steps 0", List.of("--steps"), "--steps", "0"));
    cases.add(bad("--steps -5", List.of("--steps"), "--steps", "-5"));
    cases.add(bad("--steps abc", List.of("--steps", "abc"), "--steps", "abc"));
    cases.add(bad("--lambda-ee 300 with ne 200", List.of("--lambda-ee"), "--steps", "5", "--lambda-ee", "300"));
    cases.add(bad("--eta-stdp NaN", List.of("--eta-stdp"), "--steps", "5", "--eta-stdp", "NaN"));
    cases.add(bad("--eta-stdp Infinity", List.of("--eta-stdp"), "--steps", "5", "--eta-stdp", "Infinity"));
    cases.add(bad("--eta-stdp 1e999", List.of("--eta-stdp"), "--steps", "5", "--eta-stdp", "1e999"));
    cases.add(bad("--noise maybe", List.of("--noise"), "--steps", "5", "--noise", "maybe"));
    cases.add(bad("--phase foo", List.of("--phase"), "--steps", "5", "--phase", "foo"));
    cases.add(bad("--freeze stdp,xyz", List.of("--freeze", "xyz"), "--steps", "5", "--freeze", "stdp,xyz"));
    cases.add(bad("--bogus-option 1", List.of("--bogus-option"), "--steps", "5", "--bogus-option", "1"));
    cases.add(bad("--steps without a value", List.of("--steps"), "--ne", "20", "--steps"));
    cases.add(
        bad("--state missing file", List.of("--state", "missing.json"), "--steps", "5", "--state", "missing.json"));
    cases.add(
        bad("--state malformed JSON", List.of("--state", "malformed-state.json"),
            "--steps", "5", "--state", "malformed-state.json"));
    cases.add(
        bad("--state Wee of the wrong shape for --ne 20", List.of("--state", "ne25-state.json", "Wee"),
            "--ne", "20", "--steps", "5", "--state", "ne25-state.json"));
    cases.add(
        bad("--input csv with a non-numeric cell", List.of("--input", "non-numeric.csv"),
            "--input", "non-numeric.csv"));
    cases.add(
        bad("--input json rows differ from --nu", List.of("--input", "two-rows.json"),
            "--nu", "4", "--input", "two-rows.json"));
    cases.add(bad("--input truncated npy", List.of("--input", "truncated.npy"), "--input", "truncated.npy"));
    cases.add(bad("--input unknown extension", List.of("--input", "inputs.txt"), "--input", "inputs.txt"));
    cases.add(
        new BadInput(
            "--out under a regular file",
            List.of("run", "--ne", "20", "--steps", "2", "--out", "regular-file/run"),
            List.of("--out", "regular-file")));
    cases.add(bad("--input unreadable file", List.of("--input", "unreadable.csv"), "--input", "unreadable.csv"));
    prepared = List.copyOf(cases);
    return prepared;
  }

  /** Runs every case that means something here side by side, once, before the assertions. */
  @BeforeClass
  public static void runEveryCase() throws Exception {
    List<BadInput> runnable = new ArrayList<>(prepared);
    List<WorkbenchProcess.Outcome> outcomes =
        WorkbenchProcess.runAll(folder, runnable.stream().map(BadInput::arguments).toList());
    for (int i = 0; i < runnable.size(); i++) {
      OUTCOMES.put(runnable.get(i).name(), outcomes.get(i));
    }
  }

  @Test
  public void endsWithTheUsageCodeAndOneLineNamingTheFault() {
    WorkbenchProcess.Outcome outcome = OUTCOMES.get(input.name());
    String run = outcome.describe();

    assertEquals(run, USAGE, outcome.exitCode());
    List<String> lines = outcome.stderrLines();
    assertEquals("one line on stderr\n" + run, 1, lines.size());
    String line = lines.get(0);
    assertTrue("starts with sorn\n" + run, line.startsWith("sorn"));
    for (String word : input.named()) {
      assertTrue("names " + word + "\n" + run, line.contains(word));
    }
    assertNoStackTrace("stderr", outcome.stderr(), run);
    assertNoStackTrace("stdout", outcome.stdout(), run);
  }

  private static void assertNoStackTrace(String stream, String text, String run) {
    assertFalse("no exception on " + stream + "\n" + run, text.contains("Exception"));
    assertFalse("no stack trace on " + stream + "\n" + run, text.contains("\tat "));
  }


  /** {@code sorn run --out <its own folder> arguments}, run in the folder of the test files. */
  private static BadInput bad(String name, List<String> named, String... arguments) {
    Path out = folder.resolve("out" + name.replaceAll("[^A-Za-z0-9]+", "-"));
    List<String> line = new ArrayList<>(List.of("run", "--out", out.toString()));
    Collections.addAll(line, arguments);
    return new BadInput(name, List.copyOf(line), named);
  }

  /** A consistent state of a network with {@code ne} excitatory units, all zeros. */
  private static String stateJson(int ne) {
    int ni = (int) (0.2 * ne);
    return "{\"Wee\": " + zeros(ne, ne)
        + ", \"Wei\": " + zeros(ni, ne)
        + ", \"Wie\": " + zeros(ne, ni)
        + ", \"Te\": " + zeros(ne)
        + ", \"Ti\": " + zeros(ni)
        + ", \"X\": " + zeros(ne, 2)
        + ", \"Y\": " + zeros(ni, 2) + "}";
  }

  private static String zeros(int length) {
    return "[" + String.join(", ", Collections.nCopies(length, "0.0")) + "]";
  }

  private static String zeros(int rows, int columns) {
    return "[" + String.join(", ", Collections.nCopies(rows, zeros(columns))) + "]";
  }

  /** A .npy header for a 4 x 10 float64 matrix followed by only 100 of its 320 data bytes. */
  private static byte[] truncatedNpy() {
    String dictionary = "{'descr': '<f8', 'fortran_order': False, 'shape': (4, 10), }";
    // the header is padded with spaces so that magic, version, length and header fill 64-byte blocks
    int headerLength = (10 + dictionary.length() + 1 + 63) / 64 * 64 - 10;
    String header = dictionary + " ".repeat(headerLength - dictionary.length() - 1) + "\n";
    ByteBuffer bytes = ByteBuffer.allocate(10 + headerLength + 100).order(ByteOrder.LITTLE_ENDIAN);
    bytes.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
    bytes.putShort((short) headerLength);
    bytes.put(header.getBytes(StandardCharsets.US_ASCII));
    return bytes.array();
  }
}
