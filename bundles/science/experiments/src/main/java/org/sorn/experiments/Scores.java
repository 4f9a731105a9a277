package org.sorn.experiments;

/**
 * The three scores of one run on the test steps.
 *
 * @param accuracy next-symbol accuracy on the predictable symbols (all but the first of a word)
 * @param endAccuracy next-symbol accuracy where the next symbol ends a word (c or f after the last
 *     b or e): the step that needs the count
 * @param positionAccuracy accuracy of a readout of the current symbol's position within its word
 */
record Scores(double accuracy, double endAccuracy, double positionAccuracy) {}
