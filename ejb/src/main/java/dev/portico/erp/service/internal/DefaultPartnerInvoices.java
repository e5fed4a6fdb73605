package dev.portico.erp.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.PartnerTerms;
import dev.portico.erp.partner.InvoiceState;
import dev.portico.erp.partner.PartnerInvoice;
import dev.portico.erp.partner.PartnerInvoiceLine;
import dev.portico.erp.partner.PartnerInvoices;
import dev.portico.erp.partner.PartnerStanding;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.Table;
import dev.portico.platform.export.TableExporter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Invoices for partners, scoped through the order's customer like the ERP's own order list
 * ({@link ErpScopes#INVOICE}). What is paid is the order's {@code amountPaid} (one invoice per
 * order, for its total).
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultPartnerInvoices implements PartnerInvoices {

    static final Permission VIEW = Permission.of("partner", Action.VIEW);

    private static final String SELECT = "SELECT i.id, o.quoteId, o.crmAccountId, i.issuedAt, i.dueAt, i.amount, o.amountPaid, i.currency "
            + "FROM Invoice i JOIN i.order o";

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @Inject
    private PartnerPricing pricing;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private static final int STATEMENT_ROWS = 10_000;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
            .withZone(java.time.ZoneOffset.UTC);

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<PartnerInvoice> list(long beforeId, int limit) {
        Instant now = clock.instant();
        return scoped.of(guard.require(VIEW), ErpScopes.INVOICE)
                .and("i.id < :before", "before", beforeId == 0 ? Long.MAX_VALUE : beforeId)
                .select(SELECT, "i.id DESC", Object[].class)
                .setMaxResults(limit)
                .getResultStream().map(row -> invoice(row, now)).toList();
    }

    @Override
    public Optional<PartnerInvoice> find(long invoiceId) {
        return scoped.of(guard.require(VIEW), ErpScopes.INVOICE).findInScope(SELECT, invoiceId, Object[].class)
                .map(row -> invoice(row, clock.instant()));
    }

    @Override
    public Optional<PartnerInvoice> forOrder(long orderReference) {
        return scoped.of(guard.require(VIEW), ErpScopes.INVOICE).and("o.quoteId = :quote", "quote", orderReference)
                .select(SELECT, "", Object[].class).setMaxResults(1)
                .getResultStream().findFirst().map(row -> invoice(row, clock.instant()));
    }

    @Override
    public List<PartnerInvoiceLine> lines(long invoiceId) {
        if (find(invoiceId).isEmpty()) {
            return List.of();
        }
        return linesOf(invoiceId);
    }

    private List<PartnerInvoiceLine> linesOf(long invoiceId) {
        // In scope (checked by the caller): the lines follow their invoice. Names in a second
        // query (EclipseLink mis-renders an entity join with ON after an implicit join), and a
        // line of a product since removed prints its SKU.
        List<Object[]> rows = em.createQuery("SELECT l.lineNo, l.sku, l.quantity, l.unitPrice FROM SalesOrderLine l "
                        + "WHERE l.order.id = (SELECT i.order.id FROM Invoice i WHERE i.id = :id) ORDER BY l.lineNo", Object[].class)
                .setParameter("id", invoiceId)
                .getResultList();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("SELECT p.sku, p.name FROM Product p WHERE p.sku IN :skus", Object[].class)
                    .setParameter("skus", rows.stream().map(row -> (String) row[1]).distinct().toList())
                    .getResultStream().forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return rows.stream()
                .map(row -> new PartnerInvoiceLine((Integer) row[0], (String) row[1], names.getOrDefault((String) row[1], (String) row[1]),
                        (Integer) row[2], (BigDecimal) row[3]))
                .toList();
    }

    @Override
    public Optional<ExportFile> pdf(long invoiceId) {
        ScopeGrant grant = guard.require(VIEW);
        return scoped.of(grant, ErpScopes.INVOICE).findInScope(SELECT, invoiceId, Object[].class)
                .map(row -> invoice(row, clock.instant()))
                .map(invoice -> new ExportFile(invoice.number() + ".pdf", "application/pdf",
                        InvoicePdf.render(invoice, linesOf(invoiceId), partnerName(DefaultPartnerCatalogue.buyerOrganisation(grant)))));
    }

    private String partnerName(String alias) {
        if (alias == null) {
            return null;
        }
        return em.createQuery("SELECT o.name FROM Organisation o WHERE o.alias = :alias", String.class).setParameter("alias", alias)
                .getResultStream().findFirst().orElse(null);
    }

    @Override
    public PartnerStanding standing() {
        ScopeGrant grant = guard.require(VIEW);
        Optional<PartnerTerms> terms = pricing.termsOf(DefaultPartnerCatalogue.buyerOrganisation(grant));
        String currency = terms.map(PartnerTerms::getCurrency).orElse("EUR");
        Instant now = clock.instant();
        BigDecimal outstanding = BigDecimal.ZERO.setScale(2);
        BigDecimal overdue = BigDecimal.ZERO.setScale(2);
        long open = 0;
        long late = 0;
        long other = 0;
        // Only unpaid orders: an organisation's open invoices are tens, not its whole history.
        List<PartnerInvoice> unpaid = scoped.of(grant, ErpScopes.INVOICE).and("o.status = :status", "status", OrderStatus.INVOICED)
                .select(SELECT, "", Object[].class).getResultStream().map(row -> invoice(row, now)).toList();
        for (PartnerInvoice invoice : unpaid) {
            boolean isLate = invoice.state() == InvoiceState.OVERDUE;
            open += isLate ? 0 : 1;
            late += isLate ? 1 : 0;
            if (!invoice.currency().equals(currency)) {
                other++;
                continue;
            }
            outstanding = outstanding.add(invoice.outstanding());
            overdue = isLate ? overdue.add(invoice.outstanding()) : overdue;
        }
        return new PartnerStanding(terms.map(PartnerTerms::getCreditLine).orElse(BigDecimal.ZERO), currency, outstanding, overdue,
                open, late, other);
    }

    @Override
    public ExportFile statement(ExportFormat format) {
        ScopeGrant grant = guard.require(VIEW);
        Instant now = clock.instant();
        List<List<String>> rows = scoped.of(grant, ErpScopes.INVOICE).select(SELECT, "i.id DESC", Object[].class)
                .setMaxResults(STATEMENT_ROWS)
                .getResultStream().map(row -> invoice(row, now))
                .map(i -> List.of(i.number(), Long.toString(i.orderReference()), Long.toString(i.customerNumber()), DAY.format(i.issuedAt()),
                        DAY.format(i.dueAt()), i.amount().toPlainString(), i.paid().toPlainString(), i.outstanding().toPlainString(),
                        i.currency(), i.state().name()))
                .toList();
        PartnerStanding standing = standing();
        String partner = partnerName(DefaultPartnerCatalogue.buyerOrganisation(grant));
        Table table = new Table("Statement of account" + (partner == null ? "" : " — " + partner),
                "As of " + DAY.format(now) + " for " + grant.caller().username() + ". Credit line " + standing.creditLine().toPlainString()
                        + " " + standing.currency() + ", outstanding " + standing.outstanding().toPlainString() + ", overdue "
                        + standing.overdue().toPlainString() + ".",
                List.of("Invoice", "Order", "Customer", "Issued", "Due", "Amount", "Paid", "Outstanding", "Currency", "Status"), rows);
        return TableExporter.export(table, format, "statement-" + DAY.format(now));
    }

    private static PartnerInvoice invoice(Object[] row, Instant now) {
        BigDecimal amount = (BigDecimal) row[5];
        BigDecimal paid = (BigDecimal) row[6];
        Instant due = (Instant) row[4];
        InvoiceState state = InvoiceState.of(amount, paid, due, now);
        long id = (Long) row[0];
        return new PartnerInvoice(id, PartnerInvoice.numberOf(id), (Long) row[1], (Long) row[2], (Instant) row[3], due, amount, paid,
                (String) row[7], state);
    }
}
