/**
 * The Python package's callbacks as recorders, and what studies need beside them (network activity,
 * spike events): one component per name, each streaming one series into the run directory's
 * recording store ({@code data/}, see docs/recording.md) over the steps its options choose.
 */
package org.sorn.recorders;
