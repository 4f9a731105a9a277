package org.sorn.bench;

/**
 * What one network measured.
 *
 * @param network the network
 * @param steps steps made in the measurement window
 * @param seconds length of the window, measured
 * @param heapUsed heap in use after a full GC at the end of the window, the run's state still held
 * @param heapBefore heap in use after a full GC before the network was built
 * @param wee stored W^EE entries of the run's final state
 * @param wei stored W^EI entries
 * @param wie stored W^IE entries
 */
record BenchResult(
    BenchCase network,
    long steps,
    double seconds,
    long heapUsed,
    long heapBefore,
    int wee,
    int wei,
    int wie) {

  /** Steady-state speed: steps per second of the window. */
  double stepsPerSecond() {
    return steps / seconds;
  }

  /** What the heap grew by while this run was held: its own state and buffers, about. */
  long heapOfRun() {
    return heapUsed - heapBefore;
  }
}
