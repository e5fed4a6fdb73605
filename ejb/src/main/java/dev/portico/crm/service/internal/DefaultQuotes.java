package dev.portico.crm.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.query.ScopedQuery;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.GrantLedger;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Quote;
import dev.portico.crm.domain.QuoteLine;
import dev.portico.crm.domain.QuoteStatus;
import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.PriceChangeNotice;
import dev.portico.crm.service.QuoteDetail;
import dev.portico.crm.service.QuoteFilter;
import dev.portico.crm.service.QuoteLineSummary;
import dev.portico.crm.service.QuoteSummary;
import dev.portico.crm.service.Quotes;
import dev.portico.crm.service.TimelineEntry;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Quotes under the {@code orders} permissions. Signing is the CRM's one hand-over to the ERP
 * ({@link OrderHandOver}): the status change and the order message commit together. A partner's
 * signature is a submission under the buyer's purchase limit ({@link PurchaseLimits}).
 * {@code @PermitAll} and {@code @ValidateOnExecution}: see {@link DefaultCustomerAccounts}.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultQuotes implements Quotes {

    static final Permission VIEW = Permission.of("orders", Action.VIEW);
    static final Permission EDIT = Permission.of("orders", Action.EDIT);
    /** The sales manager's: approve a discount beyond the owner's limit (as a credit hold's release). */
    static final Permission APPROVE = Permission.of("orders", Action.APPROVE);

    private static final String FROM_QUOTE = " FROM Quote q JOIN q.account a LEFT JOIN a.partnerOrganisation p";
    static final String SELECT_SUMMARY = "SELECT NEW dev.portico.crm.service.QuoteSummary("
            + "q.id, a.id, a.name, q.ownerUsername, q.status, q.currency, q.total, q.createdAt, q.signedAt, q.signedBy)"
            + FROM_QUOTE;
    static final String SELECT_TIMELINE = "SELECT NEW dev.portico.crm.service.TimelineEntry("
            + "t.quoteId, t.erpOrderId, t.type, t.amount, t.balance, t.detail, t.occurredAt) "
            + "FROM OrderTimelineEntry t JOIN t.account a LEFT JOIN a.partnerOrganisation p";
    /** Newest first; id breaks ties so paging is stable. */
    static final String NEWEST_FIRST = "q.createdAt DESC, q.id DESC";
    /** The ERP's order of events, not their arrival order: redeliveries may arrive late. */
    static final String TIMELINE_ORDER = "t.occurredAt, t.id";

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    /** The ERP's prices: a line is priced (and its SKU checked) when the quote is written. */
    @Inject
    private QuotePricing pricing;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Inject
    private OrderHandOver handOver;

    @Inject
    private PurchaseLimits limits;

    @Inject
    private DiscountLimits discountLimits;

    @EJB
    private GrantLedger ledger;

    /** Microseconds, as TIMESTAMP(6) keeps them: what is returned equals what is read back later. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    @Override
    public QuoteSummary create(NewQuote request) {
        ScopeGrant grant = guard.require(EDIT);
        CustomerAccount account = scoped.of(grant, CrmScopes.ACCOUNT)
                .findInScope("SELECT a" + CrmScopes.FROM_ACCOUNT, request.accountId(), CustomerAccount.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACCOUNT.recordType(), request.accountId()));
        // The customer's partner buys at its own prices, a direct customer at the list price; a
        // partner's user gives no discount, whatever the request says.
        boolean partner = !grant.caller().organisations().isEmpty();
        QuotePricing.Priced priced = pricing.price(account, request.lines().stream()
                        .map(l -> new QuotePricing.Request(l.sku(), l.description(), l.quantity(), l.discountPercent())).toList(),
                request.currency() == null ? null : request.currency().toUpperCase(Locale.ROOT), !partner);
        Quote quote = Quote.draft(account, grant.caller().username(), priced.currency(), priced.items(), request.discountReason(),
                clock.instant());
        em.persist(quote);
        em.flush();
        return summaryOf(quote);
    }

    @Override
    public List<QuoteSummary> list(QuoteFilter filter, PageRequest page) {
        return filtered(guard.require(VIEW), filter).select(SELECT_SUMMARY, NEWEST_FIRST, QuoteSummary.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public long count(QuoteFilter filter) {
        return filtered(guard.require(VIEW), filter)
                .select("SELECT COUNT(q)" + FROM_QUOTE, "", Long.class)
                .getSingleResult();
    }

    @Override
    public List<QuoteSummary> listAfter(QuoteFilter filter, long afterId, int limit) {
        return filtered(guard.require(VIEW), filter).and("q.id > :after", "after", afterId)
                .select(SELECT_SUMMARY, "q.id", QuoteSummary.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<TimelineEntry> timeline(long quoteId) {
        return scoped.of(guard.require(VIEW), CrmScopes.TIMELINE).and("t.quoteId = :id", "id", quoteId)
                .select(SELECT_TIMELINE, TIMELINE_ORDER, TimelineEntry.class)
                .getResultList();
    }

    private ScopedQuery filtered(ScopeGrant grant, QuoteFilter filter) {
        return scoped.of(grant, CrmScopes.QUOTE)
                .and("a.id = :accountId", "accountId", filter.accountId())
                .and("q.status = :status", "status", filter.status());
    }

    @Override
    public Optional<QuoteDetail> find(long quoteId) {
        Optional<QuoteSummary> quote = scoped.of(guard.require(VIEW), CrmScopes.QUOTE).findInScope(SELECT_SUMMARY, quoteId, QuoteSummary.class);
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        // The quote is in scope, so its lines and timeline are: no second scope test needed.
        List<QuoteLineSummary> lines = em.createQuery("SELECT NEW dev.portico.crm.service.QuoteLineSummary("
                        + "l.lineNo, l.sku, l.description, l.quantity, l.unitPrice, l.listPrice, l.discountPercent) FROM QuoteLine l "
                        + "WHERE l.quote.id = :id ORDER BY l.lineNo", QuoteLineSummary.class)
                .setParameter("id", quoteId)
                .getResultList();
        List<TimelineEntry> timeline = em.createQuery(SELECT_TIMELINE + " WHERE t.quoteId = :id ORDER BY " + TIMELINE_ORDER,
                        TimelineEntry.class)
                .setParameter("id", quoteId)
                .getResultList();
        Object[] discount = (Object[]) em.createQuery("SELECT q.discountReason, q.discountApprovedBy, q.discountApprovedAt FROM Quote q "
                        + "WHERE q.id = :id").setParameter("id", quoteId).getSingleResult();
        return Optional.of(new QuoteDetail(quote.get(), lines, timeline, (String) discount[0], (String) discount[1], (Instant) discount[2]));
    }

    @Override
    public QuoteSummary orderAgain(long quoteId) {
        Quote signed = scoped.of(guard.require(EDIT), CrmScopes.QUOTE).findInScope("SELECT q" + FROM_QUOTE, quoteId, Quote.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), quoteId));
        if (signed.getStatus() != QuoteStatus.SIGNED) {
            throw new dev.portico.crm.domain.PipelineStateException("only a signed quote is ordered again; quote " + quoteId + " is "
                    + signed.getStatus());
        }
        return create(new NewQuote(signed.getAccount().getId(), signed.getCurrency(), signed.getLines().stream()
                .map(l -> new NewQuoteLine(l.getSku(), l.getDescription(), l.getQuantity())).toList()));
    }

    @Override
    public List<PriceChangeNotice> priceChanges(long quoteId) {
        Optional<QuoteStatus> status = scoped.of(guard.require(VIEW), CrmScopes.QUOTE).findInScope("SELECT q.status" + FROM_QUOTE, quoteId,
                QuoteStatus.class);
        if (status.orElse(null) != QuoteStatus.DRAFT) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT sku, old_price, new_price, currency, changed_at FROM quote_price_change "
                + "WHERE quote_id = ? ORDER BY id").setParameter(1, quoteId).getResultList();
        return rows.stream().map(r -> new PriceChangeNotice((String) r[0], (java.math.BigDecimal) r[1], (java.math.BigDecimal) r[2],
                (String) r[3], r[4] instanceof java.sql.Timestamp t ? t.toInstant()
                        : ((java.time.LocalDateTime) r[4]).toInstant(java.time.ZoneOffset.UTC))).toList();
    }

    @Override
    public QuoteSummary sign(long quoteId) {
        ScopeGrant grant = guard.require(EDIT);
        Quote quote = scoped.of(grant, CrmScopes.QUOTE).findInScope("SELECT q" + FROM_QUOTE, quoteId, Quote.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), quoteId));
        Instant now = clock.instant();
        String signer = grant.caller().username();
        if (grant.caller().organisations().isEmpty()) {
            quote.sign(signer, discountLimits.of(grant.caller().roles()), now);
        } else {
            // A partner's signature is a submission: above the buyer's purchase limit it waits
            // for an order approver, whichever way (page or API) the buyer signs.
            quote.submit(signer, null, limits.allows(quote, signer), now);
        }
        // Flush first: a concurrent signature fails here on the version check, before anything is sent.
        em.flush();
        if (quote.getStatus() == QuoteStatus.SIGNED) {
            handOver.send(quote, now);
        }
        return summaryOf(quote);
    }

    @Override
    public QuoteSummary approveDiscount(long quoteId, String reason) {
        ScopeGrant grant = guard.require(APPROVE);
        Quote quote = scoped.of(grant, CrmScopes.QUOTE).findInScope("SELECT q" + FROM_QUOTE, quoteId, Quote.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), quoteId));
        quote.approveDiscount(grant.caller().username(), discountLimits.of(grant.caller().roles()), clock.instant());
        em.flush();
        ledger.append(LedgerEvent.DISCOUNT_APPROVED, quote.getOwnerUsername(), "quote " + quote.getId() + " for " + quote.getAccount().getName()
                + ": " + quote.maxDiscount().toPlainString() + " % off the list price, total " + quote.getTotal().toPlainString() + " "
                + quote.getCurrency() + " (" + quote.getDiscountReason() + ")", reason.strip(), null, null);
        return summaryOf(quote);
    }

    private static QuoteSummary summaryOf(Quote quote) {
        CustomerAccount account = quote.getAccount();
        return new QuoteSummary(quote.getId(), account.getId(), account.getName(), quote.getOwnerUsername(), quote.getStatus(),
                quote.getCurrency(), quote.getTotal(), quote.getCreatedAt(), quote.getSignedAt(), quote.getSignedBy());
    }
}
