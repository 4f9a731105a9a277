package org.sorn.sweeps;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --array} value of a SLURM job array whose task ids are run indices: runs of
 * consecutive indices as ranges ({@code 0-5}, {@code 3,7}, {@code 0-2,5,7-9}), then {@code %N} when
 * at most N tasks may run at once.
 */
final class ArraySpec {
  private ArraySpec() {}

  /** The spec of {@code indices} (ascending, distinct, not empty); {@code maxConcurrent} 0 for no bound. */
  static String of(List<Integer> indices, int maxConcurrent) {
    if (indices.isEmpty()) {
      throw new IllegalArgumentException("a job array needs at least one run");
    }
    List<String> parts = new ArrayList<>();
    int first = indices.get(0);
    int last = first;
    for (int k = 1; k <= indices.size(); k++) {
      if (k < indices.size() && indices.get(k) == last + 1) {
        last = indices.get(k);
        continue;
      }
      parts.add(first == last ? Integer.toString(first) : first + "-" + last);
      if (k < indices.size()) {
        first = indices.get(k);
        last = first;
      }
    }
    return String.join(",", parts) + (maxConcurrent > 0 ? "%" + maxConcurrent : "");
  }
}
