/**
 * The opt-in fast path of the weights: how the workbench's own mechanisms do work only where
 * something changed, and read only the rows they visit.
 *
 * <p>A lab bundle does not need this package: a rule written against {@link
 * org.sorn.api.SynapticWeights} alone is always correct, because the engine does around it what
 * this protocol would need (it brings every deferred entry up to date before the rule and marks
 * every column after it). A rule that takes part instead says so by implementing {@link
 * org.sorn.api.fastpath.TrackingRule}, and must then keep the whole protocol of {@link
 * org.sorn.api.fastpath.TrackedWeights}: it marks every column it writes and reads entries only
 * up to date. It is faster, and the default mechanisms are written so; a mistake in it gives wrong
 * numbers without an error, so test such a rule against the same rule run plainly, bit for bit.
 *
 * <p>The engine's matrices implement {@link org.sorn.api.fastpath.TrackedWeights}; a rule checks
 * for it ({@code state.wee() instanceof TrackedWeights w}) and works plainly when it is absent.
 */
@Export
@Version("1.0.0")
package org.sorn.api.fastpath;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
