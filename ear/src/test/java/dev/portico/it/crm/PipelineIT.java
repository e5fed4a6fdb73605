package dev.portico.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.AccountTier;
import dev.portico.crm.domain.ActivityStatus;
import dev.portico.crm.domain.InteractionKind;
import dev.portico.crm.domain.LeadSource;
import dev.portico.crm.domain.LeadStatus;
import dev.portico.crm.domain.PipelineStateException;
import dev.portico.crm.domain.Registration;
import dev.portico.crm.domain.Stage;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.partner.NewRegistration;
import dev.portico.crm.partner.PartnerRegistrations;
import dev.portico.crm.service.Activities;
import dev.portico.crm.service.ActivitySummary;
import dev.portico.crm.service.AccountCadence;
import dev.portico.crm.service.ContactCadence;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.crm.service.ForecastRow;
import dev.portico.crm.service.Forecasts;
import dev.portico.crm.service.LeadFilter;
import dev.portico.crm.service.LeadSummary;
import dev.portico.crm.service.Leads;
import dev.portico.crm.service.NewActivity;
import dev.portico.crm.service.NewLead;
import dev.portico.crm.service.NewOpportunity;
import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.Opportunities;
import dev.portico.crm.service.OpportunityDetail;
import dev.portico.crm.service.OpportunityFilter;
import dev.portico.crm.service.OpportunitySummary;
import dev.portico.crm.service.OverdueAccount;
import dev.portico.crm.service.Qualification;
import dev.portico.crm.service.QualifiedLead;
import dev.portico.crm.service.QuoteSummary;
import dev.portico.crm.service.ReorderDue;
import dev.portico.crm.service.Quotes;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsDistributor;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sales pipeline inside the real server, as alice (rep, EAST), frank (her manager) and dina
 * (Northwind's distributor): a lead qualified once into a prospect, contact and opportunity with
 * nothing reaching the ERP; stages recorded and a signed quote winning its opportunity and
 * flowing to the ERP as any order; the forecast against the same figures summed in SQL; the
 * contact cadence against the accounts' own interaction dates; and the scopes tried from the
 * wrong side (another rep's opportunity, another partner's registration).
 */
@ExtendWith(ArquillianExtension.class)
class PipelineIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(PipelineIT.class, RunAsSalesRep.class, RunAsSalesManager.class, RunAsDistributor.class);
    }

    @EJB
    private Leads leads;

    @EJB
    private Opportunities opportunities;

    @EJB
    private Forecasts forecasts;

    @EJB
    private ContactCadence cadence;

    @EJB
    private Activities activities;

    @EJB
    private PartnerRegistrations registrations;

    @EJB
    private CustomerAccounts accounts;

    @EJB
    private Quotes quotes;

    @EJB
    private RunAsSalesRep alice;

    @EJB
    private RunAsSalesManager frank;

    @EJB
    private RunAsDistributor dina;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aLeadIsQualifiedOnceIntoAProspectContactAndOpportunityAndNothingReachesTheErp() throws Exception {
        String tag = "PipelineIT lead " + System.nanoTime();
        long erpCustomers = count("SELECT COUNT(*) FROM erp_customer");
        long inbox = count("SELECT COUNT(*) FROM integration_inbox");
        LeadSummary lead = alice.call(() -> leads.create(new NewLead(tag, "Olga Nowak", "olga@example.com", null, "Boston", "us",
                Territory.EAST, LeadSource.EVENT, null, new BigDecimal("12000"), null, null)));
        assertEquals("alice", lead.owner(), "a rep's lead is hers unless she names another owner");
        assertEquals(LeadStatus.NEW, lead.status());
        assertEquals(LeadStatus.CONTACTED, alice.call(() -> leads.contacted(lead.id())).status());

        Qualification qualification = new Qualification(tag + " pilot", new BigDecimal("12000.00"), today.plusDays(40), null);
        QualifiedLead made = alice.call(() -> leads.qualify(lead.id(), qualification));
        assertEquals(AccountStatus.PROSPECT, alice.call(() -> accounts.find(made.accountId())).orElseThrow().status());
        assertEquals(tag, alice.call(() -> accounts.find(made.accountId())).orElseThrow().name());
        assertEquals("Olga Nowak", text("SELECT name FROM contact WHERE id = ?", made.contactId()));
        OpportunityDetail opportunity = alice.call(() -> opportunities.find(made.opportunityId())).orElseThrow();
        assertEquals(Stage.QUALIFICATION, opportunity.opportunity().stage());
        assertEquals(lead.id(), opportunity.leadId());
        assertEquals(1, opportunity.history().size(), "the opening is the first history row");
        assertEquals(made.accountId(), alice.call(() -> leads.find(lead.id())).orElseThrow().accountId());

        assertThrows(PipelineStateException.class, () -> alice.call(() -> leads.qualify(lead.id(), qualification)), "once");
        assertThrows(PipelineStateException.class, () -> alice.call(() -> leads.disqualify(lead.id(), "changed my mind")));
        assertEquals(1, count("SELECT COUNT(*) FROM customer_account WHERE name = ?", tag), "the second attempt made nothing");
        assertEquals(erpCustomers, count("SELECT COUNT(*) FROM erp_customer"), "the ERP's customers are unchanged");
        Thread.sleep(500);
        assertEquals(inbox, count("SELECT COUNT(*) FROM integration_inbox"), "and no message went to the ERP");
    }

    @Test
    void stagesAreRecordedAndSigningTheQuoteWinsTheOpportunityAndTheOrderFlows() throws Exception {
        long account = eastAccount("PipelineIT won " + System.nanoTime());
        OpportunitySummary opened = alice.call(() -> opportunities.open(new NewOpportunity(account, "Loggers for the cold store", null,
                null, new BigDecimal("950.00"), "EUR", today.plusDays(20))));
        assertEquals(Stage.PROSPECTING, opened.stage());
        alice.call(() -> opportunities.move(opened.id(), Stage.PROPOSAL, "demo went well"));
        alice.call(() -> opportunities.move(opened.id(), Stage.NEGOTIATION, null));
        assertThrows(PipelineStateException.class, () -> alice.call(() -> opportunities.move(opened.id(), Stage.WON, null)),
                "won only by a signed quote");

        QuoteSummary draft = alice.call(() -> quotes.create(new NewQuote(account, "EUR", List.of(new NewQuoteLine("PRD-0002", null, 10)))));
        alice.call(() -> opportunities.attachQuote(opened.id(), draft.id()));
        alice.call(() -> quotes.sign(draft.id()));

        OpportunityDetail won = alice.call(() -> opportunities.find(opened.id())).orElseThrow();
        assertEquals(Stage.WON, won.opportunity().stage());
        assertEquals(0, draft.total().compareTo(won.opportunity().amount()), "won at the signed quote's total");
        assertEquals(List.of("null>PROSPECTING", "PROSPECTING>PROPOSAL", "PROPOSAL>NEGOTIATION", "NEGOTIATION>WON"),
                won.history().stream().map(h -> h.from() + ">" + h.to()).toList());
        assertEquals("alice", won.history().get(3).by());
        assertEquals(List.of(draft.id()), won.quotes().stream().map(QuoteSummary::id).toList());
        assertThrows(PipelineStateException.class, () -> alice.call(() -> opportunities.move(opened.id(), Stage.LOST, "late")),
                "a closed opportunity does not move again");
        awaitErpOrder(draft.id());

        // repeat order: the same products and quantities in a new draft at today's price list
        QuoteSummary again = alice.call(() -> quotes.orderAgain(draft.id()));
        assertEquals(dev.portico.crm.domain.QuoteStatus.DRAFT, again.status());
        assertEquals(List.of("PRD-0002 x10"), alice.call(() -> quotes.find(again.id())).orElseThrow().lines().stream()
                .map(l -> l.sku() + " x" + l.quantity()).toList());
        assertEquals(0, new BigDecimal(text("SELECT unit_price FROM crm_price WHERE sku = ?", "PRD-0002")).multiply(BigDecimal.TEN)
                .compareTo(again.total()), "at the CRM's price list of today");
        assertThrows(PipelineStateException.class, () -> alice.call(() -> quotes.orderAgain(again.id())), "a draft is not ordered again");

        OpportunitySummary lost = alice.call(() -> opportunities.open(new NewOpportunity(account, "Spare covers", null, Stage.PROPOSAL,
                new BigDecimal("100"), "EUR", today.plusDays(5))));
        assertThrows(PipelineStateException.class, () -> alice.call(() -> opportunities.move(lost.id(), Stage.LOST, " ")),
                "lost needs a reason");
        assertEquals(Stage.LOST, alice.call(() -> opportunities.move(lost.id(), Stage.LOST, "bought elsewhere")).stage());
        assertEquals("bought elsewhere", alice.call(() -> opportunities.find(lost.id())).orElseThrow().lostReason());
    }

    @Test
    void theForecastEqualsItsSqlPerRepAndForFranksTeamAndAliceSeesOnlyHers() throws Exception {
        long account = eastAccount("PipelineIT forecast " + System.nanoTime());
        String quarter = today.getYear() + "-Q" + today.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate inQuarter = today.with(IsoFields.DAY_OF_QUARTER, 1).plusDays(30);
        // planted: three of alice's in different stages and one of frank's own
        for (Object[] o : List.of(new Object[] {"alice", Stage.PROSPECTING, "1000"}, new Object[] {"alice", Stage.NEGOTIATION, "4000"},
                new Object[] {"alice", Stage.PROPOSAL, "2500.50"}, new Object[] {"frank", Stage.QUALIFICATION, "800"})) {
            String owner = (String) o[0];
            NewOpportunity planted = new NewOpportunity(account, "Forecast " + o[1], owner, (Stage) o[1], new BigDecimal((String) o[2]), "EUR",
                    inQuarter);
            if (owner.equals("alice")) {
                alice.call(() -> opportunities.open(planted));
            } else {
                frank.call(() -> opportunities.open(planted));
            }
        }
        update("INSERT INTO sales_target (username, quarter, amount, currency) VALUES ('alice', ?, 50000, 'EUR') "
                + "ON DUPLICATE KEY UPDATE amount = 50000, currency = 'EUR'", quarter);

        Map<String, List<BigDecimal>> expected = sqlForecast(quarter);
        List<ForecastRow> franks = frank.call(() -> forecasts.quarter(quarter));
        Map<String, List<BigDecimal>> shown = new TreeMap<>();
        franks.stream().filter(r -> r.opportunities() > 0).forEach(r -> shown.put(r.owner() + " " + r.currency(),
                List.of(r.pipeline(), r.weighted(), r.committed(), r.won())));
        Map<String, List<BigDecimal>> teamExpected = new TreeMap<>(expected);
        Set<String> team = teamOf("frank");
        teamExpected.keySet().removeIf(key -> !team.contains(key.split(" ")[0]));
        assertEquals(teamExpected, shown, "frank's team forecast, per rep, equals the SQL over the same opportunities");
        assertTrue(shown.containsKey("alice EUR") && shown.containsKey("frank EUR"));
        assertEquals(0, new BigDecimal("50000.00").compareTo(franks.stream().filter(r -> r.owner().equals("alice") && r.currency().equals("EUR"))
                .findFirst().orElseThrow().target()));

        List<ForecastRow> alices = alice.call(() -> forecasts.quarter(quarter));
        assertEquals(Set.of("alice"), alices.stream().map(ForecastRow::owner).collect(java.util.stream.Collectors.toSet()), "hers only");
        ForecastRow alicesEuro = alices.stream().filter(r -> r.currency().equals("EUR")).findFirst().orElseThrow();
        assertEquals(expected.get("alice EUR"), List.of(alicesEuro.pipeline(), alicesEuro.weighted(), alicesEuro.committed(), alicesEuro.won()));
        // and the records: frank's own opportunity is not alice's to read or move
        long franksId = frank.call(() -> opportunities.list(new OpportunityFilter(null, "frank", null, null), PageRequest.first(1)))
                .get(0).id();
        assertTrue(alice.call(() -> opportunities.find(franksId)).isEmpty());
        assertThrows(NoSuchRecordException.class, () -> alice.call(() -> opportunities.move(franksId, Stage.PROPOSAL, null)));
        assertTrue(alice.call(() -> opportunities.board(OpportunityFilter.ANY)).columns().values().stream().flatMap(List::stream)
                .allMatch(o -> o.owner().equals("alice")), "alice's board is hers");
    }

    @Test
    void theCadenceListsExactlyTheOverdueAccountsForAliceAndFranksTeamForFrank() throws Exception {
        String tag = "PipelineIT cadence " + System.nanoTime();
        long overdue = eastAccount(tag + " overdue");
        long fresh = eastAccount(tag + " called");
        long never = eastAccount(tag + " never");
        update("UPDATE customer_account SET created_at = NOW() - INTERVAL 100 DAY, tier = 'A' WHERE id IN (?, ?, ?)", overdue, fresh, never);
        update("INSERT INTO interaction (account_id, kind, occurred_at, by_username, summary) VALUES (?, 'CALL', NOW() - INTERVAL 20 DAY, "
                + "'alice', 'PipelineIT: a while ago')", overdue);
        update("INSERT INTO interaction (account_id, kind, occurred_at, by_username, summary) VALUES (?, 'VISIT', NOW() - INTERVAL 2 DAY, "
                + "'alice', 'PipelineIT: just now')", fresh);

        Set<Long> alices = ids(alice.call(() -> cadence.overdue(500)));
        assertTrue(alices.contains(overdue) && alices.contains(never), "20 days without contact is overdue for tier A (14 days)");
        assertFalse(alices.contains(fresh), "a visit two days ago is not");
        assertEquals(sqlOverdue(Set.of("alice")), alices, "exactly the SQL's overdue accounts of alice");
        Set<Long> franks = ids(frank.call(() -> cadence.overdue(500)));
        assertEquals(sqlOverdue(teamOf("frank")), franks, "frank's team's");
        assertTrue(franks.containsAll(alices));
    }

    /**
     * The tier decides the interval the overdue list applies, and it is set through the service
     * (the account page's form): within the editor's scope only, the interval validated.
     */
    @Test
    void aTierSetOnTheAccountDecidesWhenItIsOverdueAndOnlyItsEditorsMaySetIt() throws Exception {
        String tag = "PipelineIT tier " + System.nanoTime();
        long account = eastAccount(tag);
        update("UPDATE customer_account SET created_at = NOW() - INTERVAL 100 DAY WHERE id = ?", account);
        update("INSERT INTO interaction (account_id, kind, occurred_at, by_username, summary) VALUES (?, 'CALL', NOW() - INTERVAL 20 DAY, "
                + "'alice', 'PipelineIT: twenty days ago')", account);
        assertEquals(new AccountCadence(AccountTier.B, 30, null), alice.call(() -> accounts.cadence(account)).orElseThrow(), "new accounts: tier B");
        assertFalse(ids(alice.call(() -> cadence.overdue(500))).contains(account), "20 days is within tier B's 30");

        assertEquals(new AccountCadence(AccountTier.A, 14, 45), alice.call(() -> accounts.setCadence(account, AccountTier.A, 45)));
        assertTrue(ids(alice.call(() -> cadence.overdue(500))).contains(account), "and past tier A's 14");
        assertEquals("A/45", text("SELECT CONCAT(tier, '/', reorder_interval_days) FROM customer_account WHERE id = ?", account));
        alice.call(() -> accounts.setCadence(account, AccountTier.A, null));
        assertEquals("A/-", text("SELECT CONCAT(tier, '/', COALESCE(reorder_interval_days, '-')) FROM customer_account WHERE id = ?", account),
                "no interval: not a recurring customer any more");

        EJBException zero = assertThrows(EJBException.class, () -> alice.call(() -> accounts.setCadence(account, AccountTier.A, 0)));
        assertTrue(zero.getCause() instanceof jakarta.validation.ConstraintViolationException, String.valueOf(zero.getCause()));
        long west = count("SELECT id FROM customer_account WHERE territory = 'WEST' ORDER BY id LIMIT 1");
        assertThrows(NoSuchRecordException.class, () -> alice.call(() -> accounts.setCadence(west, AccountTier.C, null)),
                "another territory's account answers like a missing one");
        assertThrows(NoSuchRecordException.class, () -> alice.call(() -> accounts.cadence(west).orElseThrow(() -> new NoSuchRecordException("account", west))));
        assertEquals("A/-", text("SELECT CONCAT(tier, '/', COALESCE(reorder_interval_days, '-')) FROM customer_account WHERE id = ?", account),
                "refusals change nothing");
    }

    @Test
    void aPlannedVisitIsNoContactUntilDoneAndTheCalendarIsTheOwnersAndHerManagers() throws Exception {
        String tag = "PipelineIT activity " + System.nanoTime();
        long account = eastAccount(tag);
        update("UPDATE customer_account SET created_at = NOW() - INTERVAL 100 DAY, tier = 'A' WHERE id = ?", account);
        OpportunitySummary opportunity = alice.call(() -> opportunities.open(new NewOpportunity(account, tag + " deal", null, null,
                new BigDecimal("500"), "EUR", today.plusDays(30))));
        java.time.Instant tomorrow = java.time.Instant.now().plus(java.time.Duration.ofDays(1));
        ActivitySummary visit = alice.call(() -> activities.plan(new NewActivity(account, opportunity.id(), InteractionKind.VISIT, tomorrow,
                null, "Show the new loggers")));
        assertEquals(ActivityStatus.PLANNED, visit.status());
        assertTrue(ids(alice.call(() -> cadence.overdue(500))).contains(account), "a planned visit is not contact yet");
        assertTrue(alice.call(() -> activities.calendar(today, today.plusDays(2))).stream().anyMatch(a -> a.id() == visit.id()));
        assertTrue(frank.call(() -> activities.calendar(today, today.plusDays(2))).stream().anyMatch(a -> a.id() == visit.id()),
                "on her manager's team calendar");
        assertThrows(PipelineStateException.class, () -> alice.call(() -> activities.done(visit.id(), "went well", tomorrow)),
                "not done before it happened");
        assertThrows(jakarta.ejb.EJBException.class, () -> alice.call(() -> activities.done(visit.id(), " ", null)),
                "an outcome is required (bean validation, @NotBlank)");

        ActivitySummary done = alice.call(() -> activities.done(visit.id(), "They want a demo for the board", null));
        assertEquals(ActivityStatus.DONE, done.status());
        assertFalse(ids(alice.call(() -> cadence.overdue(500))).contains(account), "done: the account is contacted");
        assertTrue(alice.call(() -> activities.calendar(today, today.plusDays(2))).stream().noneMatch(a -> a.id() == visit.id()));
        assertEquals(List.of("They want a demo for the board"), alice.call(() -> activities.ofOpportunity(opportunity.id())).stream()
                .map(ActivitySummary::outcome).toList());
        assertThrows(PipelineStateException.class, () -> alice.call(() -> activities.cancel(visit.id())), "done is final");

        // frank's own activity is not alice's to complete; a rep plans only her own
        ActivitySummary franks = frank.call(() -> activities.plan(new NewActivity(account, null, InteractionKind.CALL, tomorrow, null,
                "Call the CFO")));
        assertThrows(NoSuchRecordException.class, () -> alice.call(() -> activities.done(franks.id(), "x", null)));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> activities.plan(new NewActivity(account, null, InteractionKind.CALL,
                tomorrow, "frank", "for frank"))));
        assertEquals(ActivityStatus.CANCELLED, frank.call(() -> activities.cancel(franks.id())).status());
    }

    @Test
    void aRecurringCustomerPastItsReorderIntervalIsDueForAliceAndFrankAndARecentOneIsNot() throws Exception {
        String tag = "PipelineIT reorder " + System.nanoTime();
        long due = eastAccount(tag + " due");
        long recent = eastAccount(tag + " recent");
        for (long account : List.of(due, recent)) {
            alice.call(() -> accounts.setCadence(account, AccountTier.B, 30));
        }
        for (Object[] q : List.of(new Object[] {due, 40}, new Object[] {due, 70}, new Object[] {recent, 10})) {
            update("INSERT INTO quote (account_id, owner_username, status, currency, total, created_at, signed_at, signed_by) "
                    + "VALUES (?, 'alice', 'SIGNED', 'EUR', 100, NOW() - INTERVAL ? DAY, NOW() - INTERVAL ? DAY, 'alice')", q[0], q[1], q[1]);
        }
        List<ReorderDue> alices = alice.call(() -> cadence.reorderDue(500));
        ReorderDue listed = alices.stream().filter(r -> r.accountId() == due).findFirst().orElseThrow(() -> new AssertionError(alices));
        assertTrue(listed.lastOrder().isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(41))), "by its latest order, 40 days ago");
        assertTrue(alices.stream().noneMatch(r -> r.accountId() == recent), "ordered 10 days ago: not due");
        assertTrue(frank.call(() -> cadence.reorderDue(500)).stream().anyMatch(r -> r.accountId() == due), "her manager sees it too");
    }

    /**
     * The company's side of a deal registration (the partner's side, which needs dina's token
     * and its organisation claim, is in PipelinePagesIT): not qualified before it is accepted,
     * decided by the sales manager only, and the account it becomes is sold through the partner.
     */
    @Test
    void aPartnersRegistrationIsAcceptedByFrankBeforeAliceQualifiesItAndTheAccountIsThePartners() throws Exception {
        String tag = "PipelineIT registration " + System.nanoTime();
        long registered = plantRegistration(tag, "northwind");
        assertEquals(Registration.PENDING, alice.call(() -> leads.find(registered)).orElseThrow().registration());
        assertEquals(text("SELECT name FROM organisation WHERE alias = ?", "northwind"),
                alice.call(() -> leads.find(registered)).orElseThrow().partner(), "staff see who registered it");
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> registrations.register(new NewRegistration(tag, "x", null, null,
                null, null, Territory.EAST, null, null))), "staff do not register as a partner");

        Qualification qualification = new Qualification(tag + " deal", new BigDecimal("7000"), today.plusDays(60), null);
        assertThrows(PipelineStateException.class, () -> alice.call(() -> leads.qualify(registered, qualification)),
                "not before the company accepted it");
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> leads.decideRegistration(registered, true, null, null)),
                "reps do not decide registrations");
        LeadSummary accepted = frank.call(() -> leads.decideRegistration(registered, true, "alice", "Ours to work"));
        assertEquals(Registration.ACCEPTED, accepted.registration());
        assertEquals("alice", accepted.owner());
        assertThrows(PipelineStateException.class, () -> frank.call(() -> leads.decideRegistration(registered, false, null, null)),
                "decided once");
        QualifiedLead made = alice.call(() -> leads.qualify(registered, qualification));
        assertEquals("northwind", strings("SELECT o.alias FROM customer_account a JOIN organisation o ON o.id = a.partner_organisation_id "
                + "WHERE a.id = " + made.accountId()).get(0), "the account is sold through the registering partner");

        long rejected = plantRegistration(tag + " no", "southwind");
        frank.call(() -> leads.decideRegistration(rejected, false, null, "Already ours"));
        assertEquals(LeadStatus.DISQUALIFIED, frank.call(() -> leads.find(rejected)).orElseThrow().status());
        assertTrue(dina.call(() -> registrations.mine()).isEmpty(), "without the token's organisation claim a partner reaches nothing");
    }

    // ---- the SQL the services are checked against ----

    /** Per owner and currency: pipeline (open), weighted (amount × probability / 100), committed, won. */
    private Map<String, List<BigDecimal>> sqlForecast(String quarter) throws SQLException {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
        Map<String, List<BigDecimal>> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT o.owner_username, o.currency, "
                     + "SUM(IF(s.is_closed, 0, o.amount)), SUM(o.amount * s.probability) / 100, SUM(IF(s.is_committed, o.amount, 0)), "
                     + "SUM(IF(o.stage = 'WON', o.amount, 0)) FROM opportunity o JOIN pipeline_stage s ON s.stage = o.stage "
                     + "WHERE o.close_date BETWEEN ? AND ? GROUP BY o.owner_username, o.currency")) {
            s.setObject(1, from);
            s.setObject(2, from.plusMonths(3).minusDays(1));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<BigDecimal> figures = new ArrayList<>();
                    for (int i = 3; i <= 6; i++) {
                        figures.add(r.getBigDecimal(i).setScale(2, RoundingMode.HALF_UP));
                    }
                    rows.put(r.getString(1) + " " + r.getString(2), figures);
                }
            }
        }
        return rows;
    }

    /** Accounts of these owners, not inactive, older than their tier's interval and without an interaction within it. */
    private Set<Long> sqlOverdue(Set<String> owners) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT a.id, a.owner_username FROM customer_account a "
                     + "JOIN contact_cadence k ON k.tier = a.tier WHERE a.status <> 'INACTIVE' "
                     + "AND a.created_at < NOW() - INTERVAL k.interval_days DAY "
                     + "AND COALESCE((SELECT MAX(i.occurred_at) FROM interaction i WHERE i.account_id = a.id AND i.status = 'DONE'), "
                     + "'1970-01-01') "
                     + "< NOW() - INTERVAL k.interval_days DAY");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (owners.contains(r.getString(2))) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private Set<String> teamOf(String manager) throws SQLException {
        Set<String> team = new TreeSet<>(strings("SELECT username FROM hr_placement WHERE manager_username = '" + manager + "'"));
        team.add(manager);
        return team;
    }

    private static Set<Long> ids(List<OverdueAccount> overdue) {
        Set<Long> ids = new TreeSet<>();
        overdue.forEach(o -> ids.add(o.accountId()));
        return ids;
    }

    // ---- planting ----

    private long eastAccount(String name) throws SQLException {
        update("INSERT INTO customer_account (name, territory, owner_username, city, country, status) "
                + "VALUES (?, 'EAST', 'alice', 'Boston', 'US', 'ACTIVE')", name);
        return count("SELECT id FROM customer_account WHERE name = ?", name);
    }

    private long plantRegistration(String company, String partner) throws SQLException {
        update("INSERT INTO crm_lead (company, contact_name, territory, source, partner_organisation_id, registration, status, created_by) "
                + "SELECT ?, 'Piotr Lis', 'EAST', 'PARTNER', id, 'PENDING', 'NEW', 'planted' FROM organisation WHERE alias = ?",
                company, partner);
        return count("SELECT id FROM crm_lead WHERE company = ?", company);
    }

    private void awaitErpOrder(long quoteId) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (count("SELECT COUNT(*) FROM sales_order WHERE quote_id = ?", quoteId) == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the ERP never took quote " + quoteId);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getLong(1);
            }
        }
    }

    private String text(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                String value = r.getString(1);
                assertNotNull(value);
                return value;
            }
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
