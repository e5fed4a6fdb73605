package dev.portico.modules.partner;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.ActingFor;
import dev.portico.access.service.OrganisationDirectory;
import dev.portico.crm.domain.QuoteNotSignableException;
import dev.portico.crm.domain.TicketStateException;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.QuoteLinesException;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the partner pages offer the user (the services check the same permissions again), and what they share. */
@Named("partnerPages")
@RequestScoped
public class PartnerPages {

    static final String MESSAGES = "dev.portico.modules.partner.messages";
    /** Refusals a partner can act on: shown on the page, not as an error page. */
    static final List<Class<? extends RuntimeException>> REFUSALS = List.of(QuoteNotSignableException.class, QuoteLinesException.class,
            NoSuchRecordException.class, TicketStateException.class);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Inject
    private CurrentUser user;

    @Inject
    private ActingFor actingFor;

    @EJB
    private OrganisationDirectory organisations;

    /** The name of the organisation staff are viewing as ("view as partner"), or null. */
    public String getViewingAs() {
        String alias = actingFor.organisation();
        return alias == null ? null : organisations.nameOf(alias).orElse(alias);
    }

    public boolean isOrder() {
        return user.allows(Permission.of("partner", Action.EDIT));
    }

    /** A supplier's user: purchase orders and forecast instead of a distributor's orders and invoices. */
    public boolean isSupply() {
        return user.allows(Permission.of("purchasing", Action.VIEW));
    }

    public boolean isSupplyEdit() {
        return user.allows(Permission.of("purchasing", Action.EDIT));
    }

    public boolean isPeopleView() {
        return user.allows(Permission.of("partner-people", Action.VIEW));
    }

    public boolean isPeople() {
        return user.allows(Permission.of("partner-people", Action.EDIT));
    }

    /** A distributor's deal registration: the leads they register for the company. */
    public boolean isRegister() {
        return user.allows(Permission.of("leads", Action.EDIT));
    }

    public boolean isApprove() {
        return user.allows(Permission.of("partner", Action.APPROVE));
    }

    /** A moment as the partner pages print it, in UTC until the pages learn the user's zone. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }
}
