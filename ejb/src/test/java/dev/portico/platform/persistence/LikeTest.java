package dev.portico.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsTypedByTheUserMatchThemselves() {
        assertEquals("50!% off!_now!!\\", Like.escape("50% off_now!\\"));
        assertEquals("%a!_b%", Like.containing("  a_b "));
    }

    @Test
    void aBlankSearchIsNoFilter() {
        assertNull(Like.containing(null));
        assertNull(Like.containing("   "));
    }
}
