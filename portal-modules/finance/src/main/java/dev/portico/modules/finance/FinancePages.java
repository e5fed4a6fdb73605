package dev.portico.modules.finance;

import dev.portico.crm.service.CustomerAccounts;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.ResourceBundle;

/** What the finance pages share: their bundle, dates as days, customer names from the CRM. */
final class FinancePages {

    static final String MESSAGES = "dev.portico.modules.finance.messages";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private FinancePages() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    static String text(String key) {
        return ResourceBundle.getBundle(MESSAGES, FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString(key);
    }

    /** The CRM's names of these accounts (one query); an id the caller may not see in the CRM stays a number. */
    static Map<Long, String> names(CustomerAccounts accounts, Collection<Long> ids) {
        return accounts.names(ids);
    }
}
