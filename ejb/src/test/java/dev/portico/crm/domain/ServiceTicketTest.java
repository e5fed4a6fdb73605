package dev.portico.crm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceTicketTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void dueTimeFollowsThePriority() {
        assertEquals(NOW.plus(Duration.ofHours(4)), open(TicketPriority.URGENT).getSlaDueAt());
        assertEquals(NOW.plus(Duration.ofHours(8)), open(TicketPriority.HIGH).getSlaDueAt());
        assertEquals(NOW.plus(Duration.ofHours(24)), open(TicketPriority.NORMAL).getSlaDueAt());
        assertEquals(NOW.plus(Duration.ofHours(72)), open(TicketPriority.LOW).getSlaDueAt());
    }

    @Test
    void assignedThenResolvedOnce() {
        ServiceTicket ticket = open(TicketPriority.HIGH);
        assertEquals(TicketStatus.OPEN, ticket.getStatus());

        ticket.assign(" bob ");
        assertEquals(TicketStatus.IN_PROGRESS, ticket.getStatus());
        assertEquals("bob", ticket.getAssignee());

        ticket.resolve(NOW.plusSeconds(600));
        assertEquals(TicketStatus.RESOLVED, ticket.getStatus());
        assertEquals(NOW.plusSeconds(600), ticket.getResolvedAt());
        assertThrows(TicketStateException.class, () -> ticket.resolve(NOW.plusSeconds(900)));
        assertThrows(TicketStateException.class, () -> ticket.assign("alice"));
    }

    @Test
    void aSubjectIsRequiredAndACommentHasText() {
        CustomerAccount account = CustomerAccount.prospect("Acme", Territory.EAST, "alice", null, null, null, NOW);
        assertThrows(IllegalArgumentException.class, () -> ServiceTicket.open(account, null, null, " ", TicketPriority.LOW, "bob", NOW));
        assertThrows(IllegalArgumentException.class, () -> open(TicketPriority.LOW).comment("bob", "  ", CommentVisibility.INTERNAL, NOW));
    }

    private static ServiceTicket open(TicketPriority priority) {
        CustomerAccount account = CustomerAccount.prospect("Acme", Territory.EAST, "alice", null, null, null, NOW);
        return ServiceTicket.open(account, null, null, "Line down", priority, "bob", NOW);
    }
}
