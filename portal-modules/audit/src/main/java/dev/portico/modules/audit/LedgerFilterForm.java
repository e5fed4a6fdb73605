package dev.portico.modules.audit;

import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.LedgerFilter;
import java.io.Serializable;
import java.time.LocalDate;

/** The filter fields of {@code audit/ledger.xhtml} as typed; the period is whole UTC days, both included. */
public class LedgerFilterForm implements Serializable {

    private String subject;
    private String role;
    private LedgerEvent event;
    private String actor;
    private LocalDate from;
    private LocalDate to;

    public LedgerFilter toFilter() {
        return new LedgerFilter(blankToNull(subject), blankToNull(role), event, blankToNull(actor), null, null)
                .withDays(from, to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public LedgerEvent getEvent() {
        return event;
    }

    public void setEvent(LedgerEvent event) {
        this.event = event;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
