package dev.portico.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.contract.AccountScope;
import dev.portico.contract.OrderSubmitted;
import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.DiscountException;
import dev.portico.crm.domain.ProspectQuoteException;
import dev.portico.crm.domain.QuoteNotDraftException;
import dev.portico.crm.domain.QuoteStatus;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.QuoteFilter;
import dev.portico.crm.service.QuoteLinesException;
import dev.portico.crm.service.QuoteSummary;
import dev.portico.crm.service.Quotes;
import dev.portico.it.support.Broker;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.Fixtures;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsServiceAgent;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quotes inside the real server: a signed quote leaves as exactly one {@code OrderSubmitted} on
 * the ERP's intake queue, in the transaction of the signature; a prospect's never does; and a
 * quote outside the caller's scope answers like a missing one. What crossed is read where the
 * ERP recorded it (its inbox, its order), the ERP's intake consumer being the queue's reader.
 */
@ExtendWith(ArquillianExtension.class)
class QuotesIT {

    /** How long a message that should not exist is waited for. */

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(QuotesIT.class, RunAsSalesRep.class, RunAsSalesManager.class, RunAsServiceAgent.class, Broker.class);
    }

    @EJB
    private Quotes quotes;

    @EJB
    private RunAsSalesRep alice;

    @EJB
    private RunAsServiceAgent bob;

    @EJB
    private RunAsSalesManager frank;


    @EJB
    private Fixtures fixtures;

    @EJB
    private CustomerAccounts accounts;



    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void signedQuoteReachesTheErpQueueWithItsLinesAndTotal() throws Exception {
        long account = fixtures.eastCustomer("QuotesIT signed");
        QuoteSummary draft = alice.call(() -> quotes.create(new NewQuote(account, "eur", List.of(
                new NewQuoteLine("PRD-0001", "Insulated pallet cover", 3),
                new NewQuoteLine("PRD-0002", null, 2, new BigDecimal("10"))), "Second logger for a new depot")));
        assertEquals(QuoteStatus.DRAFT, draft.status());
        assertEquals(new BigDecimal("306.00"), draft.total(), "3 × 45.00 + 2 × 95.00 less 10 %, within alice's limit");
        assertEquals("EUR", draft.currency());

        long added = Broker.messagesAdded(Broker.ORDER_INTAKE);
        QuoteSummary signed = alice.call(() -> quotes.sign(draft.id()));

        assertEquals(added + 1, Broker.awaitMessagesAdded(Broker.ORDER_INTAKE, added + 1), "one message, committed with the signature");
        assertEquals(QuoteStatus.SIGNED, signed.status());
        assertEquals("alice", signed.signedBy());
        List<OrderSubmitted> sent = ordersFor(draft.id(), Duration.ofSeconds(10));
        assertEquals(1, sent.size(), "exactly one order for the quote");
        OrderSubmitted order = sent.get(0);
        assertEquals(account, order.crmAccountId());
        assertEquals("EUR", order.currency());
        assertEquals("alice", order.signedBy());
        assertEquals(signed.signedAt(), order.signedAt());
        assertEquals(crmScopeOf(account), order.account(), "the ERP restricts its lists by the CRM's scope of the account, as sent");
        assertEquals(List.of(new OrderSubmitted.Line("PRD-0001", 3, new BigDecimal("45.00")),
                new OrderSubmitted.Line("PRD-0002", 2, new BigDecimal("85.50"))), order.lines());
        assertEquals(0, draft.total().compareTo(order.total()));
        assertEquals(QuoteStatus.SIGNED, alice.call(() -> quotes.find(draft.id())).orElseThrow().quote().status());
    }

    @Test
    void aDiscountBeyondTheRepsLimitIsSignedOnlyOnceTheSalesManagerApprovesIt() throws Exception {
        long account = fixtures.eastCustomer("QuotesIT discount");
        NewQuote fifteen = new NewQuote(account, null, List.of(new NewQuoteLine("PRD-0003", null, 2, new BigDecimal("15"))),
                "Matches the competitor's offer");
        assertThrows(QuoteLinesException.class, () -> alice.call(() -> quotes.create(new NewQuote(account, null,
                List.of(new NewQuoteLine("PRD-0003", null, 1, new BigDecimal("30"))), "too much"))), "beyond any role's limit");
        assertThrows(DiscountException.class, () -> alice.call(() -> quotes.create(new NewQuote(account, null,
                List.of(new NewQuoteLine("PRD-0003", null, 1, new BigDecimal("5"))), " "))), "a discount needs a reason");
        assertThrows(QuoteLinesException.class, () -> alice.call(() -> quotes.create(new NewQuote(account, "USD",
                List.of(new NewQuoteLine("PRD-0003", null, 1)), null))), "no price in a currency the list does not price in");

        QuoteSummary draft = alice.call(() -> quotes.create(fifteen));
        assertEquals(new BigDecimal("255.00"), draft.total(), "2 × 150.00 less 15 %");
        long added = Broker.messagesAdded(Broker.ORDER_INTAKE);
        assertThrows(DiscountException.class, () -> alice.call(() -> quotes.sign(draft.id())), "15 % is beyond alice's 10 %");
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> quotes.approveDiscount(draft.id(), "mine")));
        assertEquals(added, Broker.messagesAdded(Broker.ORDER_INTAKE), "nothing reached the ERP");

        frank.call(() -> quotes.approveDiscount(draft.id(), "Strategic account, one-off"));
        assertEquals("frank", alice.call(() -> quotes.find(draft.id())).orElseThrow().discountApprovedBy());
        assertEquals(QuoteStatus.SIGNED, alice.call(() -> quotes.sign(draft.id())).status());
        assertEquals(added + 1, Broker.awaitMessagesAdded(Broker.ORDER_INTAKE, added + 1));
        assertEquals(1, count("SELECT COUNT(*) FROM grant_ledger WHERE event = 'DISCOUNT_APPROVED' AND actor = 'frank' AND subject = 'alice' "
                + "AND detail LIKE 'quote " + draft.id() + " %'"));

        QuoteSummary franks = frank.call(() -> quotes.create(new NewQuote(account, null,
                List.of(new NewQuoteLine("PRD-0003", null, 1, new BigDecimal("20"))), "Manager's own deal")));
        assertThrows(DiscountException.class, () -> frank.call(() -> quotes.approveDiscount(franks.id(), "mine")), "not his own quote");
        assertEquals(QuoteStatus.SIGNED, frank.call(() -> quotes.sign(franks.id())).status(), "20 % is within a manager's own 25 %");
    }

    @Test
    void prospectsQuoteIsRefusedAndNothingIsSent() throws Exception {
        long prospect = fixtures.eastProspect("QuotesIT prospect");
        QuoteSummary draft = alice.call(() -> quotes.create(oneLine(prospect)));
        long added = Broker.messagesAdded(Broker.ORDER_INTAKE);

        ProspectQuoteException refused = assertThrows(ProspectQuoteException.class, () -> alice.call(() -> quotes.sign(draft.id())));

        assertTrue(refused.getMessage().contains("prospects never reach the ERP"), refused.getMessage());
        assertEquals(QuoteStatus.DRAFT, alice.call(() -> quotes.find(draft.id())).orElseThrow().quote().status());
        assertEquals(added, Broker.messagesAdded(Broker.ORDER_INTAKE), "nothing sent");
        assertEquals(List.of(), ordersFor(draft.id()));
    }

    @Test
    void aProspectMadeACustomerByItsOwnerCanSignWithinHerScopeOnly() throws Exception {
        long prospect = fixtures.eastProspect("QuotesIT converted");
        long westCustomer = fixtures.southwindCustomer("QuotesIT not hers");
        QuoteSummary draft = alice.call(() -> quotes.create(oneLine(prospect)));

        assertEquals(AccountStatus.ACTIVE, alice.call(() -> accounts.activate(prospect)).status());
        assertEquals(AccountStatus.ACTIVE, alice.call(() -> accounts.activate(prospect)).status(), "twice is no error");
        assertEquals(QuoteStatus.SIGNED, alice.call(() -> quotes.sign(draft.id())).status());
        assertEquals(1, ordersFor(draft.id(), Duration.ofSeconds(10)).size());

        NoSuchRecordException foreign = assertThrows(NoSuchRecordException.class, () -> alice.call(() -> accounts.activate(westCustomer)));
        assertEquals("customer-account", foreign.recordType());
    }

    @Test
    void rolledBackSignatureSendsNothing() throws Exception {
        QuoteSummary draft = alice.call(() -> quotes.create(oneLine(fixtures.eastCustomer("QuotesIT rolled back"))));
        long added = Broker.messagesAdded(Broker.ORDER_INTAKE);

        transaction.begin();
        try {
            assertEquals(QuoteStatus.SIGNED, alice.call(() -> quotes.sign(draft.id())).status());
        } finally {
            transaction.rollback();
        }

        assertEquals(QuoteStatus.DRAFT, alice.call(() -> quotes.find(draft.id())).orElseThrow().quote().status());
        assertEquals(added, Broker.messagesAdded(Broker.ORDER_INTAKE), "the message rolled back with the signature");
        assertEquals(List.of(), ordersFor(draft.id()));
    }

    @Test
    void aQuoteIsSignedOnceEvenWhenTwoSignaturesRace() throws Exception {
        long account = fixtures.northwindCustomer("QuotesIT race");
        QuoteSummary first = alice.call(() -> quotes.create(oneLine(account)));
        long added = Broker.messagesAdded(Broker.ORDER_INTAKE);
        alice.call(() -> quotes.sign(first.id()));
        assertThrows(QuoteNotDraftException.class, () -> alice.call(() -> quotes.sign(first.id())));
        assertEquals(added + 1, Broker.awaitMessagesAdded(Broker.ORDER_INTAKE, added + 1), "the second signature sent nothing");
        assertEquals(1, ordersFor(first.id(), Duration.ofSeconds(10)).size());

        QuoteSummary raced = alice.call(() -> quotes.create(oneLine(account)));
        long beforeRace = Broker.messagesAdded(Broker.ORDER_INTAKE);
        Callable<QuoteSummary> sign = () -> alice.call(() -> quotes.sign(raced.id()));
        List<Future<QuoteSummary>> attempts = List.of(executor.submit(sign), executor.submit(sign));
        int succeeded = 0;
        for (Future<QuoteSummary> attempt : attempts) {
            try {
                attempt.get();
                succeeded++;
            } catch (ExecutionException lost) {
                // The loser meets a signed quote, or the version check if both read the draft.
                assertTrue(lost.getCause() instanceof QuoteNotDraftException
                        || String.valueOf(rootMessage(lost)).contains("ptimistic"), String.valueOf(lost.getCause()));
            }
        }
        assertEquals(1, succeeded, "exactly one signature wins");
        assertEquals(beforeRace + 1, Broker.awaitMessagesAdded(Broker.ORDER_INTAKE, beforeRace + 1), "and exactly one message was sent");
        assertEquals(1, ordersFor(raced.id(), Duration.ofSeconds(10)).size(), "and exactly one order leaves");
    }

    @Test
    void aQuoteOutsideTheTerritoryAnswersLikeAMissingOneAndIsLogged() throws Exception {
        long westQuote = fixtures.draftQuote(fixtures.southwindCustomer("QuotesIT west"));
        long refusalsBefore = refusals(westQuote);
        long added = Broker.messagesAdded(Broker.ORDER_INTAKE);

        assertTrue(alice.call(() -> quotes.find(westQuote)).isEmpty());
        assertEquals(alice.call(() -> quotes.find(Long.MAX_VALUE)), alice.call(() -> quotes.find(westQuote)));
        NoSuchRecordException foreign = assertThrows(NoSuchRecordException.class, () -> alice.call(() -> quotes.sign(westQuote)));
        NoSuchRecordException missing = assertThrows(NoSuchRecordException.class, () -> alice.call(() -> quotes.sign(Long.MAX_VALUE)));
        assertEquals(missing.recordType(), foreign.recordType());
        assertEquals(missing.getMessage().replace(Long.toString(Long.MAX_VALUE), "?"),
                foreign.getMessage().replace(Long.toString(westQuote), "?"));
        assertTrue(alice.call(() -> quotes.list(QuoteFilter.ANY, PageRequest.first(500))).stream().noneMatch(q -> q.id() == westQuote));
        assertEquals(QuoteStatus.DRAFT, bob.call(() -> quotes.find(westQuote)).orElseThrow().quote().status());
        assertEquals(refusalsBefore + 3, refusals(westQuote), "both finds and the signature are logged");
        assertEquals(added, Broker.messagesAdded(Broker.ORDER_INTAKE), "nothing sent");
    }

    @Test
    void quotesOfAnotherTerritoryCannotBeCreatedEither() throws Exception {
        long west = fixtures.southwindCustomer("QuotesIT west");
        NoSuchRecordException refused = assertThrows(NoSuchRecordException.class, () -> alice.call(() -> quotes.create(oneLine(west))));
        assertEquals("customer-account", refused.recordType());
    }

    @Test
    void listIsScopedNewestFirstAndCounted() throws Exception {
        long west = fixtures.draftQuote(fixtures.southwindCustomer("QuotesIT list west"));
        long east = fixtures.draftQuote(fixtures.eastCustomer("QuotesIT list east"));
        List<QuoteSummary> mine = alice.call(() -> quotes.list(QuoteFilter.ANY, PageRequest.first(500)));
        long count = alice.call(() -> quotes.count(QuoteFilter.ANY));

        assertEquals(Math.min(count, 500), mine.size(), "one page of at most 500");   // the crash test signs hundreds for alice
        assertEquals(east, mine.get(0).id(), "her newest quote first");
        assertTrue(mine.stream().noneMatch(q -> q.id() == west), "not frank's in the West");
        for (int i = 1; i < mine.size(); i++) {
            assertTrue(!mine.get(i).createdAt().isAfter(mine.get(i - 1).createdAt()), "newest first");
        }
        assertTrue(bob.call(() -> quotes.count(QuoteFilter.ANY)) > count, "bob sees every territory");
    }

    private static NewQuote oneLine(long accountId) {
        return new NewQuote(accountId, null, List.of(new NewQuoteLine("PRD-0003", "Heavy-duty tool rack", 1)));
    }

    /** What the ERP holds for the quote now: after the broker's counter showed nothing was sent. */
    private List<OrderSubmitted> ordersFor(long quoteId) throws Exception {
        return ordersFor(quoteId, Duration.ZERO);
    }

    /**
     * The orders the ERP made of the quote, once one has arrived or {@code wait} is over, as the
     * ERP recorded them (header, lines and the messages it received for the quote, from its
     * inbox): the ERP's intake consumer is the queue's only reader, so this is what crossed. That
     * no duplicate was sent is the broker's counter's to prove, not a wait here.
     */
    private List<OrderSubmitted> ordersFor(long quoteId, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline) && messagesFor(quoteId) == 0) {
            Thread.sleep(200);
        }
        long messages = messagesFor(quoteId);
        List<OrderSubmitted> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement header = c.prepareStatement("SELECT o.id, o.crm_account_id, o.currency, o.signed_by, o.signed_at, "
                     + "k.territory, k.owner_username, k.partner_alias FROM sales_order o JOIN erp_customer k ON k.id = o.erp_customer_id "
                     + "WHERE o.quote_id = ?");
             PreparedStatement lines = c.prepareStatement("SELECT sku, quantity, unit_price FROM sales_order_line WHERE sales_order_id = ? ORDER BY line_no")) {
            header.setLong(1, quoteId);
            try (ResultSet order = header.executeQuery()) {
                if (order.next()) {
                    lines.setLong(1, order.getLong(1));
                    List<OrderSubmitted.Line> items = new ArrayList<>();
                    try (ResultSet line = lines.executeQuery()) {
                        while (line.next()) {
                            items.add(new OrderSubmitted.Line(line.getString(1), line.getInt(2), line.getBigDecimal(3)));
                        }
                    }
                    OrderSubmitted made = new OrderSubmitted("erp", quoteId, order.getLong(2), order.getString(3), items,
                            order.getString(4), order.getTimestamp(5).toInstant(),
                            new AccountScope(order.getString(6), order.getString(7), order.getString(8)));
                    for (long i = 0; i < messages; i++) {
                        found.add(made);
                    }
                }
            }
        }
        return found;
    }

    private long messagesFor(long quoteId) throws SQLException {
        return single("SELECT COUNT(*) FROM integration_inbox WHERE event_type = '" + OrderSubmitted.TYPE + "' AND aggregate_id = ?",
                Long.toString(quoteId));
    }

    /** What the data scopes test on the account, read from the CRM's own tables. */
    private AccountScope crmScopeOf(long account) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT a.territory, a.owner_username, p.alias FROM customer_account a "
                     + "LEFT JOIN organisation p ON p.id = a.partner_organisation_id WHERE a.id = ?")) {
            query.setLong(1, account);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new AccountScope(row.getString(1), row.getString(2), row.getString(3));
            }
        }
    }

    private long refusals(long quoteId) throws SQLException {
        return single("SELECT COUNT(*) FROM access_log WHERE username = 'alice' AND record_type = 'quote' AND record_id = ?",
                Long.toString(quoteId));
    }

    private long single(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), "no row for " + parameter);
                return rs.getLong(1);
            }
        }
    }

    private static String rootMessage(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getName() + ": " + t.getMessage();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
