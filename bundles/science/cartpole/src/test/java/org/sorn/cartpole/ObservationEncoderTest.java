package org.sorn.cartpole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObservationEncoderTest {

  @Test
  void eachVariableDrivesExactlyOnePool() {
    ObservationEncoder e = ObservationEncoder.standard();
    assertEquals(128, e.inputUnits());
    double[] u = new double[e.inputUnits()];
    e.encode(new double[] {0.3, -5, 0.0, 1e9}, u);
    for (int k = 0; k < 4; k++) {
      int active = 0;
      for (int i = k * 32; i < (k + 1) * 32; i++) {
        assertTrue(u[i] == 0.0 || u[i] == 1.0);
        active += (int) u[i];
      }
      assertEquals(4, active, "variable " + k);
    }
    // theta = 0 is at tanh 0, the lower edge of interval 4 of 8
    assertEquals(1.0, u[2 * 32 + 4 * 4]);
    // x_dot = -5 is far left, theta_dot = 1e9 far right: the outermost intervals
    assertEquals(1.0, u[32]);
    assertEquals(1.0, u[3 * 32 + 7 * 4 + 3]);
  }

  @Test
  void intervalsAreNarrowNearTheUprightState() {
    ObservationEncoder e = ObservationEncoder.standard();
    // theta (scale 0.1): interval edges at 0.1 atanh(k/4): 0.0255, 0.0549, 0.0973 rad
    assertEquals(4, e.interval(2, 0.02));
    assertEquals(5, e.interval(2, 0.03));
    assertEquals(6, e.interval(2, 0.06));
    assertEquals(7, e.interval(2, 0.1));
    assertEquals(3, e.interval(2, -0.02));
    assertEquals(0, e.interval(2, -0.2));
  }

  @Test
  void refusesBadShapes() {
    assertThrows(IllegalArgumentException.class, () -> new ObservationEncoder(1, 4, 1, ObservationEncoder.DEFAULT_SCALES));
    assertThrows(IllegalArgumentException.class, () -> new ObservationEncoder(8, 0, 1, ObservationEncoder.DEFAULT_SCALES));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ObservationEncoder(8, 4, 1, new double[] {1, 1, 0, 1}));
    assertEquals("scales must be 4 positive numbers, got [1.0, 1.0, 0.0, 1.0]", e.getMessage());
  }
}
