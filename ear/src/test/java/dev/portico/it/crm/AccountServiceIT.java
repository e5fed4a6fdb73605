package dev.portico.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.contract.Destinations;
import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.event.AccountOpenedEvent;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.crm.service.NewAccount;
import dev.portico.integration.inbox.Inbox;
import dev.portico.it.support.Broker;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsHrManager;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsServiceAgent;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer account service inside the real server: permission checks and data scopes
 * from the access policy, SQL-side list queries against the demo data in MariaDB, and the
 * account-opened message that commits or rolls back with the insert and is applied once.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final Duration CONSUMER_WAIT = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(AccountServiceIT.class,
                RunAsSalesRep.class, RunAsSalesManager.class, RunAsServiceAgent.class, RunAsHrManager.class, Broker.class);
    }

    @EJB
    private CustomerAccounts accounts;

    @EJB
    private RunAsSalesRep salesRep;

    @EJB
    private RunAsSalesManager salesManager;

    @EJB
    private RunAsServiceAgent serviceAgent;

    @EJB
    private RunAsHrManager hrManager;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @EJB
    private Inbox inbox;

    @Resource
    private UserTransaction transaction;

    /** Sends as the CRM does. */
    @Inject
    @JMSConnectionFactory(Destinations.CRM_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/CrmAccountEvents")
    private Queue accountEvents;

    @Test
    void callerWithoutThePermissionIsRefused() {
        assertThrows(AccessDeniedException.class, () -> accounts.list(AccountFilter.ANY, PageRequest.first(10)));
        assertThrows(AccessDeniedException.class, () -> accounts.count(AccountFilter.ANY));
        assertThrows(AccessDeniedException.class, () -> accounts.open(newAccount("Refused Ltd")));
        assertThrows(AccessDeniedException.class, () -> hrManager.call(() -> accounts.count(AccountFilter.ANY)));
        assertThrows(AccessDeniedException.class, () -> serviceAgent.call(() -> accounts.open(newAccount("Viewer Ltd"))),
                "a service agent may view every account but edit none");
    }

    @Test
    void eachUserSeesExactlyTheAccountsOfTheirScope() throws Exception {
        long planted = plantAccount("Outsider Supplies " + UUID.randomUUID(), "SOUTH", "zoe");
        try {
            AccountFilter outsider = new AccountFilter("Outsider Supplies", null, null, null);
            assertEquals(1, serviceAgent.call(() -> accounts.list(outsider, PageRequest.first(50))).stream()
                    .filter(a -> a.id() == planted).count(), "ALL reaches it");
            assertTrue(salesRep.call(() -> accounts.list(outsider, PageRequest.first(50))).stream().noneMatch(a -> a.id() == planted),
                    "TERRITORY (EAST) does not");
            assertTrue(salesManager.call(() -> accounts.list(outsider, PageRequest.first(50))).stream().noneMatch(a -> a.id() == planted),
                    "TEAM (frank, alice, bob) does not");

            assertTrue(salesRep.call(() -> accounts.find(planted)).isEmpty(), "out of scope answers like...");
            assertEquals(salesRep.call(() -> accounts.find(Long.MAX_VALUE)), salesRep.call(() -> accounts.find(planted)),
                    "...an id that does not exist");
            assertTrue(serviceAgent.call(() -> accounts.find(planted)).isPresent());
        } finally {
            sql("DELETE FROM customer_account WHERE id = " + planted);
        }
    }

    @Test
    void territoryAndTeamScopesFollowTheStaffRecords() throws Exception {
        long aliceSees = salesRep.call(() -> accounts.count(AccountFilter.ANY));
        long eastTotal = serviceAgent.call(() -> accounts.count(new AccountFilter(null, Territory.EAST, null, null)));
        List<AccountSummary> frankSees = salesManager.call(() -> accounts.list(AccountFilter.ANY, new PageRequest(0, 500, null, false)));

        assertEquals(eastTotal, aliceSees, "alice sees her whole territory and nothing else");
        assertTrue(frankSees.stream().allMatch(a -> Set.of("frank", "alice", "bob").contains(a.ownerUsername())));
        assertTrue(frankSees.stream().anyMatch(a -> a.ownerUsername().equals("alice")), "his reports' accounts are in his team scope");
    }

    @Test
    void openingAnAccountOutsideOnesScopeIsRefused() {
        NewAccount west = new NewAccount("Westward Ho " + UUID.randomUUID(), Territory.WEST, "alice", null, null, null);
        assertThrows(AccessDeniedException.class, () -> salesRep.call(() -> accounts.open(west)));
    }

    @Test
    void listFiltersSortsAndPagesInTheDatabase() throws Exception {
        AccountFilter east = new AccountFilter(null, Territory.EAST, null, null);
        long total = salesRep.call(() -> accounts.count(east));
        List<AccountSummary> all = salesRep.call(() -> accounts.list(east, new PageRequest(0, 100, "name", true)));

        assertTrue(total >= 6, "demo data has at least six accounts in EAST, found " + total);
        assertEquals(total, all.size());
        assertTrue(all.stream().allMatch(a -> a.territory() == Territory.EAST));
        assertEquals(all.stream().sorted(Comparator.comparing(AccountSummary::name).reversed()).toList(), all);

        List<AccountSummary> secondPage = salesRep.call(() -> accounts.list(east, new PageRequest(2, 2, "name", true)));
        assertEquals(all.subList(2, 4), secondPage);
    }

    @Test
    void nameFilterTreatsWildcardsAsText() throws Exception {
        List<AccountSummary> harbor = salesRep.call(() ->
                accounts.list(new AccountFilter("harbor", null, null, null), PageRequest.first(50)));
        List<AccountSummary> percent = salesRep.call(() ->
                accounts.list(new AccountFilter("%", null, null, null), PageRequest.first(50)));

        assertFalse(harbor.isEmpty());
        assertTrue(harbor.stream().allMatch(a -> a.name().toLowerCase().contains("harbor")));
        assertTrue(percent.isEmpty(), "a % typed by the user must not match every name");
    }

    @Test
    void unknownSortFieldFallsBackToName() throws Exception {
        List<AccountSummary> rows = salesRep.call(() ->
                accounts.list(AccountFilter.ANY, PageRequest.first(20).sortedBy("name; DROP TABLE customer_account", false)));
        assertEquals(rows.stream().sorted(Comparator.comparing(AccountSummary::name)).toList(), rows);
    }

    @Test
    void invalidAccountIsRejectedWithItsViolations() {
        EJBException thrown = assertThrows(EJBException.class,
                () -> salesRep.call(() -> accounts.open(new NewAccount(" ", Territory.EAST, "alice", null, null, "USA"))));
        ConstraintViolationException violations = (ConstraintViolationException) rootCause(thrown, ConstraintViolationException.class);
        assertEquals(2, violations.getConstraintViolations().size(), violations.getMessage());
    }

    @Test
    void openedAccountIsAnnouncedAndAppliedOnce() throws Exception {
        AccountSummary opened = salesRep.call(() -> accounts.open(newAccount("Committed " + UUID.randomUUID())));

        assertEquals(AccountStatus.PROSPECT, opened.status());
        awaitInboxCount(opened.id(), 1);
    }

    @Test
    void rollbackDiscardsBothTheAccountAndItsMessage() throws Exception {
        long added = Broker.messagesAdded(Broker.ACCOUNT_EVENTS);
        transaction.begin();
        AccountSummary opened;
        try {
            opened = salesRep.call(() -> accounts.open(newAccount("Rolled back " + UUID.randomUUID())));
        } finally {
            transaction.rollback();
        }

        assertTrue(salesRep.call(() -> accounts.find(opened.id())).isEmpty(), "the insert was rolled back");
        assertEquals(added, Broker.messagesAdded(Broker.ACCOUNT_EVENTS), "the message rolled back with the insert");
        assertEquals(0, inbox.count(AccountOpenedEvent.TYPE, Long.toString(opened.id())));
    }

    @Test
    void duplicateDeliveryHasNoSecondEffect() throws Exception {
        long accountId = 900_000_000L + (System.nanoTime() % 1_000_000);
        String message = AccountOpenedEvent.of(accountId, Instant.now()).toJson();
        jms.createProducer().send(accountEvents, message);
        jms.createProducer().send(accountEvents, message);

        awaitInboxCount(accountId, 1);
        Broker.awaitDrained(Broker.ACCOUNT_EVENTS);   // both deliveries applied: a second effect would show now
        assertEquals(1, inbox.count(AccountOpenedEvent.TYPE, Long.toString(accountId)));
    }

    private void awaitInboxCount(long accountId, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(CONSUMER_WAIT);
        long seen;
        do {
            seen = inbox.count(AccountOpenedEvent.TYPE, Long.toString(accountId));
            if (seen == expected) {
                return;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        assertEquals(expected, seen, "inbox records for account " + accountId + " after " + CONSUMER_WAIT);
    }

    /** An account written straight to the database, as another system or a migration would. */
    private long plantAccount(String name, String territory, String owner) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO customer_account (name, territory, owner_username, status) VALUES (?, ?, ?, 'ACTIVE')",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, territory);
            insert.setString(3, owner);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static NewAccount newAccount(String name) {
        return new NewAccount(name, Territory.EAST, "alice", "northwind", "Boston", "us");
    }

    private static Throwable rootCause(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + thrown, thrown);
    }
}
