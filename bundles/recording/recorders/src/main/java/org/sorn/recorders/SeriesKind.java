package org.sorn.recorders;

import java.io.IOException;
import java.nio.file.Path;
import org.sorn.recording.BitSeriesWriter;
import org.sorn.recording.DoubleSeriesWriter;
import org.sorn.recording.Encoding;
import org.sorn.recording.EventSeriesWriter;
import org.sorn.recording.LongSeriesWriter;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesWriter;

/** An encoding of the store with the writer that writes it. */
record SeriesKind<W extends SeriesWriter>(Encoding encoding, Opener<W> opener) {
  /** Activities, bit-packed. */
  static final SeriesKind<BitSeriesWriter> FLAGS =
      new SeriesKind<>(Encoding.BITS, BitSeriesWriter::new);
  /** Counts, int64. */
  static final SeriesKind<LongSeriesWriter> COUNTS =
      new SeriesKind<>(Encoding.INT64, LongSeriesWriter::new);
  /** Thresholds and weights, float64. */
  static final SeriesKind<DoubleSeriesWriter> REALS =
      new SeriesKind<>(Encoding.FLOAT64, DoubleSeriesWriter::new);
  /** Lists of units, counted int32. */
  static final SeriesKind<EventSeriesWriter> UNIT_LISTS =
      new SeriesKind<>(Encoding.COUNTED_INT32, EventSeriesWriter::new);

  /** Opens the writer of one series. */
  @FunctionalInterface
  interface Opener<W> {
    W open(Path runDirectory, SeriesLayout layout) throws IOException;
  }
}
