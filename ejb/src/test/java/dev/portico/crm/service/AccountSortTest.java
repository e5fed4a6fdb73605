package dev.portico.crm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountSortTest {

    @Test
    void onlyKnownSortFieldsMapToColumns() {
        assertEquals(AccountSort.NAME, AccountSort.byField("name").orElseThrow());
        assertEquals("a.ownerUsername", AccountSort.byField("ownerUsername").orElseThrow().jpqlPath());
        assertTrue(AccountSort.byField("name; DROP TABLE customer_account").isEmpty());
        assertTrue(AccountSort.byField(null).isEmpty());
    }
}
