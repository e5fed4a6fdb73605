package dev.portico.it.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.contract.ErpEventType;
import dev.portico.crm.service.Account360;
import dev.portico.crm.service.AccountOverviews;
import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.Quotes;
import dev.portico.crm.service.TimelineEntry;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.service.OrderSummary;
import dev.portico.erp.service.SalesOrders;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsFinance;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsWarehouse;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole flow across both contexts, through the services and the real messaging: alice signs
 * a quote in the CRM; the ERP makes and confirms the order from the message; erin ships it; dave
 * invoices it and records two payments; the account's 360° view in the CRM shows every step in
 * order and the balance the ERP reported — nothing missing, nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
class OrderFlowIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(OrderFlowIT.class, RunAsSalesRep.class, RunAsWarehouse.class, RunAsFinance.class);
    }

    @EJB
    private Quotes quotes;
    @EJB
    private SalesOrders orders;
    @EJB
    private AccountOverviews accounts;
    @EJB
    private RunAsSalesRep alice;
    @EJB
    private RunAsWarehouse erin;
    @EJB
    private RunAsFinance dave;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Test
    void quoteToPaymentAppearsOnTheAccountsTimeline() throws Exception {
        long account = plantAccount();
        long quote = alice.call(() -> quotes.create(new NewQuote(account, null, List.of(
                new NewQuoteLine("PRD-0001", "Insulated pallet cover", 4),
                new NewQuoteLine("PRD-0003", "Heavy-duty tool rack", 2))))).id();
        alice.call(() -> quotes.sign(quote));

        OrderSummary order = await(() -> erin.call(() -> orders.findByQuote(quote))
                .filter(o -> o.status() == OrderStatus.CONFIRMED).orElse(null));
        assertEquals(0, new BigDecimal("480.00").compareTo(order.total()));
        assertEquals(account, order.crmAccountId());

        erin.call(() -> orders.ship(order.id()));
        dave.call(() -> orders.invoice(order.id()));
        dave.call(() -> orders.recordPayment(order.id(), new BigDecimal("300.00")));
        OrderSummary paid = dave.call(() -> orders.recordPayment(order.id(), new BigDecimal("180.00")));
        assertEquals(OrderStatus.PAID, paid.status());

        List<ErpEventType> expected = List.of(ErpEventType.ORDER_CONFIRMED, ErpEventType.SHIPPED, ErpEventType.INVOICED,
                ErpEventType.PAYMENT_RECEIVED, ErpEventType.PAYMENT_RECEIVED);
        Account360 view = await(() -> {
            Account360 seen = alice.call(() -> accounts.find(account)).orElseThrow();
            return seen.timeline().stream().filter(e -> e.quoteId() == quote).count() >= expected.size() ? seen : null;
        });
        List<TimelineEntry> timeline = view.timeline().stream().filter(e -> e.quoteId() == quote).toList();
        assertEquals(expected, timeline.stream().map(TimelineEntry::type).toList(), "every step once, in order");
        assertTrue(timeline.stream().allMatch(e -> e.erpOrderId() == order.id()));
        assertEquals(0, BigDecimal.ZERO.compareTo(view.balance().balance()), "paid in full: the balance the ERP reported");
        Thread.sleep(1_000);
        assertEquals(expected.size(), alice.call(() -> accounts.find(account)).orElseThrow().timeline().stream()
                .filter(e -> e.quoteId() == quote).count(), "and nothing arrives twice");
    }

    private static <T> T await(Callable<T> probe) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        T value = probe.call();
        while (value == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            value = probe.call();
        }
        if (value == null) {
            throw new AssertionError("not there within " + WAIT);
        }
        return value;
    }

    /** A fresh account of alice's, so the balance and timeline are this test's alone. */
    private long plantAccount() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO customer_account (name, territory, owner_username, status, city) "
                     + "VALUES (?, 'EAST', 'alice', 'ACTIVE', 'Springfield')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "Order Flow Test " + UUID.randomUUID());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
