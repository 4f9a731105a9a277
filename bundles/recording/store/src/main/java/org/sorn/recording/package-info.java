/**
 * The recording store: the files that recorders stream into a run directory while the run goes
 * ({@code data/<Name>.<ext>}, one per recorder, with its sidecar {@code data/<Name>.meta.json}) and
 * that exporters read after it. The one format shared by recorders and exporters; its layout is
 * the users' reference in docs/recording.md.
 *
 * <p>Writers ({@link org.sorn.recording.BitSeriesWriter}, {@link
 * org.sorn.recording.LongSeriesWriter}, {@link org.sorn.recording.DoubleSeriesWriter}, {@link
 * org.sorn.recording.EventSeriesWriter}) hold one small buffer each; {@link
 * org.sorn.recording.SeriesReader} reads a series entry by entry, {@link
 * org.sorn.recording.SeriesArray} streams it as the array the array formats export. {@link
 * org.sorn.recording.RecordOptions} tells the steps a recorder records. Memory does not grow with
 * the length of a run.
 */
@Export
@Version("1.1.0")
package org.sorn.recording;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
