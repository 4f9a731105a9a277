/**
 * Every plot of the Python package's Plotter drawn from arrays a caller holds, not from a run
 * directory: the service {@link org.sorn.plots.arrays.ArrayPlotter} (what the Python front's
 * {@code Plotter} calls) returns a {@link org.sorn.plots.arrays.Figure} that renders as PNG or SVG.
 * The plots are those of {@code ./sorn plot} (docs/analysis.md).
 */
@Export
@Version("1.0.0")
package org.sorn.plots.arrays;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
