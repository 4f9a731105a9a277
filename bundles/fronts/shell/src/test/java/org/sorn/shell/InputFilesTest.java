package org.sorn.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputFilesTest {
  @TempDir Path dir;

  Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  String error(Path file) {
    return assertThrows(UsageError.class, () -> InputFiles.read(file)).getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"input.csv", "input.json", "input_f8.npy", "input_f8_fortran.npy"})
  void everyFormatGivesTheSameMatrix(String name) throws IOException {
    Path file = Files.write(dir.resolve(name), NpyReaderTest.resource(name));
    NumericArray m = InputFiles.read(file);
    assertArrayEquals(new int[] {3, 5}, m.shape());
    assertArrayEquals(NpyReaderTest.fixture(0.5), m.values());
  }

  @Test
  void csvIgnoresBlankLinesSpacesAndAByteOrderMark() throws IOException {
    Path file = write("m.csv", "\uFEFF 1, 2 ,3\n\n  \r\n4,5e-1,-6\r\n\n");
    NumericArray m = InputFiles.read(file);
    assertArrayEquals(new int[] {2, 3}, m.shape());
    assertArrayEquals(new double[] {1, 2, 3, 4, 0.5, -6}, m.values());
  }

  @Test
  void theColumnsFeedTheSteps() throws IOException {
    FileInput input = new FileInput(InputFiles.read(write("m.csv", "1,2,3\n4,5,6\n")));
    assertEquals(3, input.length());
    double[] u = new double[2];
    input.fill(2, u);
    assertArrayEquals(new double[] {3, 6}, u);
    input.fill(0, u);
    assertArrayEquals(new double[] {1, 4}, u);
  }

  /** A file's content, and the problem it must be reported with after "--input FILE: ". */
  static Stream<Arguments> badContents() {
    return Stream.of(
        Arguments.of("r.csv", "1,2,3\n\n4,5\n", "ragged rows: line 3 has 2 values, line 1 has 3"),
        Arguments.of(
            "t.csv", "1,2,3\n4,x,6\n", "line 2, value 2: expected a finite number, got 'x'"),
        Arguments.of("h.csv", "a,b\n1,2\n", "line 1, value 1: expected a finite number, got 'a'"),
        Arguments.of("c.csv", "1,,2\n", "line 1, value 2: expected a finite number, got ''"),
        Arguments.of("n.csv", "1,NaN\n", "line 1, value 2: expected a finite number, got 'NaN'"),
        Arguments.of(
            "i.csv", "1,1e999\n", "line 1, value 2: expected a finite number, got '1e999'"),
        Arguments.of(
            "e.csv", "\n\n", "expected a matrix of nu rows and T columns, got shape (0, 0)"),
        Arguments.of("r.json", "[[1,2,3],[4,5]]", "ragged rows: row 1 has 2 values, row 0 has 3"),
        Arguments.of("t.json", "[[1,2],[3,\"x\"]]", "element [1][1]: expected a number, got \"x\""),
        Arguments.of("d.json", "[[1,[2]]]", "element [0][1]: expected a number, got a list"),
        Arguments.of("b.json", "[[true]]", "element [0][0]: expected a number, got true"),
        Arguments.of(
            "f.json", "[1,2,3]", "expected a matrix of nu rows and T columns, got shape (3,)"),
        Arguments.of(
            "m.json", "[[1,2],3]", "element [1]: expected a row (a list of numbers), got 3"),
        Arguments.of(
            "o.json", "{\"a\": 1}", "expected a list of numbers or of rows, got an object"),
        Arguments.of("n.json", "[[1, NaN]]", "element [0][1] is NaN; expected finite numbers"),
        Arguments.of("h.json", "[[1e999]]", "element [0][0] is Infinity; expected finite numbers"),
        Arguments.of("x.json", "[[1]] [2]", "unexpected content after the matrix: a list"),
        Arguments.of("e.json", "[]", "expected a matrix of nu rows and T columns, got shape (0,)"),
        Arguments.of(
            "c.json", "[[],[]]", "expected a matrix of nu rows and T columns, got shape (2, 0)"),
        Arguments.of("m.txt", "1,2\n", "unknown file type; expected a .json, .csv or .npy file"));
  }

  @ParameterizedTest
  @MethodSource("badContents")
  void badContentIsReportedByPlace(String name, String content, String problem) throws IOException {
    Path file = write(name, content);
    assertEquals("--input " + file + ": " + problem, error(file));
  }

  @Test
  void textThatIsNotUtf8IsReported() throws IOException {
    Path latin = Files.write(dir.resolve("l.csv"), new byte[] {'1', ',', (byte) 0xff, '\n'});
    assertEquals("--input " + latin + ": not UTF-8 text", error(latin));
  }

  @Test
  void malformedJsonIsReportedWithItsPlace() throws IOException {
    Path broken = write("b.json", "[[1,2],\n [3,4]");
    String m = error(broken);
    assertEquals(
        "--input " + broken + ": malformed JSON at line 2, column ",
        m.substring(0, m.indexOf("column ") + 7));
    Path garbage = write("g.json", "[[1, 2x]]");
    String g = error(garbage);
    assertEquals(
        "--input " + garbage + ": malformed JSON at line 1, column ",
        g.substring(0, g.indexOf("column ") + 7));
  }

  @Test
  void fileProblemsAreNamed() throws IOException {
    Path missing = dir.resolve("missing.csv");
    assertEquals("--input " + missing + ": no such file", error(missing));
    Path folder = Files.createDirectory(dir.resolve("folder.csv"));
    assertEquals(
        "--input " + folder + ": is a directory, expected a .json, .csv or .npy file",
        error(folder));
    byte[] npy = NpyBytes.f8(2, 2, 1, 2, 3, 4);
    Path truncated = Files.write(dir.resolve("t.npy"), Arrays.copyOf(npy, npy.length - 4));
    assertEquals(
        "--input "
            + truncated
            + ": truncated .npy data: shape (2, 2) of <f8 needs 32 bytes, the file has 28",
        error(truncated));
  }
}
