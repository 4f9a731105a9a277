package org.sorn.exporter.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.engine.SornState;
import org.sorn.recorders.SmallRecording;

class CsvExporterTest {
  @TempDir Path dir;

  private String csv(String name) throws IOException {
    return Files.readString(dir.resolve(name + ".csv"));
  }

  @Test
  void writesOneRowPerRecordedStepWithTheStepFirst() throws IOException {
    SmallRecording.record(dir);

    List<Path> files = new CsvExporter().exportRecordings(dir);

    assertEquals(12, files.size());
    assertEquals(
        "step,0,1,2,3,4\n0,1,1,0,0,0\n1,0,1,1,0,1\n2,0,0,0,0,0\n", csv("ExcitatoryActivation"));
    assertEquals("step,0\n0,0\n1,1\n2,1\n", csv("InhibitoryActivation"));
    assertEquals("step,EEConnectionCounts\n0,8\n1,7\n2,8\n", csv("EEConnectionCounts"));
    assertEquals("step,0,1\n0,2,0\n1,3,1\n2,0,1\n", csv("NetworkActivity"));
    assertEquals("step,0\n0,0.375\n1,0.375\n2,0.375\n", csv("TI"));
    assertTrue(
        csv("TE").startsWith("step,0,1,2,3,4\n0,0.30000000000000004,0.25,0.125,0.75,0.5\n"),
        csv("TE"));
  }

  @Test
  void writesMatricesRowAfterRowUnderRowColumnHeaders() throws IOException {
    SmallRecording.record(dir);
    new CsvExporter().exportRecordings(dir);

    List<String> lines = csv("WEE").lines().toList();
    String header =
        IntStream.range(0, 25)
            .mapToObj(k -> (k / 5) + ":" + (k % 5))
            .collect(Collectors.joining(",", "step,", ""));
    assertEquals(header, lines.get(0));
    assertEquals(3, lines.size(), "W^EE every other step: steps 0 and 2");
    assertEquals(
        "0,0.0,0.0,0.0,0.0,0.5,0.75,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.125,0.0,"
            + "0.0,0.75,1.0,0.0,0.0,0.25,0.0,0.0,0.875,0.0",
        lines.get(1));
    assertTrue(lines.get(2).startsWith("2,"), lines.get(2));
    assertTrue(lines.get(2).contains(",0.001,"), lines.get(2));
  }

  @Test
  void writesOneRowPerSpike() throws IOException {
    SmallRecording.record(dir);
    new CsvExporter().exportRecordings(dir);
    assertEquals("step,unit\n0,0\n0,1\n1,1\n1,2\n1,4\n", csv("SpikeEvents"));
  }

  @Test
  void writesTheStateAsOneCsvPerArray() throws IOException {
    SornState state = SmallRecording.record(dir);

    Path first = new CsvExporter().writeState(state, dir, "final-state");

    assertEquals(dir.resolve("final-state-Wee.csv"), first);
    assertEquals(
        "0.0,0.0,0.0,0.0,0.5\n0.75,0.0,0.0,0.0,0.0\n0.0,0.0,0.0,0.125,0.0\n"
            + "0.0,0.75,1.0,0.0,0.001\n0.25,0.0,0.0,0.875,0.0\n",
        csv("final-state-Wee"));
    assertEquals("1.0,0.0625,0.5,0.0,1.0\n", csv("final-state-Wei"));
    assertEquals("0.5\n0.0\n0.25\n0.125\n0.125\n", csv("final-state-Wie"));
    assertEquals("0.30000000000000004\n0.25\n0.125\n0.75\n1.0\n", csv("final-state-Te"));
    assertEquals("0.375\n", csv("final-state-Ti"));
    assertEquals("0.0,0.0\n1.0,0.0\n1.0,0.0\n0.0,0.0\n1.0,0.0\n", csv("final-state-X"));
    assertEquals("1.0,1.0\n", csv("final-state-Y"));
  }

  @Test
  void refusesAnEmptyBaseName() throws IOException {
    SornState state = SmallRecording.record(dir);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new CsvExporter().writeState(state, dir, " "));
    assertEquals(
        "the exported state's base name must be a non-empty file name, got ' '", e.getMessage());
  }

  @Test
  void exportsNothingFromARunThatRecordedNothing() throws IOException {
    assertEquals(List.of(), new CsvExporter().exportRecordings(dir));
    assertEquals("csv", new CsvExporter().format());
  }
}
