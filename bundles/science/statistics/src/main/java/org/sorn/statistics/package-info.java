/**
 * Statistics of SORN runs as plain Java, arrays in and numbers out: the Python package's spike-train
 * statistics (spec section 7; a spike train is {@code boolean[T][N]}, time first), with what its
 * bugs meant to compute, and the SORN papers' analyses (neuronal avalanches with a discrete
 * power-law fit, the lognormal fit of the weights). docs/analysis.md gives each formula and how it
 * differs from the package.
 */
@Export
@Version("1.0.0")
package org.sorn.statistics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
