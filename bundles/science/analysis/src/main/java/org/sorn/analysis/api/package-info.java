/**
 * The statistics of a run directory as {@code ./sorn analyze} computes them and writes them to
 * {@code analysis.json}, for other bundles (the report) to show the same numbers. docs/analysis.md
 * lists every entry.
 */
@Export
@Version("1.1.0")
package org.sorn.analysis.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
