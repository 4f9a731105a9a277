package org.sorn.api.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunDescriptionTest {

  @Test
  void theBuilderStartsFromThePackagesDefaults() {
    RunDescription d = RunDescription.builder().build();
    assertEquals(200, d.ne());
    assertEquals(10, d.nu());
    assertEquals(40, d.ni());
    assertEquals(Phase.PLASTICITY, d.phase());
    assertEquals(true, d.noise());
    assertEquals(0.04, d.noiseSigma());
    assertEquals(Map.of(), d.parameters());
    assertEquals(RunDescription.defaults(0, 0), d);
  }

  @Test
  void toBuilderCopiesEveryValueAndTheCopyIsIndependent() {
    RunDescription d =
        RunDescription.builder()
            .ne(400)
            .nu(20)
            .seed(-7)
            .steps(123)
            .phase(Phase.TRAINING)
            .frozen(List.of("sp", "ip"))
            .noise(false)
            .noiseSigma(0.1)
            .parameter("eta_stdp", 0.005)
            .variant("ip", "ip-unclamped")
            .build();
    assertEquals(d, d.toBuilder().build());
    assertEquals(d.hashCode(), d.toBuilder().build().hashCode());
    RunDescription longer = d.toBuilder().steps(124).freeze("stdp").build();
    assertNotEquals(d, longer);
    assertEquals(List.of("ip", "sp"), List.copyOf(d.frozen()));
    assertEquals(List.of("ip", "sp", "stdp"), List.copyOf(longer.frozen()));
    assertEquals(0.005, longer.parameter("eta_stdp", 0));
    assertEquals("ip-unclamped", longer.variants().get("ip"));
  }

  @Test
  void aDescriptionCannotBeChangedFromOutside() {
    RunDescription d = RunDescription.builder().parameter("eta_ip", 0.02).build();
    assertThrows(UnsupportedOperationException.class, () -> d.parameters().put("x", 1.0));
    assertThrows(UnsupportedOperationException.class, () -> d.frozen().add("sp"));
  }
}
