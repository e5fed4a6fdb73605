package dev.portico.crm.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.crm.service.AccountSort;
import org.junit.jupiter.api.Test;

class AccountListQueryTest {

    @Test
    void likeWildcardsTypedByTheUserAreEscaped() {
        assertEquals("50\\% off\\_now\\\\", AccountListQuery.escapeLike("50% off_now\\"));
    }

    @Test
    void onlyKnownSortFieldsMapToColumns() {
        assertEquals(AccountSort.NAME, AccountSort.byField("name").orElseThrow());
        assertEquals("a.ownerUsername", AccountSort.byField("ownerUsername").orElseThrow().jpqlPath());
        assertTrue(AccountSort.byField("name; DROP TABLE customer_account").isEmpty());
        assertTrue(AccountSort.byField(null).isEmpty());
    }
}
