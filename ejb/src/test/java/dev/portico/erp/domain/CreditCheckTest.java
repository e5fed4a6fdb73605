package dev.portico.erp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditCheckTest {

    private static CreditCheck check(String limit, String balance, String open, String order) {
        return new CreditCheck(new BigDecimal(limit), new BigDecimal(balance), new BigDecimal(open), new BigDecimal(order));
    }

    @Test
    void exposureIsBalancePlusOpenOrdersPlusThisOrder() {
        assertEquals(new BigDecimal("17500.50"), check("25000", "10000.00", "5000.50", "2500.00").exposure());
    }

    @Test
    void anOrderThatReachesTheLimitExactlyPasses() {
        assertTrue(check("25000.00", "10000.00", "5000.00", "10000.00").passes());
    }

    @Test
    void aCentOverTheLimitIsHeld() {
        CreditCheck over = check("25000.00", "10000.00", "5000.00", "10000.01");
        assertFalse(over.passes());
        assertTrue(over.holdReason().contains("25000.01"), over.holdReason());
        assertTrue(over.holdReason().contains("credit limit 25000.00"), over.holdReason());
    }

    @Test
    void openOrdersCountEvenWithNoBalance() {
        assertFalse(check("1000", "0", "900", "101").passes());
    }
}
