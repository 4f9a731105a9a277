package org.sorn.exporter.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.engine.SornState;
import org.sorn.recorders.EEConnectionCounts;
import org.sorn.recorders.EIConnectionCounts;
import org.sorn.recorders.ExcitatoryActivation;
import org.sorn.recorders.IEConnectionCounts;
import org.sorn.recorders.InhibitoryActivation;
import org.sorn.recorders.NetworkActivity;
import org.sorn.recorders.RecordedRun;
import org.sorn.recorders.SpikeEvents;
import org.sorn.recorders.Wee;

/**
 * Recording and export keep to a bounded heap: 200,000 steps at ne = 200, E and I activity, the
 * three connection counts, network activity and spike events every step, W^EE every 10,000 steps,
 * recorded and exported as recordings.npz (over 100 MB of arrays) in a JVM of 64 MB of heap (the
 * surefire execution bounded-memory).
 */
class BoundedMemoryTest {
  private static final int STEPS = 200_000;
  private static final int NE = 200;

  @TempDir Path dir;

  @Test
  void recordsAndExportsALongRunInASmallHeap() throws IOException {
    long heap = Runtime.getRuntime().maxMemory();
    assertTrue(
        heap <= 72L << 20,
        "this test must run with -Xmx64m (surefire execution bounded-memory), the heap is "
            + (heap >> 20) + " MB");
    SplittableRandom random = new SplittableRandom(42);
    SornState state = RecordedRun.randomState(random, NE);
    RecordedRun run =
        new RecordedRun(
            dir,
            state,
            List.of(
                new ExcitatoryActivation(),
                new InhibitoryActivation(),
                new EEConnectionCounts(),
                new EIConnectionCounts(),
                new IEConnectionCounts(),
                new NetworkActivity(),
                new SpikeEvents(),
                new Wee()),
            Map.of("record.WEE.every", 10_000.0),
            STEPS);
    boolean[] x = new boolean[NE];
    boolean[] y = new boolean[state.ni()];
    boolean[] recurrent = new boolean[NE];
    long spikes = 0;
    for (int t = 0; t < STEPS; t++) {
      spikes += fill(random, x, 10);
      fill(random, y, 5);
      run.step(x, y, recurrent, s -> {});
    }
    run.close();
    assertTrue(Files.size(dir.resolve("data/ExcitatoryActivation.bits")) == 25L * STEPS);

    new NpzExporter().exportRecordings(dir);

    Path npz = dir.resolve("recordings.npz");
    assertTrue(Files.size(npz) > 100_000_000L, "the arrays outweigh the heap: " + Files.size(npz));
    try (ZipFile zip = new ZipFile(npz.toFile())) {
      assertArrayEquals(new long[] {STEPS, NE}, shape(zip, "ExcitatoryActivation"));
      assertArrayEquals(new long[] {STEPS, state.ni()}, shape(zip, "InhibitoryActivation"));
      assertArrayEquals(new long[] {STEPS}, shape(zip, "IEConnectionCounts"));
      assertArrayEquals(new long[] {STEPS, 2}, shape(zip, "NetworkActivity"));
      assertArrayEquals(new long[] {spikes, 2}, shape(zip, "SpikeEvents"));
      assertArrayEquals(new long[] {20, NE, NE}, shape(zip, "WEE"));
      assertArrayEquals(new long[] {20}, shape(zip, "WEE_steps"));
      assertEquals(
          (long) STEPS * NE + header(zip, "ExcitatoryActivation").length,
          zip.getEntry("ExcitatoryActivation.npy").getSize());
    }
  }

  /** Sets each flag with probability 1/oneIn; returns how many are set. */
  private static int fill(SplittableRandom random, boolean[] flags, int oneIn) {
    int n = 0;
    for (int i = 0; i < flags.length; i++) {
      flags[i] = random.nextInt(oneIn) == 0;
      n += flags[i] ? 1 : 0;
    }
    return n;
  }

  private static long[] shape(ZipFile zip, String name) throws IOException {
    byte[] header = header(zip, name);
    return NpyFile.parse(header).shape();
  }

  /** The .npy header of an entry, read without reading its data. */
  private static byte[] header(ZipFile zip, String name) throws IOException {
    ZipEntry e = zip.getEntry(name + ".npy");
    try (InputStream in = zip.getInputStream(e)) {
      byte[] prefix = in.readNBytes(10);
      int length = (prefix[8] & 0xff) | (prefix[9] & 0xff) << 8;
      byte[] header = new byte[10 + length];
      System.arraycopy(prefix, 0, header, 0, 10);
      in.readNBytes(header, 10, length);
      return header;
    }
  }
}
