package dev.portico.it.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.erp.partner.InvoiceState;
import dev.portico.erp.service.AgeingRow;
import dev.portico.erp.service.InvoiceQuery;
import dev.portico.erp.service.Receivables;
import dev.portico.erp.service.SalesOrders;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsFinance;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.platform.export.ExportFormat;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finance's receivables over planted invoices: the ageing buckets of one customer equal the
 * expected amounts and an independent SQL computation, boundary days included (30 days overdue
 * less ten minutes is 1–30, plus ten minutes 31–60); a partial payment lowers its bucket and a
 * full one takes the invoice out; the state filters count what they say; the statement lists
 * every invoice; and a sales rep (no finance:view) is refused.
 */
@ExtendWith(ArquillianExtension.class)
class ReceivablesIT {

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(ReceivablesIT.class, RunAsFinance.class, RunAsSalesRep.class);
    }

    @EJB
    private Receivables receivables;

    @EJB
    private SalesOrders orders;

    @EJB
    private RunAsFinance dave;

    @EJB
    private RunAsSalesRep alice;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Test
    void theAgeingBucketsEqualTheSqlAndPaymentsMoveThem() throws Exception {
        Instant now = Instant.now();
        long account = insert("INSERT INTO customer_account (name, territory, owner_username, status) VALUES (?, 'EAST', 'alice', 'ACTIVE')",
                "ReceivablesIT " + UUID.randomUUID());
        long customer = insert("INSERT INTO erp_customer (crm_account_id, credit_limit, balance) VALUES (?, 25000, 600)", account);
        List<Duration> dueIn = List.of(Duration.ofDays(1), Duration.ofDays(-1), Duration.ofDays(-30).plusMinutes(10),
                Duration.ofDays(-30).minusMinutes(10), Duration.ofDays(-75), Duration.ofDays(-91));
        List<Long> orderIds = new ArrayList<>();
        for (Duration due : dueIn) {
            long quote = insert("INSERT INTO quote (account_id, owner_username, status, currency, total, created_at, signed_at, signed_by) "
                    + "VALUES (?, 'alice', 'SIGNED', 'EUR', 100, ?, ?, 'alice')", account, Timestamp.from(now.minus(Duration.ofDays(100))),
                    Timestamp.from(now.minus(Duration.ofDays(100))));
            long order = insert("INSERT INTO sales_order (quote_id, erp_customer_id, crm_account_id, status, total, amount_paid, currency, "
                    + "signed_by, signed_at, received_at) VALUES (?, ?, ?, 'INVOICED', 100, 0, 'EUR', 'alice', ?, ?)", quote, customer, account,
                    Timestamp.from(now.minus(Duration.ofDays(100))), Timestamp.from(now.minus(Duration.ofDays(100))));
            insert("INSERT INTO invoice (sales_order_id, amount, currency, issued_at, issued_by, due_at) VALUES (?, 100, 'EUR', ?, 'dave', ?)",
                    order, Timestamp.from(now.minus(Duration.ofDays(95))), Timestamp.from(now.plus(due)));
            orderIds.add(order);
        }

        AgeingRow row = row(account);
        assertEquals(List.of(HUNDRED, new BigDecimal("200.00"), HUNDRED, HUNDRED, HUNDRED), row.buckets(),
                "not due, 1–30 (1 day and 30 days less ten minutes), 31–60 (30 days and ten minutes), 61–90, over 90");
        assertEquals(sqlBuckets(account), row.buckets(), "the same as SQL over the planted invoices");
        assertEquals(6, row.invoices());
        assertEquals(5, (long) dave.call(() -> receivables.count(new InvoiceQuery(InvoiceState.OVERDUE, account))));
        assertEquals(1, (long) dave.call(() -> receivables.count(new InvoiceQuery(InvoiceState.OPEN, account))));

        dave.call(() -> orders.recordPayment(orderIds.get(3), new BigDecimal("40.00")));
        assertEquals(new BigDecimal("60.00"), row(account).days31To60(), "a partial payment lowers its invoice's bucket");
        dave.call(() -> orders.recordPayment(orderIds.get(5), HUNDRED));
        AgeingRow paid = row(account);
        assertEquals(new BigDecimal("0.00"), paid.over90(), "paid in full: out of the ageing");
        assertEquals(5, paid.invoices());
        assertEquals(sqlBuckets(account), paid.buckets());
        assertEquals(1, (long) dave.call(() -> receivables.count(new InvoiceQuery(InvoiceState.PAID, account))));
        assertEquals(2, dave.call(() -> receivables.paymentsSince(now.minusSeconds(60), 200)).stream()
                .filter(p -> p.crmAccountId() == account).count(), "both payments are this week's");

        String statement = new String(dave.call(() -> receivables.statement(account, ExportFormat.CSV)).content(), StandardCharsets.UTF_8);
        for (long order : orderIds) {
            assertTrue(statement.contains("," + order + ","), "the statement lists the invoice of order " + order + ":\n" + statement);
        }
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> receivables.ageing()), "a sales rep holds no finance:view");
    }

    private AgeingRow row(long account) throws Exception {
        return dave.call(() -> receivables.ageing()).accounts().stream().filter(r -> r.crmAccountId() == account).findFirst()
                .orElseThrow(() -> new AssertionError("no ageing row for " + account));
    }

    /** The buckets written independently: days overdue from DATEDIFF-free instants, in the database's own clock. */
    private List<BigDecimal> sqlBuckets(long account) throws SQLException {
        String out = "(i.amount - o.amount_paid)";
        String sql = "SELECT SUM(IF(i.due_at >= NOW(6), " + out + ", 0)), "
                + "SUM(IF(i.due_at < NOW(6) AND i.due_at >= NOW(6) - INTERVAL 30 DAY, " + out + ", 0)), "
                + "SUM(IF(i.due_at < NOW(6) - INTERVAL 30 DAY AND i.due_at >= NOW(6) - INTERVAL 60 DAY, " + out + ", 0)), "
                + "SUM(IF(i.due_at < NOW(6) - INTERVAL 60 DAY AND i.due_at >= NOW(6) - INTERVAL 90 DAY, " + out + ", 0)), "
                + "SUM(IF(i.due_at < NOW(6) - INTERVAL 90 DAY, " + out + ", 0)) "
                + "FROM invoice i JOIN sales_order o ON o.id = i.sales_order_id WHERE o.crm_account_id = ? AND o.amount_paid < i.amount";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, account);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                List<BigDecimal> buckets = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    buckets.add(r.getBigDecimal(i).setScale(2));
                }
                return buckets;
            }
        }
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
