package dev.portico.crm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void newAccountIsAProspectWithTidiedFields() {
        CustomerAccount account = CustomerAccount.prospect("  Blue Harbor Foods ", Territory.EAST, " alice ", null, " ", "us", NOW);

        assertEquals("Blue Harbor Foods", account.getName());
        assertEquals("alice", account.getOwnerUsername());
        assertNull(account.getCity());
        assertEquals("US", account.getCountry());
        assertEquals(AccountStatus.PROSPECT, account.getStatus());
        assertEquals(NOW, account.getCreatedAt());
    }

    @Test
    void nameTerritoryAndOwnerAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> CustomerAccount.prospect(" ", Territory.EAST, "alice", null, null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> CustomerAccount.prospect("A", null, "alice", null, null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> CustomerAccount.prospect("A", Territory.EAST, null, null, null, null, NOW));
    }

    @Test
    void countryMustBeATwoLetterCode() {
        assertThrows(IllegalArgumentException.class, () -> CustomerAccount.prospect("A", Territory.EAST, "alice", null, null, "USA", NOW));
    }

    @Test
    void overlongNameIsRefused() {
        String name = "x".repeat(CustomerAccount.MAX_NAME_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> CustomerAccount.prospect(name, Territory.EAST, "alice", null, null, null, NOW));
    }

    @Test
    void prospectBecomesActiveWithItsFirstOrder() {
        CustomerAccount account = CustomerAccount.prospect("A", Territory.EAST, "alice", null, null, null, NOW);
        account.activate();
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
    }
}
