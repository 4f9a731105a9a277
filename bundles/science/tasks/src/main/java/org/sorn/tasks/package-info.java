/**
 * Tasks of the SORN papers: a {@link org.sorn.tasks.Task} makes words of symbols, and a {@link
 * org.sorn.tasks.TaskSequence} strings them together from a seed and tells, for each step, what the
 * scores need: the symbol, its position within its word, whether it starts or ends a word. The
 * counting task ({@link org.sorn.tasks.CountingTask}) and the random-sequence task ({@link
 * org.sorn.tasks.RandomSequenceTask}) are also input sources of this bundle ({@code counting},
 * {@code random-sequence}).
 */
@Export
@Version("1.0.0")
package org.sorn.tasks;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
