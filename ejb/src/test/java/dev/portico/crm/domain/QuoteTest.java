package dev.portico.crm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void totalIsTheSumOfTheLinesAndLinesAreNumberedInOrder() {
        Quote quote = Quote.draft(customer(), "alice", "usd", List.of(
                new QuoteLine.Item("PRD-0001", "Cover", 3, new BigDecimal("45.00")),
                new QuoteLine.Item(" PRD-0002 ", null, 2, new BigDecimal("95.5"))), NOW);

        assertEquals(new BigDecimal("326.00"), quote.getTotal());
        assertEquals("USD", quote.getCurrency());
        assertEquals(List.of(1, 2), quote.getLines().stream().map(QuoteLine::getLineNo).toList());
        assertEquals("PRD-0002", quote.getLines().get(1).getSku());
        assertEquals(QuoteStatus.DRAFT, quote.getStatus());
    }

    @Test
    void aDraftNeedsLinesACurrencyAndSensibleAmounts() {
        assertThrows(IllegalArgumentException.class, () -> Quote.draft(customer(), "alice", "USD", List.of(), NOW));
        assertThrows(IllegalArgumentException.class, () -> Quote.draft(customer(), "alice", "dollars", List.of(line()), NOW));
        assertThrows(IllegalArgumentException.class, () -> new QuoteLine.Item("PRD-0001", null, 0, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new QuoteLine.Item("PRD-0001", null, 1, new BigDecimal("-1")));
        assertThrows(ArithmeticException.class, () -> new QuoteLine.Item("PRD-0001", null, 1, new BigDecimal("1.005")),
                "a price with fractions of a cent is refused, not rounded");
    }

    @Test
    void aCustomersDraftIsSignedOnce() {
        Quote quote = Quote.draft(customer(), "alice", "USD", List.of(line()), NOW);

        quote.sign("alice", NOW.plusSeconds(60));

        assertEquals(QuoteStatus.SIGNED, quote.getStatus());
        assertEquals("alice", quote.getSignedBy());
        assertEquals(NOW.plusSeconds(60), quote.getSignedAt());
        assertThrows(QuoteNotDraftException.class, () -> quote.sign("frank", NOW.plusSeconds(120)));
        assertEquals("alice", quote.getSignedBy(), "the first signature stands");
    }

    @Test
    void aPartnersOrderWithinTheLimitIsSignedByTheBuyerAtOnce() {
        Quote quote = Quote.draft(customer(), "nick", "EUR", List.of(line()), NOW);

        quote.submit("nick", " Dock 4 ", true, NOW);

        assertEquals(QuoteStatus.SIGNED, quote.getStatus());
        assertEquals("nick", quote.getSignedBy());
        assertEquals("nick", quote.getSubmittedBy());
        assertEquals("Dock 4", quote.getDeliveryAddress());
    }

    @Test
    void aboveTheLimitItWaitsAndOnlyAnotherUserDecides() {
        Quote quote = Quote.draft(customer(), "nick", "EUR", List.of(line()), NOW);
        quote.submit("nick", null, false, NOW);
        assertEquals(QuoteStatus.AWAITING_APPROVAL, quote.getStatus());
        assertThrows(QuoteNotDraftException.class, () -> quote.sign("nick", NOW), "no way round the approver");
        assertThrows(OrderDecisionException.class, () -> quote.approve("nick", "mine", NOW), "four eyes");
        assertThrows(IllegalArgumentException.class, () -> quote.approve("dina", " ", NOW), "a reason is required");
        assertEquals(QuoteStatus.AWAITING_APPROVAL, quote.getStatus());

        quote.approve("dina", "Season stock", NOW.plusSeconds(60));

        assertEquals(QuoteStatus.SIGNED, quote.getStatus());
        assertEquals("dina", quote.getSignedBy());
        assertEquals("dina", quote.getDecidedBy());
        assertThrows(OrderDecisionException.class, () -> quote.reject("dina", "changed my mind", NOW), "decided once");
    }

    @Test
    void aRejectedOrderNeverReachesTheErp() {
        Quote quote = Quote.draft(customer(), "nick", "EUR", List.of(line()), NOW);
        quote.submit("nick", null, false, NOW);

        quote.reject("dina", "Over budget this quarter", NOW);

        assertEquals(QuoteStatus.REJECTED, quote.getStatus());
        assertEquals(null, quote.getSignedAt());
        assertThrows(OrderDecisionException.class, () -> quote.approve("dina", "after all", NOW));
    }

    @Test
    void aProspectCannotBeOrderedForEvenAwaitingApproval() {
        Quote quote = Quote.draft(prospect(), "nick", "EUR", List.of(line()), NOW);
        assertThrows(ProspectQuoteException.class, () -> quote.submit("nick", null, false, NOW));
        assertEquals(QuoteStatus.DRAFT, quote.getStatus());
    }

    @Test
    void prospectsNeverReachTheErp() {
        Quote quote = Quote.draft(prospect(), "alice", "USD", List.of(line()), NOW);

        ProspectQuoteException refused = assertThrows(ProspectQuoteException.class, () -> quote.sign("alice", NOW));

        assertEquals(QuoteStatus.DRAFT, quote.getStatus());
        assertEquals(true, refused.getMessage().contains("prospects never reach the ERP"));
    }

    private static QuoteLine.Item line() {
        return new QuoteLine.Item("PRD-0001", null, 1, new BigDecimal("10.00"));
    }

    private static CustomerAccount prospect() {
        return CustomerAccount.prospect("Acme", Territory.EAST, "alice", null, null, null, NOW);
    }

    @Test
    void aDiscountIsTakenOffTheListPriceToTheCentAndNeedsAReason() {
        QuoteLine.Item item = new QuoteLine.Item("PRD-0002", null, 3, new BigDecimal("95.00"), new BigDecimal("12.5"));
        assertEquals(new BigDecimal("83.13"), item.unitPrice(), "95.00 less 12.5 %, rounded half up");
        assertThrows(DiscountException.class, () -> Quote.draft(customer(), "alice", "EUR", List.of(item), " ", NOW));
        assertThrows(IllegalArgumentException.class, () -> new QuoteLine.Item("PRD-0002", null, 1, BigDecimal.TEN, new BigDecimal("100.01")));
        Quote quote = Quote.draft(customer(), "alice", "EUR", List.of(item), "Volume deal", NOW);
        assertEquals(new BigDecimal("249.39"), quote.getTotal());
        assertEquals(new BigDecimal("12.50"), quote.maxDiscount());
    }

    @Test
    void aDiscountBeyondTheSignersLimitWaitsForAManagerWhoIsNotTheOwner() {
        Quote quote = Quote.draft(customer(), "alice", "EUR",
                List.of(new QuoteLine.Item("PRD-0002", null, 1, new BigDecimal("100.00"), new BigDecimal("15"))), "Competitor's offer", NOW);
        assertThrows(DiscountException.class, () -> quote.sign("alice", new BigDecimal("10"), NOW), "beyond alice's 10 %");
        assertThrows(DiscountException.class, () -> quote.approveDiscount("alice", new BigDecimal("25"), NOW), "not on her own quote");
        assertThrows(DiscountException.class, () -> quote.approveDiscount("frank", new BigDecimal("12"), NOW), "beyond frank's own limit");
        quote.approveDiscount("frank", new BigDecimal("25"), NOW);
        quote.sign("alice", new BigDecimal("10"), NOW);
        assertEquals(QuoteStatus.SIGNED, quote.getStatus());
        assertEquals("frank", quote.getDiscountApprovedBy());
    }

    private static CustomerAccount customer() {
        CustomerAccount account = prospect();
        account.activate();
        return account;
    }
}
