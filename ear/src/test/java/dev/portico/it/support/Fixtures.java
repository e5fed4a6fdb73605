package dev.portico.it.support;

import dev.portico.crm.domain.Territory;
import dev.portico.crm.domain.TicketPriority;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.crm.service.NewAccount;
import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.NewTicket;
import dev.portico.crm.service.Quotes;
import dev.portico.crm.service.Tickets;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Named test data, planted through the application's own services by the user who would plant
 * it (alice for her East accounts, frank for the West), so that each test owns what it writes
 * and reads: no test depends on what another did to the demo seed. Every account's name carries
 * the caller's label and a number unique to this server, so two tests, or two runs on one
 * database, never meet on a record.
 *
 * <p>Each method runs in a transaction of its own, committed before it returns: what it made is
 * there for the test's next call, and for the ERP, whatever the test's own transaction does.
 * Black-box tests reach the same fixtures over HTTP through {@link RemoteFixtures}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Fixtures {

    /** The product every fixture quote orders: in stock in the demo catalogue, at its list price. */
    public static final String SKU = "PRD-0003";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @EJB
    private CustomerAccounts accounts;

    @EJB
    private Quotes quotes;

    @EJB
    private Tickets tickets;

    @EJB
    private RunAsSalesRep alice;

    @EJB
    private RunAsServiceAgent bob;

    @EJB
    private RunAsSalesManager frank;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    /** A customer in the East owned by alice and served by Northwind: dina sees it, dan does not. */
    public long northwindCustomer(String label) throws Exception {
        return customer(label, Territory.EAST, "alice", "northwind");
    }

    /** A customer in the West owned by frank and served by Southwind: dan sees it, dina and alice do not. */
    public long southwindCustomer(String label) throws Exception {
        return customer(label, Territory.WEST, "frank", "southwind");
    }

    /** A customer of alice's in the East that no partner serves. */
    public long eastCustomer(String label) throws Exception {
        return customer(label, Territory.EAST, "alice", null);
    }

    /** A prospect of alice's in the East: its quotes can be written, never signed. */
    public long eastProspect(String label) throws Exception {
        return open(label, Territory.EAST, "alice", null);
    }

    /** A draft quote on {@code account} for one {@link #SKU} at its list price and currency, written by the account's owner. */
    public long draftQuote(long account) throws Exception {
        return asOwnerOf(account, () -> quotes.create(new NewQuote(account, null,
                List.of(new NewQuoteLine(SKU, null, 1, null)))).id());
    }

    /** A quote as {@link #draftQuote}, signed by the account's owner: it is on its way to the ERP. */
    public long signedQuote(long account) throws Exception {
        long quote = draftQuote(account);
        asOwnerOf(account, () -> quotes.sign(quote));
        return quote;
    }

    /** A signed quote, once the ERP has made its order: the order's id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long signedOrder(long account) throws Exception {
        long quote = signedQuote(account);
        for (int i = 0; i < 300; i++) {
            Long order = number("SELECT id FROM sales_order WHERE quote_id = ?", quote);
            if (order != null) {
                return order;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no ERP order for fixture quote " + quote + " within 30 s");
    }

    /** An open ticket of normal priority on {@code account}, taken down by bob at the service desk. */
    public long openTicket(long account, String subject) throws Exception {
        String unique = subject + " " + SEQUENCE.incrementAndGet();
        return bob.call(() -> tickets.open(new NewTicket(account, unique, TicketPriority.NORMAL, null, null)).id());
    }

    private long customer(String label, Territory territory, String owner, String partner) throws Exception {
        long id = open(label, territory, owner, partner);
        as(owner, () -> accounts.activate(id));
        return id;
    }

    private long open(String label, Territory territory, String owner, String partner) throws Exception {
        String name = label + " " + SEQUENCE.incrementAndGet();
        return as(owner, () -> accounts.open(new NewAccount(name, territory, owner, partner, "Fixture City", "US")).id());
    }

    private <V> V asOwnerOf(long account, Callable<V> work) throws Exception {
        Long known = number("SELECT id FROM customer_account WHERE id = ? AND owner_username = 'alice'", account);
        return as(known != null ? "alice" : "frank", work);
    }

    private <V> V as(String owner, Callable<V> work) throws Exception {
        return switch (owner) {
            case "alice" -> alice.call(work);
            case "frank" -> frank.call(work);
            default -> throw new IllegalArgumentException("no fixture identity for owner " + owner);
        };
    }

    private Long number(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
