/**
 * The {@code sweep} command: a sweep description expanded into runs, run in parallel through the
 * workbench's own command line, and summarised; private to the bundle. See docs/sweeps.md.
 */
package org.sorn.sweeps;
