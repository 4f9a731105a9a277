package org.sorn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {
  private static final long MIB = 1024 * 1024;

  @Test
  void rowsAreAlignedNumbersGroupedAndTheHeapInMebibytes() {
    BenchResult small =
        new BenchResult(new BenchCase(200, 0), 150_000, 10.0, 30 * MIB, 28 * MIB, 3_900, 1_560, 40_000);
    BenchResult large =
        new BenchResult(BenchCase.LARGE, 2_345, 10.0, 1536 * MIB, 36 * MIB, 2_000_000, 800_000, 2_000_000);
    String nl = System.lineSeparator();
    assertEquals(
        "    ne  E->I           steps/s    steps  heap MiB  run MiB        Wee      Wei        Wie" + nl
            + "   200  dense           15,000  150,000      30.0      2.0      3,900    1,560     40,000" + nl
            + "100000  lambda_ie=100      235    2,345   1,536.0  1,500.0  2,000,000  800,000  2,000,000" + nl,
        BenchTable.format(List.of(small, large)));
  }

  @Test
  void progressSaysTheNetworkItsSpeedAndItsHeap() {
    BenchResult r = new BenchResult(new BenchCase(1000, 50), 51_234, 10.04, 100 * MIB, 0, 1, 1, 1);
    assertEquals(
        "ne=1000 (lambda_ie=50 E->I): 5,103 steps/s over 10.0 s, heap 100.0 MiB after GC",
        BenchTable.progress(r));
  }
}
