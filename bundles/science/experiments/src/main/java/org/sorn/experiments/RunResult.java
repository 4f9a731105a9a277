package org.sorn.experiments;

/** The scores of one condition, n and seed, and how long the run took. */
record RunResult(Condition condition, int n, long seed, Scores scores, double seconds) {}
