package org.sorn.recording;

/** How the entries of a series lie in its data file. Numbers are little-endian throughout. */
public enum Encoding {
  /**
   * Flags (activities), 8 per byte: flag i of an entry is bit {@code i % 8} (least significant
   * first) of byte {@code i / 8}; {@code ceil(n/8)} bytes per entry, unused high bits 0.
   */
  BITS("bits", "bits"),
  /** 64-bit two's complement integers (counts), 8 bytes each. */
  INT64("int64", "i64"),
  /** IEEE 754 doubles (thresholds, weights), 8 bytes each, matrices row after row. */
  FLOAT64("float64", "f64"),
  /**
   * Lists of variable length (the units that spiked): per entry an int32 count k, then k int32
   * values.
   */
  COUNTED_INT32("counted-int32", "i32");

  private final String label;
  private final String extension;

  Encoding(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  /** The name the sidecar gives it. */
  public String label() {
    return label;
  }

  /** The data file's extension. */
  public String extension() {
    return extension;
  }

  /** The bytes of one entry of {@code elements} elements, or -1 when entries vary in length. */
  public long entryBytes(long elements) {
    return switch (this) {
      case BITS -> (elements + 7) / 8;
      case INT64, FLOAT64 -> elements * 8;
      case COUNTED_INT32 -> -1;
    };
  }

  /**
   * The encoding named {@code label}.
   *
   * @throws IllegalArgumentException naming the accepted labels
   */
  public static Encoding of(String label) {
    for (Encoding e : values()) {
      if (e.label.equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "encoding must be one of bits, int64, float64, counted-int32, got '" + label + "'");
  }
}
