package dev.portico.modules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    @Test
    void writesTheLargestUnitsThatMatter() {
        assertEquals("3 h 05 min", SlaClock.format(Duration.ofMinutes(185), "overdue"));
        assertEquals("42 min", SlaClock.format(Duration.ofMinutes(42).plusSeconds(30), "overdue"));
        assertEquals("2 d 4 h", SlaClock.format(Duration.ofHours(52), "overdue"));
    }

    @Test
    void overdueIsSaidSo() {
        assertEquals("overdue 1 h 30 min", SlaClock.format(Duration.ofMinutes(-90), "overdue"));
    }
}
