package org.sorn.recording;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes doubles (thresholds, weight matrices row after row), {@link Encoding#FLOAT64}: a whole
 * entry at once with {@link #write}, or element by element with {@link #begin}, {@link #put} and
 * {@link #end}, so that a matrix needs no dense copy.
 */
public final class DoubleSeriesWriter extends SeriesWriter {
  private final long width;
  private long put;

  public DoubleSeriesWriter(Path runDirectory, SeriesLayout layout) throws IOException {
    super(runDirectory, layout, Encoding.FLOAT64);
    width = layout.elements();
  }

  /** Records {@code values[0..n)} as the entry of {@code step}. */
  public void write(long step, double[] values) throws IOException {
    begin(step);
    for (int i = 0; i < width; i++) {
      put(values[i]);
    }
    end();
  }

  /** Starts the entry of {@code step}. */
  public void begin(long step) throws IOException {
    startEntry(step);
    put = 0;
  }

  /** The next element of the entry begun last. */
  public void put(double value) throws IOException {
    room(8).putDouble(value);
    put++;
  }

  /**
   * Ends the entry begun last.
   *
   * @throws IllegalStateException when it does not have the entry's number of elements
   */
  public void end() {
    if (put != width) {
      throw new IllegalStateException(
          "series " + layout().name() + " needs " + width + " numbers per entry, got " + put);
    }
    completeEntry();
  }
}
