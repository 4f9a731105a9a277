package org.sorn.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares nested JSON lists of numbers element by element, each quantity with its own tolerance,
 * and keeps the largest |expected - actual| seen and the first few mismatches.
 */
final class NumericDifferences {
  private static final int MISMATCHES_KEPT = 20;

  private final List<String> mismatches = new ArrayList<>();
  private int mismatchCount;
  private long valuesCompared;
  private double max;

  /**
   * Compares {@code actual} with {@code expected}: same nesting and lengths, and every number within
   * {@code tolerance} (0 means exactly equal).
   */
  void compare(String where, JsonNode expected, JsonNode actual, double tolerance) {
    if (actual == null || actual.isMissingNode()) {
      mismatch(where + ": missing");
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        mismatch(where + ": expected a list of " + expected.size() + ", got " + brief(actual));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(where + "[" + i + "]", expected.get(i), actual.get(i), tolerance);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      double difference = Math.abs(expected.doubleValue() - actual.doubleValue());
      valuesCompared++;
      max = Math.max(max, difference);
      if (!(difference <= tolerance)) {
        mismatch(where + ": expected " + expected + ", got " + actual + " (|diff| " + difference + ")");
      }
    } else {
      mismatch(where + ": expected " + brief(expected) + ", got " + brief(actual));
    }
  }

  /** The largest |expected - actual| over every number compared. */
  double max() {
    return max;
  }

  long valuesCompared() {
    return valuesCompared;
  }

  boolean none() {
    return mismatchCount == 0;
  }

  /** The first mismatches, one a line, and how many there were in all. */
  String report() {
    String kept = String.join("\n", mismatches);
    return mismatchCount > mismatches.size()
        ? kept + "\n... " + mismatchCount + " mismatches in all"
        : kept;
  }

  private void mismatch(String message) {
    mismatchCount++;
    if (mismatches.size() < MISMATCHES_KEPT) {
      mismatches.add(message);
    }
  }

  private static String brief(JsonNode node) {
    String text = String.valueOf(node);
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
