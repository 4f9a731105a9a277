/**
 * JMH benchmarks of the SORN step on warm networks, outside OSGi: the whole step and each of its
 * parts in the place it has in a run. See docs/performance.md.
 */
package org.sorn.benchmarks;
