package dev.portico.integration.reconciliation.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The checks, as INSERT … SELECT statements: the database compares the two sides and writes
 * the differences itself. Each statement stops at {@code limit} rows (a badly broken side would
 * otherwise fill the report with millions of lines) and says whether it did. One transaction per
 * check. Internal: called by the job's steps, which run after the service checked the permission.
 */
@Stateless
@PermitAll
public class ReconciliationChecks {

    private static final String INSERT = "INSERT INTO reconciliation_finding "
            + "(run_id, kind, crm_account_id, erp_customer_id, quote_id, erp_order_id, crm_value, erp_value) ";

    /** An account with a quote signed before the grace cutoff has had time to reach the ERP. */
    private static final String ACCOUNT_WITHOUT_CUSTOMER = INSERT
            + "SELECT ?1, 'ACCOUNT_WITHOUT_ERP_CUSTOMER', a.id, NULL, MIN(q.id), NULL, CONCAT(COUNT(*), ' signed quote(s)'), 'no customer' "
            + "FROM quote q JOIN customer_account a ON a.id = q.account_id "
            + "WHERE q.status = 'SIGNED' AND q.signed_at < ?3 "
            + "AND NOT EXISTS (SELECT 1 FROM erp_customer c WHERE c.crm_account_id = a.id) "
            + "GROUP BY a.id ORDER BY a.id LIMIT ?2";

    private static final String CUSTOMER_WITHOUT_ACCOUNT = INSERT
            + "SELECT ?1, CASE WHEN a.id IS NULL THEN 'ERP_CUSTOMER_WITHOUT_ACCOUNT' ELSE 'ERP_CUSTOMER_FOR_PROSPECT' END, "
            + "c.crm_account_id, c.id, NULL, NULL, COALESCE(a.status, 'no account'), CONCAT('customer ', c.id) "
            + "FROM erp_customer c LEFT JOIN customer_account a ON a.id = c.crm_account_id "
            + "WHERE a.id IS NULL OR a.status = 'PROSPECT' ORDER BY c.id LIMIT ?2";

    private static final String ORDER_WITHOUT_QUOTE = INSERT
            + "SELECT ?1, 'ERP_ORDER_WITHOUT_QUOTE', o.crm_account_id, o.erp_customer_id, o.quote_id, o.id, "
            + "CASE WHEN q.id IS NULL THEN 'no quote' WHEN q.status <> 'SIGNED' THEN CONCAT('quote ', q.status) "
            + "ELSE CONCAT('quote of account ', q.account_id) END, CONCAT('order ', o.status) "
            + "FROM sales_order o LEFT JOIN quote q ON q.id = o.quote_id "
            + "WHERE q.id IS NULL OR q.status <> 'SIGNED' OR q.account_id <> o.crm_account_id ORDER BY o.id LIMIT ?2";

    /**
     * The CRM's status of an order is the furthest step its timeline reached (orders only move
     * forward, so arrival order and equal timestamps do not matter): hold 1, confirmed or short
     * 2, shipped 3, invoiced 4, paid 5 once the payments cover what was invoiced.
     */
    private static final String STATUSES = "'RECEIVED', 'CREDIT_HOLD', 'CONFIRMED', 'SHIPPED', 'INVOICED', 'PAID'";

    /**
     * The CRM's status of an order is the furthest step its timeline reached (orders only move
     * forward, so arrival order and equal timestamps do not matter), as a rank in {@link
     * #STATUSES}: hold 1, confirmed or short 2, shipped 3, invoiced 4, paid 5 once the payments
     * cover what was invoiced. Ranks, not names, are compared: no collation to mix.
     */
    private static final String CRM_STATUS = "SELECT erp_order_id, MIN(crm_account_id) AS crm_account_id, MIN(quote_id) AS quote_id, "
            + "GREATEST(MAX(CASE event_type WHEN 'ORDER_ON_CREDIT_HOLD' THEN 1 WHEN 'ORDER_CONFIRMED' THEN 2 "
            + "WHEN 'STOCK_SHORTAGE' THEN 2 WHEN 'SHIPPED' THEN 3 WHEN 'INVOICED' THEN 4 ELSE 0 END), "
            + "CASE WHEN SUM(CASE WHEN event_type = 'INVOICED' THEN amount END) > 0 "
            + "AND SUM(CASE WHEN event_type = 'PAYMENT_RECEIVED' THEN amount ELSE 0 END) >= SUM(CASE WHEN event_type = 'INVOICED' THEN amount END) "
            + "THEN 5 ELSE 0 END) AS crm_rank "
            + "FROM order_timeline GROUP BY erp_order_id";

