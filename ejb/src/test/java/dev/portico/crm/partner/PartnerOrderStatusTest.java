package dev.portico.crm.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.contract.ErpEventType;
import dev.portico.crm.domain.QuoteStatus;
import org.junit.jupiter.api.Test;

class PartnerOrderStatusTest {

    @Test
    void everyErpEventHasAPartnerStatusAndBack() {
        for (ErpEventType type : ErpEventType.values()) {
            PartnerOrderStatus status = PartnerOrderStatus.of(QuoteStatus.SIGNED, type.name());
            assertEquals(type.name(), status.erpEvent(), "the list filter finds what the status shows: " + type);
        }
        assertEquals(PartnerOrderStatus.SUBMITTED, PartnerOrderStatus.of(QuoteStatus.SIGNED, null));
        assertEquals(PartnerOrderStatus.UNDER_REVIEW, PartnerOrderStatus.of(QuoteStatus.SIGNED, "ORDER_ON_CREDIT_HOLD"),
                "a credit hold is a review to the partner");
    }

    @Test
    void draftsAreNoPartnerOrders() {
        assertThrows(IllegalArgumentException.class, () -> PartnerOrderStatus.of(QuoteStatus.DRAFT, null));
        assertEquals(PartnerOrderStatus.CANCELLED, PartnerOrderStatus.of(QuoteStatus.CANCELLED, null),
                "a partner's withdrawn order (staff's cancelled drafts are filtered out by VISIBLE_PREDICATE)");
    }
}
