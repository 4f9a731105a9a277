/**
 * Statistics of SORN runs as plain Java, arrays in and numbers out: the Python package's spike-train
 * statistics (spec section 7; a spike train is {@code boolean[T][N]}, time first), with what its
 * bugs meant to compute, and the SORN papers' analyses (neuronal avalanches with a discrete
 * power-law fit, the lognormal fit of the weights). Since 1.1, heavy tails as Clauset, Shalizi and
 * Newman (2009) test them ({@link org.sorn.statistics.HeavyTailAnalysis}: x_min by the KS distance,
 * the bootstrap goodness of fit, likelihood ratios against the lognormal, the exponential and the
 * truncated power law), checked against the R package poweRlaw. docs/analysis.md gives each
 * formula and how it differs from the package.
 */
@Export
@Version("1.1.0")
package org.sorn.statistics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
