/**
 * The Python package's callbacks as recorders: one component per callback name, each streaming
 * one JSON array, one element per step, into the run directory.
 */
package org.sorn.recorders;
