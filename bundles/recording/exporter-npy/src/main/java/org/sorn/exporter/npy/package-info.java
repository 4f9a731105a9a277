/**
 * The NumPy exporters: recordings and network states as {@code .npz} and {@code .npy} files that
 * {@code numpy.load} reads directly, streamed from the recording store (see docs/recording.md).
 */
package org.sorn.exporter.npy;
