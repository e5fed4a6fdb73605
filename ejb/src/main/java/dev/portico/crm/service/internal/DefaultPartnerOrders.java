package dev.portico.crm.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Organisation;
import dev.portico.access.domain.Permission;
import dev.portico.access.people.NoSuchPartnerUserException;
import dev.portico.access.people.PartnerMember;
import dev.portico.access.people.PartnerPeopleRefusedException;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.PartnerPeople;
import dev.portico.access.service.ScopeGrant;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.GrantLedger;
import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.PurchaseLimit;
import dev.portico.crm.domain.Quote;
import dev.portico.crm.domain.QuoteStatus;
import dev.portico.crm.partner.BuyerLimit;
import dev.portico.crm.partner.PartnerCart;
import dev.portico.crm.partner.PartnerCartLine;
import dev.portico.crm.partner.PartnerCustomer;
import dev.portico.crm.partner.PartnerOrderDetail;
import dev.portico.crm.partner.PartnerOrderLine;
import dev.portico.crm.partner.PartnerOrderStatus;
import dev.portico.crm.partner.PartnerOrderStep;
import dev.portico.crm.partner.PartnerOrderSummary;
import dev.portico.crm.partner.PartnerOrders;
import dev.portico.crm.service.NoSuchRecordException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Partner orders over the CRM's quotes, read straight into the partner's types (no internal
 * summary is loaded and trimmed). A partner's order is a quote its buyer submitted, or one staff
 * signed for a customer the organisation serves; drafts stay internal.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultPartnerOrders implements PartnerOrders {

    static final Permission VIEW = Permission.of("partner", Action.VIEW);
    static final Permission EDIT = Permission.of("partner", Action.EDIT);
    static final Permission APPROVE = Permission.of("partner", Action.APPROVE);
    static final Permission PEOPLE_VIEW = Permission.of("partner-people", Action.VIEW);
    static final Permission PEOPLE_EDIT = Permission.of("partner-people", Action.EDIT);

    private static final String FROM = " FROM Quote q JOIN q.account a LEFT JOIN a.partnerOrganisation p";
    private static final String SELECT = "SELECT q.id, a.id, a.name, q.status, q.fulfilment, q.total, q.currency, q.createdAt, q.submittedBy"
            + FROM;
    private static final String VISIBLE = PartnerOrderStatus.VISIBLE_PREDICATE;

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @Inject
    private QuotePricing pricing;

    @Inject
    private OrderHandOver handOver;

    @Inject
    private PurchaseLimits limits;

    @EJB
    private GrantLedger ledger;

    @EJB
    private PartnerPeople people;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    @Override
    public List<PartnerCustomer> customers() {
        return scoped.of(guard.require(VIEW), CrmScopes.ACCOUNT).and("a.status = :active", "active", AccountStatus.ACTIVE)
                .select("SELECT NEW dev.portico.crm.partner.PartnerCustomer(a.id, a.name, a.city, a.country)" + CrmScopes.FROM_ACCOUNT,
                        "a.name, a.id", PartnerCustomer.class)
                .setMaxResults(1000)
                .getResultList();
    }

    @Override
    public PartnerOrderSummary submit(PartnerCart cart) {
        ScopeGrant grant = guard.require(EDIT);
        CustomerAccount account = scoped.of(grant, CrmScopes.ACCOUNT)
                .findInScope("SELECT a" + CrmScopes.FROM_ACCOUNT, cart.accountId(), CustomerAccount.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACCOUNT.recordType(), cart.accountId()));
        QuotePricing.Priced priced = pricing.price(account, cart.lines().stream()
                .map(l -> new QuotePricing.Request(l.sku(), null, l.quantity(), null)).toList(), null, false);
        String buyer = grant.caller().username();
        Instant now = clock.instant();
        Quote quote = Quote.draft(account, buyer, priced.currency(), priced.items(), now);
        em.persist(quote);
        quote.submit(buyer, cart.deliveryAddress(), limits.allows(quote, buyer), now);
        em.flush();
        if (quote.getStatus() == QuoteStatus.SIGNED) {
            handOver.send(quote, now);
        }
        return summaryOf(quote);
    }

    @Override
    public List<PartnerOrderSummary> list(PartnerOrderStatus status, long beforeId, int limit) {
        var query = scoped.of(guard.require(VIEW), CrmScopes.QUOTE).and(VISIBLE, "visible", PartnerOrderStatus.VISIBLE)
                .and("q.id < :before", "before", beforeId == 0 ? Long.MAX_VALUE : beforeId);
        if (status != null) {
            query = switch (status) {
                case AWAITING_APPROVAL -> query.and("q.status = :status", "status", QuoteStatus.AWAITING_APPROVAL);
                case REJECTED -> query.and("q.status = :status", "status", QuoteStatus.REJECTED);
                case CANCELLED -> query.and("q.status = :status", "status", QuoteStatus.CANCELLED);
                case SUBMITTED -> query.and("q.status = :status", "status", QuoteStatus.SIGNED).and("q.fulfilment IS NULL");
                default -> query.and("q.status = :status", "status", QuoteStatus.SIGNED).and("q.fulfilment = :erp", "erp", status.erpEvent());
            };
        }
        return query.select(SELECT, "q.id DESC", Object[].class).setMaxResults(limit)
                .getResultStream().map(DefaultPartnerOrders::summaryOf).toList();
    }

    @Override
    public Map<PartnerOrderStatus, Long> countsByStatus() {
        Map<PartnerOrderStatus, Long> counts = new EnumMap<>(PartnerOrderStatus.class);
        scoped.of(guard.require(VIEW), CrmScopes.QUOTE).and(VISIBLE, "visible", PartnerOrderStatus.VISIBLE)
                .selectGrouped("SELECT q.status, q.fulfilment, COUNT(q)" + FROM, "q.status, q.fulfilment", Object[].class)
                .getResultStream()
                .forEach(row -> counts.merge(PartnerOrderStatus.of((QuoteStatus) row[0], (String) row[1]), (Long) row[2], Long::sum));
        return counts;
    }

    @Override
    public Optional<PartnerOrderDetail> find(long orderId) {
        Optional<Quote> found = visible(guard.require(VIEW), orderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Quote quote = found.get();
        List<PartnerOrderLine> lines = quote.getLines().stream()
                .map(l -> new PartnerOrderLine(l.getLineNo(), l.getSku(), l.getDescription(), l.getQuantity(), l.getUnitPrice())).toList();
        return Optional.of(new PartnerOrderDetail(summaryOf(quote), quote.getDeliveryAddress(), lines, steps(quote),
                quote.getDecidedBy(), quote.getDecisionReason()));
    }

    /** The partner's words for each step; the ERP's detail text only where it is the partner's to read (tracking). */
    private List<PartnerOrderStep> steps(Quote quote) {
        List<PartnerOrderStep> steps = new ArrayList<>();
        if (quote.getSubmittedBy() != null) {
            steps.add(new PartnerOrderStep(PartnerOrderStep.Kind.SUBMITTED, quote.getCreatedAt(), "by " + quote.getSubmittedBy()));
        }
        if (quote.getDecidedBy() != null) {
            steps.add(new PartnerOrderStep(quote.getStatus() == QuoteStatus.REJECTED ? PartnerOrderStep.Kind.REJECTED
                    : quote.getStatus() == QuoteStatus.CANCELLED ? PartnerOrderStep.Kind.CANCELLED : PartnerOrderStep.Kind.APPROVED,
                    quote.getDecidedAt(),
                    quote.getDecidedBy() + ": " + quote.getDecisionReason()));
        }
        em.createQuery("SELECT t.type, t.amount, t.detail, t.occurredAt FROM OrderTimelineEntry t WHERE t.quoteId = :id "
                        + "ORDER BY t.occurredAt, t.id", Object[].class)
                .setParameter("id", quote.getId())
                .getResultStream()
                .forEach(row -> steps.add(step(row[0].toString(), (BigDecimal) row[1], (String) row[2], (Instant) row[3], quote.getCurrency())));
        return steps;
    }

    private static PartnerOrderStep step(String type, BigDecimal amount, String detail, Instant at, String currency) {
        return switch (type) {
            case "ORDER_CONFIRMED" -> new PartnerOrderStep(PartnerOrderStep.Kind.CONFIRMED, at, "stock reserved");
            case "ORDER_ON_CREDIT_HOLD" -> new PartnerOrderStep(PartnerOrderStep.Kind.UNDER_REVIEW, at, "our credit team is reviewing the order");
            case "STOCK_SHORTAGE" -> new PartnerOrderStep(PartnerOrderStep.Kind.WAITING_FOR_STOCK, at,
                    "part of the order waits for a delivery; it ships complete");
            case "SHIPPED" -> new PartnerOrderStep(PartnerOrderStep.Kind.SHIPPED, at,
                    detail == null || detail.startsWith("shipment ") ? "shipped" : "shipped with " + detail);
            case "INVOICED" -> new PartnerOrderStep(PartnerOrderStep.Kind.INVOICED, at, amount == null ? "invoiced" : amount.toPlainString() + " " + currency);
            default -> new PartnerOrderStep(PartnerOrderStep.Kind.PAYMENT_RECEIVED, at,
                    amount == null ? "payment received" : amount.toPlainString() + " " + currency);
        };
    }

    @Override
    public PartnerOrderSummary approve(long orderId, String reason) {
        return decide(orderId, reason, true);
    }

    @Override
    public PartnerOrderSummary reject(long orderId, String reason) {
        return decide(orderId, reason, false);
    }

    private PartnerOrderSummary decide(long orderId, String reason, boolean approve) {
        ScopeGrant grant = guard.require(APPROVE);
        Quote quote = visible(grant, orderId).orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), orderId));
        Instant now = clock.instant();
        String approver = grant.caller().username();
        if (approve) {
            quote.approve(approver, reason, now);
        } else {
            quote.reject(approver, reason, now);
        }
        em.flush();
        if (approve) {
            handOver.send(quote, now);
        }
        String limit = quote.getAccount().getPartnerOrganisation() == null ? "none"
                : limits.of(quote.getAccount().getPartnerOrganisation().getId(), quote.getSubmittedBy())
                        .map(l -> l.getAmount().toPlainString() + " " + l.getCurrency()).orElse("none");
        ledger.append(approve ? LedgerEvent.ORDER_APPROVED : LedgerEvent.ORDER_REJECTED, quote.getSubmittedBy(),
                "order " + quote.getId() + " for " + quote.getAccount().getName() + ": " + quote.getTotal().toPlainString() + " "
                        + quote.getCurrency() + " (buyer's limit " + limit + ")", reason.strip(), null, null);
        return summaryOf(quote);
    }

    @Override
    public PartnerOrderSummary cancel(long orderId, String reason) {
        ScopeGrant grant = guard.require(EDIT);
        Quote quote = visible(grant, orderId).orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), orderId));
        quote.cancel(grant.caller().username(), reason, clock.instant());
        em.flush();
        return summaryOf(quote);
    }

    @Override
    public PartnerCart reorder(long orderId) {
        Quote quote = visible(guard.require(EDIT), orderId)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), orderId));
        return new PartnerCart(quote.getAccount().getId(), quote.getDeliveryAddress(),
                quote.getLines().stream().map(l -> new PartnerCartLine(l.getSku(), l.getQuantity())).toList());
    }

    @Override
    public Optional<BuyerLimit> myLimit() {
        ScopeGrant grant = guard.require(VIEW);
        if (grant.caller().organisations().isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT NEW dev.portico.crm.partner.BuyerLimit(l.amount, l.currency) FROM PurchaseLimit l, Organisation o "
                        + "WHERE o.id = l.organisationId AND o.alias IN :orgs AND l.username = :user", BuyerLimit.class)
                .setParameter("orgs", grant.caller().organisations())
                .setParameter("user", grant.caller().username())
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, BuyerLimit> limits() {
        ScopeGrant grant = guard.require(PEOPLE_VIEW);
        Map<String, BuyerLimit> limits = new TreeMap<>();
        em.createQuery("SELECT l.username, l.amount, l.currency FROM PurchaseLimit l, Organisation o "
                        + "WHERE o.id = l.organisationId AND o.alias IN :orgs", Object[].class)
                .setParameter("orgs", grant.caller().organisations())
                .getResultStream()
                .forEach(row -> limits.put((String) row[0], new BuyerLimit((BigDecimal) row[1], (String) row[2])));
        return limits;
    }

    @Override
    public void setLimit(String username, BigDecimal amount, String currency, String reason) {
        ScopeGrant grant = guard.require(PEOPLE_EDIT);
        String admin = grant.caller().username();
        // The people service answers only for the caller's own organisation: another's user is "no such user".
        PartnerMember member = people.member(username).orElseThrow(() -> new NoSuchPartnerUserException(username));
        if (member.self()) {
            throw new PartnerPeopleRefusedException("nobody sets their own purchase limit: ask another administrator");
        }
        Organisation organisation = em.createQuery("SELECT o FROM Organisation o WHERE o.alias IN :orgs", Organisation.class)
                .setParameter("orgs", grant.caller().organisations())
                .getSingleResult();
        Optional<PurchaseLimit> existing = limits.of(organisation.getId(), username);
        String before = existing.map(l -> l.getAmount().toPlainString() + " " + l.getCurrency()).orElse("none");
        Instant now = clock.instant();
        if (amount == null) {
            existing.ifPresent(em::remove);
        } else if (existing.isPresent()) {
            existing.get().change(amount, currency, admin, now);
        } else {
            em.persist(new PurchaseLimit(organisation.getId(), username, amount, currency, admin, now));
        }
        em.flush();
        String after = amount == null ? "none" : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " " + currency;
        ledger.append(LedgerEvent.PURCHASE_LIMIT_SET, username, organisation.getAlias() + ": purchase limit " + before + " -> " + after,
                reason.strip(), null, null);
    }

    private Optional<Quote> visible(ScopeGrant grant, long orderId) {
        return scoped.of(grant, CrmScopes.QUOTE).and(VISIBLE, "visible", PartnerOrderStatus.VISIBLE)
                .findInScope("SELECT q" + FROM, orderId, Quote.class);
    }

    private static PartnerOrderSummary summaryOf(Object[] row) {
        return new PartnerOrderSummary((Long) row[0], (Long) row[1], (String) row[2], PartnerOrderStatus.of((QuoteStatus) row[3], (String) row[4]),
                (BigDecimal) row[5], (String) row[6], (Instant) row[7], (String) row[8]);
    }

    private static PartnerOrderSummary summaryOf(Quote quote) {
        return new PartnerOrderSummary(quote.getId(), quote.getAccount().getId(), quote.getAccount().getName(),
                PartnerOrderStatus.of(quote.getStatus(), quote.getFulfilment()), quote.getTotal(), quote.getCurrency(), quote.getCreatedAt(),
                quote.getSubmittedBy());
    }
}
