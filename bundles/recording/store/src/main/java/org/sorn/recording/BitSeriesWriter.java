package org.sorn.recording;

import java.io.IOException;
import java.nio.file.Path;

/** Writes flags (activities) bit-packed, {@link Encoding#BITS}: {@code ceil(n/8)} bytes a step. */
public final class BitSeriesWriter extends SeriesWriter {
  private final int units;

  public BitSeriesWriter(Path runDirectory, SeriesLayout layout) throws IOException {
    super(runDirectory, layout, Encoding.BITS);
    units = Math.toIntExact(layout.elements());
  }

  /** Records {@code flags[0..n)} as the entry of {@code step}. */
  public void write(long step, boolean[] flags) throws IOException {
    startEntry(step);
    for (int first = 0; first < units; first += 8) {
      int bits = 0;
      int last = Math.min(first + 8, units);
      for (int i = first; i < last; i++) {
        if (flags[i]) {
          bits |= 1 << (i - first);
        }
      }
      room(1).put((byte) bits);
    }
    completeEntry();
  }
}
