package org.sorn.recording;

import java.io.IOException;
import java.nio.file.Path;

/** Writes integers (counts), {@link Encoding#INT64}. */
public final class LongSeriesWriter extends SeriesWriter {
  private final int width;

  public LongSeriesWriter(Path runDirectory, SeriesLayout layout) throws IOException {
    super(runDirectory, layout, Encoding.INT64);
    width = Math.toIntExact(layout.elements());
  }

  /** Records {@code value} as the entry of {@code step}, for a series of single numbers. */
  public void write(long step, long value) throws IOException {
    if (width != 1) {
      throw new IllegalStateException(
          "series " + layout().name() + " has " + width + " numbers per entry, not 1");
    }
    startEntry(step);
    room(8).putLong(value);
    completeEntry();
  }

  /** Records {@code first, second} as the entry of {@code step}, for a series of pairs. */
  public void write(long step, long first, long second) throws IOException {
    if (width != 2) {
      throw new IllegalStateException(
          "series " + layout().name() + " has " + width + " numbers per entry, not 2");
    }
    startEntry(step);
    room(8).putLong(first);
    room(8).putLong(second);
    completeEntry();
  }

  /** Records {@code values[0..n)} as the entry of {@code step}. */
  public void write(long step, long[] values) throws IOException {
    startEntry(step);
    for (int i = 0; i < width; i++) {
      room(8).putLong(values[i]);
    }
    completeEntry();
  }
}
