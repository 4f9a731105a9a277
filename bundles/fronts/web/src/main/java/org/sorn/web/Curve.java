package org.sorn.web;

/** A curve over a run: {@code values[i]} at step {@code steps[i]}, steps ascending. */
record Curve(long[] steps, double[] values) {}
