/**
 * The CSV exporter: each recorded series as {@code <Name>.csv}, one row per recorded step with the
 * step first, and a network state as one CSV per matrix; streamed from the recording store (see
 * docs/recording.md).
 */
package org.sorn.exporter.csv;
