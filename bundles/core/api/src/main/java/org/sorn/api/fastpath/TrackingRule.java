package org.sorn.api.fastpath;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by a rule ({@link org.sorn.api.PlasticityRule} or {@link
 * org.sorn.api.NetworkUpdate.Rule}) that keeps the protocol of {@link TrackedWeights} on every
 * matrix it touches: it marks every column it writes in place ({@link
 * TrackedWeights#markChanged(int)}; {@code set} marks its own), and it reads entries up to date
 * ({@code weights()}, {@code get}, or {@link TrackedWeights#syncRow(int)} before {@link
 * TrackedWeights#rowWeights()}). The engine then does nothing around the rule.
 *
 * <p>A rule that does not implement it is a plain rule, always correct: the engine brings every
 * deferred entry up to date before it and marks every column of every matrix after it, which
 * costs the rules that read the marks (the synaptic normalisation, the clips of STDP and iSTDP) a
 * pass over every column.
 */
@ConsumerType
public interface TrackingRule {}
