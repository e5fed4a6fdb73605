package dev.portico.modules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.access.domain.Action;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.report.AccessReportFilter;
import dev.portico.audit.service.LedgerFilter;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FilterFormsTest {

    @Test
    void emptyFormsFilterNothing() {
        assertEquals(LedgerFilter.ANY, new LedgerFilterForm().toFilter());
        assertEquals(AccessReportFilter.ANY, new AccessReportForm().toFilter());
    }

    @Test
    void ledgerFormTrimsNamesAndTurnsDaysIntoAnInclusiveUtcPeriod() {
        LedgerFilterForm form = new LedgerFilterForm();
        form.setSubject(" alice ");
        form.setRole("");
        form.setEvent(LedgerEvent.ROLE_GRANTED);
        form.setActor("ada");
        form.setFrom(LocalDate.of(2026, 3, 1));
        form.setTo(LocalDate.of(2026, 3, 1));

        assertEquals(new LedgerFilter("alice", null, LedgerEvent.ROLE_GRANTED, "ada",
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")), form.toFilter());
    }

    @Test
    void accessFormPassesWhatWasTyped() {
        AccessReportForm form = new AccessReportForm();
        form.setText("al");
        form.setModule("customers");
        form.setAction(Action.EDIT);
        form.setOrganisation(" ");

        assertEquals(new AccessReportFilter("al", null, "customers", Action.EDIT, null), form.toFilter());
    }
}
