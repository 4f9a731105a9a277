/**
 * The HDF5 exporter: recordings as {@code recordings.h5}, one dataset per recorder and its steps,
 * the run's description as attributes of the root group; a state as the group {@code
 * /final_state}. Written with jhdf, which this bundle embeds.
 */
package org.sorn.exporter.hdf5;
