package dev.portico.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.crm.domain.TicketPriority;
import dev.portico.crm.domain.TicketStateException;
import dev.portico.crm.domain.TicketStatus;
import dev.portico.crm.service.NewTicket;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.TicketCommentSummary;
import dev.portico.crm.service.TicketDetail;
import dev.portico.crm.service.TicketSummary;
import dev.portico.crm.service.Tickets;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsServiceAgent;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service tickets inside the real server: the SLA due time follows the priority, the queue is
 * sorted by it, a ticket goes through assign, comment and resolve, and each user reaches the
 * tickets of the accounts in their scope only.
 */
@ExtendWith(ArquillianExtension.class)
class TicketsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(TicketsIT.class, RunAsServiceAgent.class, RunAsSalesRep.class, RunAsSalesManager.class);
    }

    @EJB
    private Tickets tickets;

    @EJB
    private RunAsServiceAgent bob;

    @EJB
    private RunAsSalesRep alice;

    @EJB
    private RunAsSalesManager frank;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Test
    void dueTimeFollowsThePriorityAndTheQueueIsSortedByIt() throws Exception {
        long account = plantAccount("EAST", "alice");
        TicketSummary low = bob.call(() -> tickets.open(new NewTicket(account, "Catalogue please", TicketPriority.LOW, null, null)));
        TicketSummary urgent = bob.call(() -> tickets.open(new NewTicket(account, "Line down", TicketPriority.URGENT, null, null)));
        TicketSummary high = bob.call(() -> tickets.open(new NewTicket(account, "Wrong delivery", TicketPriority.HIGH, null, null)));

        assertEquals(Duration.ofHours(72), Duration.between(low.createdAt(), low.slaDueAt()));
        assertEquals(Duration.ofHours(4), Duration.between(urgent.createdAt(), urgent.slaDueAt()));
        assertEquals(Duration.ofHours(8), Duration.between(high.createdAt(), high.slaDueAt()));
        assertEquals(TicketStatus.OPEN, low.status());
        assertEquals("bob", low.openedBy());

        List<TicketSummary> queue = bob.call(() -> tickets.queue(0, Tickets.MAX_PAGE));
        for (int i = 1; i < queue.size(); i++) {
            assertTrue(!queue.get(i).slaDueAt().isBefore(queue.get(i - 1).slaDueAt()), "due first on top: " + queue);
        }
        List<Long> ours = queue.stream().map(TicketSummary::id).filter(id -> id == low.id() || id == urgent.id() || id == high.id()).toList();
        assertEquals(List.of(urgent.id(), high.id(), low.id()), ours);
        assertTrue(queue.stream().allMatch(t -> t.status().isOpen()));
        assertEquals(bob.call(() -> tickets.queueSize()), (long) queue.size());
    }

    @Test
    void assignCommentAndResolve() throws Exception {
        long account = plantAccount("EAST", "alice");
        long id = bob.call(() -> tickets.open(new NewTicket(account, "Invoice unclear", TicketPriority.NORMAL, null, 1001L))).id();

        TicketSummary assigned = bob.call(() -> tickets.assign(id, "bob"));
        assertEquals(TicketStatus.IN_PROGRESS, assigned.status());
        assertEquals("bob", assigned.assignee());

        bob.call(() -> {
            tickets.comment(id, "Called the customer back.");
            tickets.comment(id, "Credit note sent.");
            return null;
        });
        TicketDetail detail = bob.call(() -> tickets.find(id)).orElseThrow();
        assertEquals(List.of("Called the customer back.", "Credit note sent."),
                detail.comments().stream().map(TicketCommentSummary::body).toList());
        assertEquals("bob", detail.comments().get(0).author());
        assertEquals(1001L, detail.ticket().erpOrderId());

        TicketSummary resolved = bob.call(() -> tickets.resolve(id));
        assertEquals(TicketStatus.RESOLVED, resolved.status());
        assertNotNull(resolved.resolvedAt());
        assertTrue(bob.call(() -> tickets.queue(0, Tickets.MAX_PAGE)).stream().noneMatch(t -> t.id() == id), "off the queue");
        assertThrows(TicketStateException.class, () -> bob.call(() -> tickets.resolve(id)));
        assertThrows(TicketStateException.class, () -> bob.call(() -> tickets.assign(id, "bob")));
    }

    @Test
    void eachUserReachesTheTicketsOfTheirAccountsOnly() throws Exception {
        long east = plantAccount("EAST", "alice");
        long south = plantAccount("SOUTH", "zoe");
        long eastTicket = bob.call(() -> tickets.open(new NewTicket(east, "East question", TicketPriority.LOW, null, null))).id();
        long southTicket = bob.call(() -> tickets.open(new NewTicket(south, "South question", TicketPriority.LOW, null, null))).id();
        long refusalsBefore = refusals("alice", southTicket);

        List<Long> alicesQueue = alice.call(() -> tickets.queue(0, Tickets.MAX_PAGE)).stream().map(TicketSummary::id).toList();
        assertTrue(alicesQueue.contains(eastTicket), "her territory");
        assertTrue(!alicesQueue.contains(southTicket), "not another territory");
        assertTrue(alice.call(() -> tickets.find(eastTicket)).isPresent());
        assertEquals(alice.call(() -> tickets.find(Long.MAX_VALUE)), alice.call(() -> tickets.find(southTicket)),
                "out of scope answers like missing");
        assertEquals(refusalsBefore + 1, refusals("alice", southTicket), "and is logged");

        List<Long> franksQueue = frank.call(() -> tickets.queue(0, Tickets.MAX_PAGE)).stream().map(TicketSummary::id).toList();
        assertTrue(franksQueue.contains(eastTicket) && !franksQueue.contains(southTicket), "his team's accounts only");

        assertThrows(AccessDeniedException.class, () -> alice.call(() -> tickets.assign(eastTicket, "alice")),
                "sales may view tickets, not work them");
        assertThrows(AccessDeniedException.class,
                () -> alice.call(() -> tickets.open(new NewTicket(east, "Mine", TicketPriority.LOW, null, null))));
    }

    @Test
    void aTicketCanOnlyReferToAQuoteOfItsOwnAccount() throws Exception {
        long account = plantAccount("EAST", "alice");
        long foreignQuote = single("SELECT MIN(q.id) FROM quote q JOIN customer_account a ON a.id = q.account_id WHERE a.name = ?",
                "Ironwood Hardware");
        NoSuchRecordException refused = assertThrows(NoSuchRecordException.class, () -> bob.call(() ->
                tickets.open(new NewTicket(account, "About that quote", TicketPriority.HIGH, foreignQuote, null))));
        assertEquals("quote", refused.recordType());
    }

    private long plantAccount(String territory, String owner) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status, city) "
                     + "VALUES (?, ?, ?, 'ACTIVE', 'Springfield')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Ticket Test " + UUID.randomUUID());
            insert.setString(2, territory);
            insert.setString(3, owner);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long refusals(String user, long ticketId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(
                "SELECT COUNT(*) FROM access_log WHERE username = ? AND record_type = 'service-ticket' AND record_id = ?")) {
            statement.setString(1, user);
            statement.setString(2, Long.toString(ticketId));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long single(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
