/**
 * The {@code analyze} command: the key statistics of a run directory's recording store, printed and
 * written to {@code analysis.json}; private to the bundle. See docs/analysis.md.
 */
package org.sorn.analysis;
