package dev.portico.erp.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.query.ScopedQuery;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.partner.InvoiceState;
import dev.portico.erp.partner.PartnerInvoice;
import dev.portico.erp.service.Ageing;
import dev.portico.erp.service.AgeingRow;
import dev.portico.erp.service.InvoiceQuery;
import dev.portico.erp.service.ReceivableInvoice;
import dev.portico.erp.service.Receivables;
import dev.portico.erp.service.ReceivedPayment;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.Table;
import dev.portico.platform.export.TableExporter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Receivables from the ERP's own tables: {@code invoice} for what was billed and when it is due,
 * the order's {@code amount_paid} for what the payments add up to (one invoice per order, for its
 * total). Unpaid invoices are the orders still INVOICED (a paid order is PAID): the ageing and the
 * open/overdue lists read those through the order's status index, not the whole history. Reads
 * only: SUPPORTS, no XA enlistment.
 */
@Stateless
@ValidateOnExecution
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultReceivables implements Receivables {

    static final Permission VIEW = Permission.of("finance", Action.VIEW);
    static final Permission EXPORT = Permission.of("finance", Action.EXPORT);

    private static final String SELECT = "SELECT i.id, o.id, o.crmAccountId, i.issuedAt, i.dueAt, i.amount, o.amountPaid, i.currency "
            + "FROM Invoice i JOIN i.order o";
    private static final int STATEMENT_ROWS = 10_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<ReceivableInvoice> invoices(InvoiceQuery query, long beforeId, int limit) {
        Instant now = clock.instant();
        return filtered(guard.require(VIEW), query, now)
                .and("i.id < :before", "before", beforeId == 0 ? Long.MAX_VALUE : beforeId)
                .select(SELECT, "i.id DESC", Object[].class)
                .setMaxResults(limit)
                .getResultStream().map(row -> invoice(row, now)).toList();
    }

    @Override
    public long count(InvoiceQuery query) {
        return filtered(guard.require(VIEW), query, clock.instant())
                .select("SELECT COUNT(i) FROM Invoice i JOIN i.order o", "", Long.class).getSingleResult();
    }

    @Override
    public Optional<ReceivableInvoice> find(long invoiceId) {
        return scoped.of(guard.require(VIEW), ErpScopes.INVOICE).findInScope(SELECT, invoiceId, Object[].class)
                .map(row -> invoice(row, clock.instant()));
    }

    /**
     * Each unpaid invoice's outstanding amount in its bucket, summed per customer and currency in
     * SQL. Bucket edges are instants ({@code now} − 30, 60, 90 days): "1–30 days" is overdue by
     * more than nothing and at most 30 days.
     */
    @Override
    public Ageing ageing() {
        Instant now = clock.instant();
        String outstanding = "(i.amount - o.amountPaid)";
        List<Object[]> rows = unpaid(guard.require(VIEW))
                .selectGrouped("SELECT o.crmAccountId, i.currency, "
                                + "SUM(CASE WHEN i.dueAt >= :now THEN " + outstanding + " ELSE 0 END), "
                                + "SUM(CASE WHEN i.dueAt < :now AND i.dueAt >= :d30 THEN " + outstanding + " ELSE 0 END), "
                                + "SUM(CASE WHEN i.dueAt < :d30 AND i.dueAt >= :d60 THEN " + outstanding + " ELSE 0 END), "
                                + "SUM(CASE WHEN i.dueAt < :d60 AND i.dueAt >= :d90 THEN " + outstanding + " ELSE 0 END), "
                                + "SUM(CASE WHEN i.dueAt < :d90 THEN " + outstanding + " ELSE 0 END), COUNT(i) "
                                + "FROM Invoice i JOIN i.order o", "o.crmAccountId, i.currency", Object[].class)
                .setParameter("now", now)
                .setParameter("d30", now.minus(Duration.ofDays(30)))
                .setParameter("d60", now.minus(Duration.ofDays(60)))
                .setParameter("d90", now.minus(Duration.ofDays(90)))
                .getResultList();
        List<AgeingRow> accounts = new ArrayList<>();
        for (Object[] r : rows) {
            accounts.add(new AgeingRow((Long) r[0], (String) r[1], money(r[2]), money(r[3]), money(r[4]), money(r[5]), money(r[6]),
                    ((Number) r[7]).longValue()));
        }
        accounts.sort(Comparator.comparing(AgeingRow::overdue).reversed().thenComparing(AgeingRow::total, Comparator.reverseOrder())
                .thenComparingLong(AgeingRow::crmAccountId));
        return new Ageing(now, accounts);
    }

    @Override
    public List<ReceivedPayment> paymentsSince(Instant since, int limit) {
        return scoped.of(guard.require(VIEW), ErpScopes.INVOICE).and("p.receivedAt >= :since", "since", since)
                .select("SELECT p.id, i.id, o.id, o.crmAccountId, p.amount, i.currency, p.receivedAt, p.recordedBy "
                        + "FROM Payment p JOIN p.invoice i JOIN i.order o", "p.receivedAt DESC, p.id DESC", Object[].class)
                .setMaxResults(limit)
                .getResultStream()
                .map(r -> new ReceivedPayment((Long) r[0], (Long) r[1], PartnerInvoice.numberOf((Long) r[1]), (Long) r[2], (Long) r[3],
                        (BigDecimal) r[4], (String) r[5], (Instant) r[6], (String) r[7]))
                .toList();
    }

    @Override
    public ExportFile statement(long crmAccountId, ExportFormat format) {
        ScopeGrant grant = guard.require(EXPORT);
        guard.require(VIEW);
        Instant now = clock.instant();
        List<ReceivableInvoice> invoices = filtered(grant, new InvoiceQuery(null, crmAccountId), now)
                .select(SELECT, "i.id DESC", Object[].class).setMaxResults(STATEMENT_ROWS)
                .getResultStream().map(row -> invoice(row, now)).toList();
        BigDecimal outstanding = invoices.stream().map(ReceivableInvoice::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<String>> rows = invoices.stream().map(i -> List.of(i.number(), Long.toString(i.orderId()), DAY.format(i.issuedAt()),
                DAY.format(i.dueAt()), i.amount().toPlainString(), i.paid().toPlainString(), i.outstanding().toPlainString(), i.currency(),
                i.state().name(), Long.toString(i.daysOverdue(now)))).toList();
        Table table = new Table("Statement of account — customer " + crmAccountId,
                "As of " + DAY.format(now) + " for " + grant.caller().username() + ": " + invoices.size() + " invoices, outstanding "
                        + outstanding.toPlainString() + ".",
                List.of("Invoice", "Order", "Issued", "Due", "Amount", "Paid", "Outstanding", "Currency", "Status", "Days overdue"), rows);
        return TableExporter.export(table, format, "statement-" + crmAccountId + "-" + DAY.format(now));
    }

    private ScopedQuery unpaid(ScopeGrant grant) {
        return scoped.of(grant, ErpScopes.INVOICE).and("o.status = :invoiced", "invoiced", OrderStatus.INVOICED)
                .and("o.amountPaid < i.amount");
    }

    private ScopedQuery filtered(ScopeGrant grant, InvoiceQuery query, Instant now) {
        ScopedQuery q = query.state() == null || query.state() == InvoiceState.PAID ? scoped.of(grant, ErpScopes.INVOICE) : unpaid(grant);
        q.and("o.crmAccountId = :account", "account", query.crmAccountId());
        if (query.state() == InvoiceState.PAID) {
            q.and("o.amountPaid >= i.amount");
        } else if (query.state() == InvoiceState.OVERDUE) {
            q.and("i.dueAt < :now", "now", now);
        } else if (query.state() == InvoiceState.OPEN) {
            q.and("i.dueAt >= :now", "now", now);
        }
        return q;
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static ReceivableInvoice invoice(Object[] row, Instant now) {
        BigDecimal amount = (BigDecimal) row[5];
        BigDecimal paid = (BigDecimal) row[6];
        Instant due = (Instant) row[4];
        InvoiceState state = InvoiceState.of(amount, paid, due, now);
        long id = (Long) row[0];
        return new ReceivableInvoice(id, PartnerInvoice.numberOf(id), (Long) row[1], (Long) row[2], (Instant) row[3], due, amount, paid,
                (String) row[7], state);
    }
}
