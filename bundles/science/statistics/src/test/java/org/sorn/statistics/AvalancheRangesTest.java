package org.sorn.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fit ranges of Del Papa et al. (2017) per network size. */
class AvalancheRangesTest {

  @Test
  void theReferenceNetworkGetsThePapersFigure2Ranges() {
    AvalancheRanges r = AvalancheRanges.nearest(200);
    assertArrayEquals(new long[] {10, 1500}, r.sizes());
    assertArrayEquals(new long[] {6, 60}, r.durations());
  }

  @Test
  void otherSizesGetTheNearestOnALogScale() {
    assertEquals(50, AvalancheRanges.nearest(12).ne());
    assertEquals(100, AvalancheRanges.nearest(140).ne());
    assertEquals(200, AvalancheRanges.nearest(270).ne());
    assertEquals(800, AvalancheRanges.nearest(100_000).ne());
    assertArrayEquals(new long[] {70, 7000}, AvalancheRanges.nearest(1000).sizes());
  }
}
