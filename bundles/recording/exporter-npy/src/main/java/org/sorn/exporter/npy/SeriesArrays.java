package org.sorn.exporter.npy;

import java.util.List;
import org.sorn.recording.SeriesArray;
import org.sorn.recording.SeriesReader;

/**
 * A recorded series as numpy arrays: {@code <Name>} as {@link SeriesArray} lays it out and {@code
 * <Name>_steps}, the step of each entry (int64).
 */
final class SeriesArrays {
  static final String STEPS_SUFFIX = "_steps";

  /** The arrays of {@code series}, which must stay open until they are written. */
  static List<NumpyArray> of(SeriesReader series) {
    String name = series.layout().name();
    String descr =
        switch (SeriesArray.type(series.layout())) {
          case UINT8 -> "|u1";
          case INT32 -> "<i4";
          case INT64 -> "<i8";
          case FLOAT64 -> "<f8";
        };
    return List.of(
        new NumpyArray(
            name,
            descr,
            SeriesArray.shape(series),
            out -> out.channel(c -> SeriesArray.writeValues(series, c))),
        new NumpyArray(
            name + STEPS_SUFFIX,
            "<i8",
            new long[] {series.entries()},
            out -> out.channel(c -> SeriesArray.writeSteps(series, c))));
  }

  private SeriesArrays() {}
}
