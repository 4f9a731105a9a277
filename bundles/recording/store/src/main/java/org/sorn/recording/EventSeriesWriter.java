package org.sorn.recording;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes lists of variable length (the units that spiked in a step), {@link
 * Encoding#COUNTED_INT32}: per step the count, then the values.
 */
public final class EventSeriesWriter extends SeriesWriter {
  private final long longest;

  public EventSeriesWriter(Path runDirectory, SeriesLayout layout) throws IOException {
    super(runDirectory, layout, Encoding.COUNTED_INT32);
    longest = layout.elements();
  }

  /** Records {@code values[0..count)} as the entry of {@code step}. */
  public void write(long step, int[] values, int count) throws IOException {
    if (count < 0 || count > longest) {
      throw new IllegalArgumentException(
          "series " + layout().name() + " holds 0 to " + longest + " values per entry, got "
              + count);
    }
    startEntry(step);
    room(4).putInt(count);
    for (int i = 0; i < count; i++) {
      room(4).putInt(values[i]);
    }
    completeEntry();
  }
}
