/**
 * The {@code plot} and {@code report} commands: PNG plots of a run directory's recording store and
 * a self-contained HTML report; private to the bundle. See docs/analysis.md.
 */
package org.sorn.plots;
