package dev.portico.crm.service.internal;

import dev.portico.access.query.RecordScope;
import dev.portico.access.query.ScopeColumns;
import dev.portico.crm.domain.Territory;

/**
 * How the data scopes reach the CRM's records. Everything belongs to a customer account, so a
 * record is in scope exactly when its account is: every query names the account {@code a} and
 * its partner organisation {@code p} (LEFT JOIN, a direct customer has none).
 */
final class CrmScopes {

    /** Where a customer account keeps what the data scopes test. */
    static final ScopeColumns ACCOUNT_COLUMNS = new ScopeColumns("a.territory", Territory::valueOf, "a.ownerUsername", "p.alias");

    static final RecordScope ACCOUNT = RecordScope.of("customer-account", "CustomerAccount", "a.id", ACCOUNT_COLUMNS);
    static final RecordScope QUOTE = RecordScope.of("quote", "Quote", "q.id", ACCOUNT_COLUMNS);
    static final RecordScope TICKET = RecordScope.of("service-ticket", "ServiceTicket", "t.id", ACCOUNT_COLUMNS);
    /** Timeline rows and balances are only ever listed by account or quote, never read by their own id. */
    static final RecordScope TIMELINE = RecordScope.of("order-timeline", "OrderTimelineEntry", "t.id", ACCOUNT_COLUMNS);
    static final RecordScope BALANCE = RecordScope.of("account-balance", "AccountBalance", "b.accountId", ACCOUNT_COLUMNS);

    static final String FROM_ACCOUNT = " FROM CustomerAccount a LEFT JOIN a.partnerOrganisation p";

    /**
     * A lead is not an account's yet: it keeps its own territory, owner and registering partner
     * ({@code lp}); the account it became is {@code la}.
     */
    static final RecordScope LEAD = RecordScope.of("lead", "Lead", "l.id",
            new ScopeColumns("l.territory", Territory::valueOf, "l.ownerUsername", "lp.alias"));

    static final String FROM_LEAD = " FROM Lead l LEFT JOIN l.partnerOrganisation lp LEFT JOIN l.account la";

    /** An opportunity is its owner's (OWN, TEAM), in its account's territory and partner. */
    static final RecordScope OPPORTUNITY = RecordScope.of("opportunity", "Opportunity", "o.id",
            new ScopeColumns("a.territory", Territory::valueOf, "o.ownerUsername", "p.alias"));

    /** An activity is its owner's (OWN, TEAM: whose call or visit it is), like an opportunity. */
    static final RecordScope ACTIVITY = RecordScope.of("activity", "Interaction", "i.id", new ScopeColumns(null, null, "i.byUsername", null));

    static final String FROM_ACTIVITY = " FROM Interaction i JOIN i.account a LEFT JOIN i.opportunity o";

    static final String FROM_OPPORTUNITY = " FROM Opportunity o JOIN o.account a LEFT JOIN a.partnerOrganisation p";

    /**
     * The same record for queries without the account join ({@code FROM Opportunity o}): only for
     * grants whose scopes test the owner alone (DefaultOpportunities.lean), as no other column is there.
     */
    static final RecordScope OPPORTUNITY_BY_OWNER = RecordScope.of("opportunity", "Opportunity", "o.id",
            new ScopeColumns(null, null, "o.ownerUsername", null));

    private CrmScopes() {
    }
}
