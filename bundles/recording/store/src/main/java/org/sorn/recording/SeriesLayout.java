package org.sorn.recording;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one recorder's series holds, as its sidecar {@code data/<name>.meta.json} tells it.
 *
 * @param name the recorder's name, which names the files
 * @param description what an entry is, for people
 * @param encoding how entries lie in the data file
 * @param entryShape the shape of one entry ({@code []} for a number, {@code [n]} for a vector,
 *     {@code [rows, columns]} for a matrix); for {@link Encoding#COUNTED_INT32} the largest length
 * @param window the steps recorded
 * @param run scalar facts of the run (id, ne, ni, nu, seed, steps, ...), for people and exporters
 */
public record SeriesLayout(
    String name,
    String description,
    Encoding encoding,
    List<Integer> entryShape,
    StepWindow window,
    Map<String, Object> run) {

  public SeriesLayout {
    if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException(
          "a series name must be letters, digits, '_' or '-', got '" + name + "'");
    }
    description = description == null ? "" : description;
    entryShape = List.copyOf(entryShape);
    for (int d : entryShape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            "series " + name + ": entry shape must not be negative, got " + entryShape);
      }
    }
    run = Collections.unmodifiableMap(new LinkedHashMap<>(run == null ? Map.of() : run));
  }

  /** The number of elements of one entry (the largest, for counted lists). */
  public long elements() {
    long n = 1;
    for (int d : entryShape) {
      n *= d;
    }
    return n;
  }

  /** The bytes of one entry, or -1 when entries vary in length. */
  public long entryBytes() {
    return encoding.entryBytes(elements());
  }

  /** The data file's name, in the data directory. */
  public String dataFile() {
    return name + "." + encoding.extension();
  }

  /** The sidecar's name, in the data directory. */
  public String sidecarFile() {
    return name + Recording.SIDECAR_SUFFIX;
  }
}
