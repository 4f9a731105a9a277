package org.sorn.exporter.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.engine.SornState;
import org.sorn.recorders.SmallRecording;
import org.sorn.testkit.ExternalProgram.Outcome;
import org.sorn.testkit.ExternalProgram;

/**
 * The HDF5 library's own reader, h5dump (Debian package hdf5-tools), reads what jhdf and the
 * streaming wrote: the structure, the attributes and the data bytes.
 */
class H5dumpTest {
  @TempDir Path dir;

  private SornState state;

  @BeforeEach
  void export() throws Exception {
    ExternalProgram.assumeInstalled(
        run("h5dump", "--version").exit() == 0,
        "h5dump is not installed here (apt-get install hdf5-tools)",
        "the check with the HDF5 library's reader (the jhdf tests run anyway)");
    state = SmallRecording.record(dir);
    Files.writeString(dir.resolve("run.json"), Hdf5ExporterTest.RUN_JSON);
    new Hdf5Exporter().exportRecordings(dir);
    new Hdf5Exporter().writeState(state, dir, "final-state");
  }

  @Test
  void readsTheStructureAndTheAttributes() throws Exception {
    Outcome header = run("h5dump", "-H", dir.resolve("recordings.h5").toString());

    assertEquals(0, header.exit(), header.output());
    String h = header.output();
    assertContains(h, "DATASET \"ExcitatoryActivation\" {\n      DATATYPE  H5T_STD_U8LE\n"
        + "      DATASPACE  SIMPLE { ( 3, 5 ) / ( 3, 5 ) }");
    assertContains(h, "DATASET \"WEE\" {\n      DATATYPE  H5T_IEEE_F64LE\n"
        + "      DATASPACE  SIMPLE { ( 2, 5, 5 ) / ( 2, 5, 5 ) }");
    assertContains(h, "DATASET \"SpikeEvents\" {\n      DATATYPE  H5T_STD_I32LE\n"
        + "      DATASPACE  SIMPLE { ( 5, 2 ) / ( 5, 2 ) }");
    assertContains(h, "DATASET \"EEConnectionCounts\" {\n      DATATYPE  H5T_STD_I64LE\n"
        + "      DATASPACE  SIMPLE { ( 3 ) / ( 3 ) }");
    Outcome seed = run("h5dump", "-a", "/seed", dir.resolve("recordings.h5").toString());
    assertContains(seed.output(), "(0): 42");
    Outcome phase = run("h5dump", "-a", "/phase", dir.resolve("recordings.h5").toString());
    assertContains(phase.output(), "(0): \"plasticity\"");
  }

  @Test
  void readsTheDataBytes() throws Exception {
    byte[] x = dump("recordings.h5", "/ExcitatoryActivation");
    assertArrayEquals(new byte[] {1, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0}, x);
    ByteBuffer spikes = ByteBuffer.wrap(dump("recordings.h5", "/SpikeEvents"));
    int[] pairs = new int[10];
    spikes.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(pairs);
    assertArrayEquals(SmallRecording.SPIKES, pairs);
    ByteBuffer counts = ByteBuffer.wrap(dump("recordings.h5", "/EEConnectionCounts"));
    long[] c = new long[3];
    counts.order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(c);
    assertArrayEquals(SmallRecording.EE_COUNTS, c);
    ByteBuffer te = ByteBuffer.wrap(dump("final-state.h5", "/final_state/Te"));
    double[] thresholds = new double[5];
    te.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(thresholds);
    assertArrayEquals(state.te(), thresholds);
  }

  /** The raw little-endian bytes of a dataset, as h5dump writes them. */
  private byte[] dump(String file, String dataset) throws Exception {
    Path out = dir.resolve(dataset.replace('/', '_') + ".bin");
    String h5 = dir.resolve(file).toString();
    Outcome o = run("h5dump", "-d", dataset, "-b", "LE", "-o", out.toString(), h5);
    assertEquals(0, o.exit(), o.output());
    return Files.readAllBytes(out);
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), "expected\n" + part + "\nin\n" + text);
  }

  private static Outcome run(String... command) throws IOException, InterruptedException {
    return ExternalProgram.run(List.of(command), 60);
  }
}
