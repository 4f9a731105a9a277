package org.sorn.plots.arrays;

import java.io.IOException;
import org.osgi.annotation.versioning.ProviderType;

/** One plot, drawn when asked: the same drawing as PNG or as SVG. */
@ProviderType
public interface Figure {

  /** A PNG image of the plot. */
  byte[] png() throws IOException;

  /** An SVG document of the plot (UTF-8). */
  byte[] svg() throws IOException;
}
