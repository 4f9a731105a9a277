package org.sorn.sweeps;

import java.util.List;

/**
 * One axis of a sweep's grid: the run options it sets ({@code names}, one for a list or a range,
 * several for a zip) and, per point of the axis, their values in the same order.
 *
 * @param names the options, as on the command line without {@code --}
 * @param points per point, one value per name
 */
record Axis(List<String> names, List<List<String>> points) {
  Axis {
    names = List.copyOf(names);
    points = points.stream().map(List::copyOf).toList();
  }

  int size() {
    return points.size();
  }
}
