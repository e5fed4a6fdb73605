package dev.portico.it.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.integration.reconciliation.Finding;
import dev.portico.integration.reconciliation.FindingKind;
import dev.portico.integration.reconciliation.Reconciliations;
import dev.portico.integration.reconciliation.RunSummary;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsWarehouse;
import dev.portico.platform.export.ExportFile;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reconciliation job in the real server against the real MariaDB: one difference of each kind
 * is planted straight into the tables, next to an account whose CRM and ERP sides agree; the job
 * is started through the service as ada and awaited through the batch runtime's JobOperator; the
 * findings about the planted records are exactly the planted differences, the consistent account
 * and the demo data give none, and the CSV report lists the same. Records other tests left behind
 * may add findings of their own, so only findings about this test's and the demo's records count.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> DEMO_ACCOUNTS = List.of("Blue Harbor Foods", "Cedar & Stone Builders", "Fairview Schools District",
            "Keystone Bakeries", "Ironwood Hardware", "Eastgate Office Furniture");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(ReconciliationIT.class, RunAsPortalAdmin.class, RunAsWarehouse.class);
    }

    @EJB
    private Reconciliations reconciliation;

    @EJB
    private RunAsPortalAdmin ada;

    @EJB
    private RunAsWarehouse erin;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    private Planted planted;

    @AfterEach
    void removePlanted() throws SQLException {
        if (planted != null) {
            planted.remove();
        }
    }

    @Test
    void theReportListsExactlyThePlantedDifferences() throws Exception {
        planted = new Planted(dataSource);
        long consistent = planted.account("ACTIVE");
        long consistentQuote = planted.signedQuote(consistent);
        long consistentCustomer = planted.customer(consistent);
        long consistentOrder = planted.order(consistentQuote, consistentCustomer, consistent, "INVOICED", "100.00", "40.00");
        planted.invoice(consistentOrder, "100.00", "40.00");
        planted.timeline(consistentQuote, consistentOrder, consistent, "ORDER_CONFIRMED", "100.00", "SHIPPED", null, "INVOICED", "100.00",
                "PAYMENT_RECEIVED", "40.00");
        planted.balance(consistent, "60.00");

        long unmapped = planted.account("ACTIVE");
        planted.signedQuote(unmapped);
        long missingAccount = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        long orphanCustomer = planted.customer(missingAccount);
        long prospect = planted.account("PROSPECT");
        long prospectCustomer = planted.customer(prospect);
        long quoteless = planted.account("ACTIVE");
        long quotelessCustomer = planted.customer(quoteless);
        long missingQuote = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        long quotelessOrder = planted.order(missingQuote, quotelessCustomer, quoteless, "RECEIVED", "10.00", "0.00");
        long behind = planted.account("ACTIVE");
        long behindQuote = planted.signedQuote(behind);
        long behindOrder = planted.order(behindQuote, planted.customer(behind), behind, "SHIPPED", "70.00", "0.00");
        planted.timeline(behindQuote, behindOrder, behind, "ORDER_CONFIRMED", "70.00");
        long unknownOrder = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        planted.timeline(planted.signedQuote(behind), unknownOrder, behind, "ORDER_CONFIRMED", "20.00");
        long owing = planted.account("ACTIVE");
        long owingQuote = planted.signedQuote(owing);
        long owingCustomer = planted.customer(owing);
        long owingOrder = planted.order(owingQuote, owingCustomer, owing, "INVOICED", "500.00", "0.00");
        planted.invoice(owingOrder, "500.00", null);
        planted.timeline(owingQuote, owingOrder, owing, "ORDER_CONFIRMED", "500.00", "SHIPPED", null, "INVOICED", "500.00");
        planted.balance(owing, "300.00");

        RunSummary started = ada.call(() -> reconciliation.start());
        RunSummary done = awaitJob(started.id());

        assertEquals("COMPLETED", done.jobStatus(), "JobOperator's batch status");
        assertEquals("COMPLETED", done.status());
        assertEquals("ada", done.startedBy());
        List<Finding> findings = ada.call(() -> reconciliation.findings(started.id(), 100_000));
        assertEquals(done.findingCount(), findings.size());
        Set<String> ours = findings.stream().filter(f -> planted.concerns(f, missingAccount, unknownOrder))
                .map(ReconciliationIT::describe).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(
                "ACCOUNT_WITHOUT_ERP_CUSTOMER account=" + unmapped + " crm=1 signed quote(s) erp=no customer",
                "ERP_CUSTOMER_WITHOUT_ACCOUNT customer=" + orphanCustomer + " crm=no account erp=customer " + orphanCustomer,
                "ERP_CUSTOMER_FOR_PROSPECT customer=" + prospectCustomer + " crm=PROSPECT erp=customer " + prospectCustomer,
                "ERP_ORDER_WITHOUT_QUOTE order=" + quotelessOrder + " crm=no quote erp=order RECEIVED",
                "STATUS_MISMATCH order=" + behindOrder + " crm=CONFIRMED erp=SHIPPED",
                "ORDER_UNKNOWN_TO_ERP order=" + unknownOrder + " crm=CONFIRMED erp=no order",
                "BALANCE_MISMATCH account=" + owing + " crm=300.00 erp=500.00")), ours);

        Set<Long> demo = planted.accountIds(DEMO_ACCOUNTS);
        List<Finding> aboutDemo = findings.stream().filter(f -> f.erpOrderId() != null && f.erpOrderId() == 1001
                || demo.contains(f.crmAccountId()) && f.kind() != FindingKind.ORDER_UNKNOWN_TO_ERP).toList();
        assertEquals(List.of(), aboutDemo, "the demo's accounts and its order 1001 agree on both sides");

        ExportFile report = ada.call(() -> reconciliation.report(started.id()));
        String csv = new String(report.content(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("category,kind,crm_account_id,erp_customer_id,quote_id,erp_order_id,crm_value,erp_value\r\n"), csv);
        assertEquals(findings.size() + 1, csv.split("\r\n").length, "one line per finding under the header");
        assertTrue(csv.contains("BALANCE,BALANCE_MISMATCH," + owing + "," + owingCustomer + ",,,300.00,500.00\r\n"), csv);
        assertTrue(csv.contains("STATUS,STATUS_MISMATCH," + behind + ","), csv);
        assertTrue(ada.call(() -> reconciliation.runs(5)).stream().anyMatch(r -> r.id() == started.id()));
    }

    @Test
    void onlyIntegrationEditStartsTheJob() {
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> reconciliation.start()));
        assertThrows(AccessDeniedException.class, () -> erin.call(() -> reconciliation.runs(5)));
    }

    private RunSummary awaitJob(long runId) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            RunSummary run = ada.call(() -> reconciliation.run(runId));
            if (run.finished() && ("COMPLETED".equals(run.jobStatus()) || "FAILED".equals(run.jobStatus()))) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + runId + " did not finish: " + ada.call(() -> reconciliation.run(runId)));
    }

    private static String describe(Finding f) {
        String key = switch (f.kind()) {
            case ACCOUNT_WITHOUT_ERP_CUSTOMER, BALANCE_MISMATCH -> "account=" + f.crmAccountId();
            case ERP_CUSTOMER_WITHOUT_ACCOUNT, ERP_CUSTOMER_FOR_PROSPECT -> "customer=" + f.erpCustomerId();
            default -> "order=" + f.erpOrderId();
        };
        return f.kind() + " " + key + " crm=" + f.crmValue() + " erp=" + f.erpValue();
    }

    /** Rows written straight into the CRM's and the ERP's tables, behind the application's back, and removed again. */
    public static final class Planted {

        private final DataSource dataSource;
        private final List<Long> accounts = new ArrayList<>();
        private final List<Long> quotes = new ArrayList<>();
        private final List<Long> customers = new ArrayList<>();
        private final List<Long> orders = new ArrayList<>();
        private final List<Long> invoices = new ArrayList<>();
        private final Instant signed = Instant.now().minus(Duration.ofDays(1));
        private int events;

        Planted(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        long account(String status) throws SQLException {
            return track(accounts, insert("INSERT INTO customer_account (name, territory, owner_username, status) VALUES (?, 'EAST', 'alice', ?)",
                    "Reconciliation test " + UUID.randomUUID(), status));
        }

        long signedQuote(long account) throws SQLException {
            return track(quotes, insert("INSERT INTO quote (account_id, owner_username, status, currency, total, created_at, signed_at, "
                    + "signed_by) VALUES (?, 'alice', 'SIGNED', 'USD', 0, ?, ?, 'alice')", account, Timestamp.from(signed.minusSeconds(60)),
                    Timestamp.from(signed)));
        }

        long customer(long crmAccount) throws SQLException {
            return track(customers, insert("INSERT INTO erp_customer (crm_account_id, credit_limit, balance) VALUES (?, 25000, 0)", crmAccount));
        }

        long order(long quote, long customer, long crmAccount, String status, String total, String paid) throws SQLException {
            return track(orders, insert("INSERT INTO sales_order (quote_id, erp_customer_id, crm_account_id, status, total, amount_paid, "
                    + "currency, signed_by, signed_at, received_at) VALUES (?, ?, ?, ?, ?, ?, 'USD', 'alice', ?, ?)", quote, customer,
                    crmAccount, status, new BigDecimal(total), new BigDecimal(paid), Timestamp.from(signed), Timestamp.from(signed)));
        }

        void invoice(long order, String amount, String paid) throws SQLException {
            long invoice = track(invoices, insert("INSERT INTO invoice (sales_order_id, amount, currency, issued_at, issued_by, due_at) "
                    + "VALUES (?, ?, 'USD', ?, 'dave', ?)", order, new BigDecimal(amount), Timestamp.from(signed), Timestamp.from(signed)));
            if (paid != null) {
                insert("INSERT INTO payment (invoice_id, amount, received_at, recorded_by) VALUES (?, ?, ?, 'dave')", invoice,
                        new BigDecimal(paid), Timestamp.from(signed));
            }
        }

        /** Events as pairs of type and amount (or null), a second apart. */
        void timeline(long quote, long order, long account, String... typesAndAmounts) throws SQLException {
            for (int i = 0; i < typesAndAmounts.length; i += 2) {
                insert("INSERT INTO order_timeline (message_id, quote_id, erp_order_id, crm_account_id, event_type, amount, occurred_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), quote, order, account, typesAndAmounts[i],
                        typesAndAmounts[i + 1] == null ? null : new BigDecimal(typesAndAmounts[i + 1]),
                        Timestamp.from(signed.plusSeconds(++events)));
            }
        }

        void balance(long account, String balance) throws SQLException {
            insert("INSERT INTO account_balance (crm_account_id, balance, as_of) VALUES (?, ?, ?)", account, new BigDecimal(balance),
                    Timestamp.from(signed));
        }

        boolean concerns(Finding f, long missingAccount, long unknownOrder) {
            return f.crmAccountId() != null && (accounts.contains(f.crmAccountId()) || f.crmAccountId() == missingAccount)
                    || f.erpCustomerId() != null && customers.contains(f.erpCustomerId())
                    || f.erpOrderId() != null && (orders.contains(f.erpOrderId()) || f.erpOrderId() == unknownOrder);
        }

        Set<Long> accountIds(List<String> names) throws SQLException {
            Set<Long> ids = new HashSet<>();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement statement = c.prepareStatement("SELECT id FROM customer_account WHERE name = ?")) {
                for (String name : names) {
                    statement.setString(1, name);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            return ids;
        }

        void remove() throws SQLException {
            delete("DELETE FROM payment WHERE invoice_id = ?", invoices);
            delete("DELETE FROM invoice WHERE id = ?", invoices);
            delete("DELETE FROM sales_order WHERE id = ?", orders);
            delete("DELETE FROM order_timeline WHERE crm_account_id = ?", accounts);
            delete("DELETE FROM account_balance WHERE crm_account_id = ?", accounts);
            delete("DELETE FROM erp_customer WHERE id = ?", customers);
            delete("DELETE FROM quote WHERE id = ?", quotes);
            delete("DELETE FROM customer_account WHERE id = ?", accounts);
        }

        private static long track(List<Long> ids, long id) {
            ids.add(id);
            return id;
        }

        private long insert(String sql, Object... values) throws SQLException {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0;
                }
            }
        }

        private void delete(String sql, List<Long> ids) throws SQLException {
            try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
                for (long id : ids) {
                    statement.setLong(1, id);
                    statement.executeUpdate();
                }
            }
        }
    }
}
