package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.sorn.api.run.RunDescription;

class SimulationContextTest {

  @Test
  void aStreamFromTheStartIsTheRunsStreamAsItBeganAndLeavesItAlone() {
    SimulationContext context =
        new SimulationContext("run-1", RunDescription.builder().seed(42).steps(10).build());
    RandomGenerator stream = context.random("input");
    long first = stream.nextLong();
    long second = stream.nextLong();
    RandomGenerator again = context.randomFromStart("input");
    assertNotSame(stream, again);
    assertEquals(first, again.nextLong());
    assertEquals(second, again.nextLong());
    // drawing from the copy moved neither the run's stream nor its checkpointed state
    long[] before = context.streamStates().get("input");
    context.randomFromStart("input").nextLong();
    assertEquals(java.util.Arrays.toString(before),
        java.util.Arrays.toString(context.streamStates().get("input")));
    assertEquals(Xoshiro256StarStar.forPurpose(42, "input").nextLong(), first);
  }
}
