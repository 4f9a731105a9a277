package org.sorn.exporter.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sorn.api.command.KeptFile;
import org.sorn.recording.Recording;
import org.sorn.recording.SeriesArray;
import org.sorn.recording.SeriesLayout;
import org.sorn.recording.SeriesReader;

/**
 * {@code recordings.h5}: per recorder the dataset {@code /<Name>} as {@link SeriesArray} lays it
 * out (contiguous, little-endian) and {@code /<Name>_steps}; the run's description as attributes
 * of the root group. A recorder that recorded no step has no dataset (HDF5 writers here cannot make
 * an empty one).
 *
 * <p>jhdf writes datasets from whole Java arrays: it is given {@link Placeholder}s of the right
 * shape, and the data is then streamed from the store into the places jhdf laid out for it, so
 * that memory does not hold the recording.
 */
final class RecordingsHdf5 {
  static final String FILE = "recordings.h5";
  static final String STEPS_SUFFIX = "_steps";
  // jhdf's own attribute names its version, which it cannot find once embedded in this bundle
  static final String JHDF_INFO = "_jHDF";

  static List<Path> write(Path runDirectory) throws IOException {
    List<SeriesLayout> layouts = Recording.layouts(runDirectory);
    if (layouts.isEmpty()) {
      return List.of();
    }
    Path file = runDirectory.resolve(FILE);
    Map<String, Object> attributes = RunAttributes.of(runDirectory, layouts);
    // written under a temporary name (new: jhdf writes over a file without cutting it), then moved
    KeptFile.writeFile(
        file,
        partial -> {
          List<SeriesLayout> written = new ArrayList<>();
          try {
            try (WritableHdfFile h5 = HdfFile.write(partial)) {
              h5.removeAttribute(JHDF_INFO);
              attributes.forEach(h5::putAttribute);
              for (SeriesLayout layout : layouts) {
                if (lay(h5, runDirectory, layout)) {
                  written.add(layout);
                }
              }
            }
            try (HdfFile h5 = new HdfFile(partial);
                FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE)) {
              for (SeriesLayout layout : written) {
                try (SeriesReader series = SeriesReader.open(runDirectory, layout)) {
                  fill(h5, out, layout.name(), ch -> SeriesArray.writeValues(series, ch));
                  fill(h5, out, layout.name() + STEPS_SUFFIX, ch -> SeriesArray.writeSteps(series, ch));
                }
              }
            }
          } catch (HdfException | IllegalArgumentException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
          }
        });
    return List.of(file);
  }

  /** Lays out the datasets of one series; false when it has no element to write. */
  private static boolean lay(WritableHdfFile h5, Path runDirectory, SeriesLayout layout)
      throws IOException {
    try (SeriesReader series = SeriesReader.open(runDirectory, layout)) {
      long[] shape = SeriesArray.shape(series);
      for (long d : shape) {
        if (d == 0) {
          return false;
        }
      }
      SeriesArray.Type type = SeriesArray.type(layout);
      DatasetCreationOptions options =
          type == SeriesArray.Type.UINT8
              ? DatasetCreationOptions.builder().unsigned().build()
              : DatasetCreationOptions.DEFAULT;
      h5.putDataset(layout.name(), Placeholder.of(type, shape), options);
      h5.putDataset(
          layout.name() + STEPS_SUFFIX,
          Placeholder.of(SeriesArray.Type.INT64, new long[] {series.entries()}));
      return true;
    }
  }

  /** Writes the data of the dataset {@code path} where jhdf placed it. */
  private static void fill(HdfFile h5, FileChannel out, String path, Data data) throws IOException {
    Dataset dataset = h5.getDatasetByPath(path);
    if (!(dataset instanceof ContiguousDataset contiguous)) {
      throw new IOException("dataset " + path + " is not contiguous: its data cannot be streamed");
    }
    long start = contiguous.getDataAddress();
    out.position(start);
    data.write(out);
    long written = out.position() - start;
    if (written != dataset.getSizeInBytes()) {
      throw new IOException(
          "dataset " + path + " holds " + dataset.getSizeInBytes() + " bytes, the store gave "
              + written);
    }
  }

  @FunctionalInterface
  private interface Data {
    void write(FileChannel out) throws IOException;
  }

  private RecordingsHdf5() {}
}