    private static final String STATUS_AGAINST_ERP = INSERT
            + "SELECT ?1, CASE WHEN o.id IS NULL THEN 'ORDER_UNKNOWN_TO_ERP' ELSE 'STATUS_MISMATCH' END, t.crm_account_id, "
            + "o.erp_customer_id, t.quote_id, t.erp_order_id, ELT(1 + t.crm_rank, " + STATUSES + "), COALESCE(o.status, 'no order') "
            + "FROM (" + CRM_STATUS + ") t LEFT JOIN sales_order o ON o.id = t.erp_order_id "
            + "WHERE o.id IS NULL OR FIELD(o.status, " + STATUSES + ") - 1 <> t.crm_rank ORDER BY t.erp_order_id LIMIT ?2";

    /** RECEIVED is the ERP's state inside the intake transaction, before it tells the CRM anything. */
    private static final String ERP_ORDERS_THE_CRM_NEVER_HEARD_OF = INSERT
            + "SELECT ?1, 'STATUS_MISMATCH', o.crm_account_id, o.erp_customer_id, o.quote_id, o.id, 'no events', o.status "
            + "FROM sales_order o WHERE o.status <> 'RECEIVED' "
            + "AND NOT EXISTS (SELECT 1 FROM order_timeline t WHERE t.erp_order_id = o.id) ORDER BY o.id LIMIT ?2";

    /** The ERP's outstanding per customer: what was invoiced minus what was paid against those invoices. */
    private static final String ERP_OUTSTANDING = "SELECT c.id, c.crm_account_id, "
            + "COALESCE(inv.invoiced, 0) - COALESCE(pay.paid, 0) AS outstanding FROM erp_customer c "
            + "LEFT JOIN (SELECT o.erp_customer_id, SUM(i.amount) AS invoiced FROM invoice i "
            + "JOIN sales_order o ON o.id = i.sales_order_id GROUP BY o.erp_customer_id) inv ON inv.erp_customer_id = c.id "
            + "LEFT JOIN (SELECT o.erp_customer_id, SUM(p.amount) AS paid FROM payment p JOIN invoice i ON i.id = p.invoice_id "
            + "JOIN sales_order o ON o.id = i.sales_order_id GROUP BY o.erp_customer_id) pay ON pay.erp_customer_id = c.id";

    private static final String BALANCE_AGAINST_ERP = INSERT
            + "SELECT ?1, 'BALANCE_MISMATCH', e.crm_account_id, e.id, NULL, NULL, COALESCE(CAST(b.balance AS CHAR), 'none'), "
            + "CAST(e.outstanding AS CHAR) FROM (" + ERP_OUTSTANDING + ") e "
            + "LEFT JOIN account_balance b ON b.crm_account_id = e.crm_account_id "
            + "WHERE COALESCE(b.balance, 0) <> e.outstanding ORDER BY e.crm_account_id LIMIT ?2";

    private static final String CRM_BALANCE_WITHOUT_CUSTOMER = INSERT
            + "SELECT ?1, 'BALANCE_MISMATCH', b.crm_account_id, NULL, NULL, NULL, CAST(b.balance AS CHAR), 'no customer' "
            + "FROM account_balance b WHERE b.balance <> 0 "
            + "AND NOT EXISTS (SELECT 1 FROM erp_customer c WHERE c.crm_account_id = b.crm_account_id) "
            + "ORDER BY b.crm_account_id LIMIT ?2";

    public enum Check {
        MAPPING(List.of(ACCOUNT_WITHOUT_CUSTOMER, CUSTOMER_WITHOUT_ACCOUNT, ORDER_WITHOUT_QUOTE)),
        STATUS(List.of(STATUS_AGAINST_ERP, ERP_ORDERS_THE_CRM_NEVER_HEARD_OF)),
        BALANCE(List.of(BALANCE_AGAINST_ERP, CRM_BALANCE_WITHOUT_CUSTOMER));

        private final List<String> statements;

        Check(List<String> statements) {
            this.statements = statements;
        }
    }

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** Runs one check for the run; true if a statement stopped at {@code limit} (the report is incomplete). */
    public boolean run(Check check, long runId, int limit, Instant graceCutoff) {
        boolean truncated = false;
        for (String statement : check.statements) {
            Query query = em.createNativeQuery(statement).setParameter(1, runId).setParameter(2, limit);
            if (statement.contains("?3")) {
                query.setParameter(3, Timestamp.from(graceCutoff));
            }
            int written = query.executeUpdate();
            truncated |= written >= limit;
        }
        return truncated;
    }
}
