package com.engagementjdbc.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ConversionTest {
  @Test void ratios() {
    // 12 / 400 = 0.03
    assertEquals(0.03, Conversion.conversionRate(12.0, 400.0), 1e-15);
    // 250 / 1000 = 0.25
    assertEquals(0.25, Conversion.costPerEngagement(250.0, 1000.0), 1e-15);
    // 250 / 10 = 25
    assertEquals(25.0, Conversion.costPerConversion(250.0, 10.0), 1e-15);
    // 1000 / 250 = 4
    assertEquals(4.0, Conversion.roas(1000.0, 250.0), 1e-15);
    // (1000 - 250) / 250 = 3
    assertEquals(3.0, Conversion.roi(1000.0, 250.0), 1e-15);
    // (100 - 250) / 250 = -0.6
    assertEquals(-0.6, Conversion.roi(100.0, 250.0), 1e-15);
  }

  @Test void nullOrNonPositiveDenominatorsGiveNull() {
    assertNull(Conversion.conversionRate(1.0, 0.0));
    assertNull(Conversion.costPerEngagement(1.0, null));
    assertNull(Conversion.costPerConversion(null, 2.0));
    assertNull(Conversion.roas(1.0, -1.0));
    assertNull(Conversion.roi(1.0, 0.0));
    assertNull(Conversion.roi(null, 5.0));
  }
}
