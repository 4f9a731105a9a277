/**
 * The {@code bench} command: steady-state speed and memory of real runs; private to the bundle.
 * See docs/performance.md.
 */
package org.sorn.bench;
