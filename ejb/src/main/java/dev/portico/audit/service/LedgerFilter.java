package dev.portico.audit.service;

import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the ledger history is narrowed to; {@code null} means "any". {@code subject} and
 * {@code actor} are user names matched exactly; the period is {@code from} (inclusive) to
 * {@code to} (exclusive), so consecutive periods neither overlap nor leave a gap.
 *
 * <p>{@code role} keeps the entries whose detail names that realm role the way Portico writes
 * it: {@code "role <name>"} for grants, revocations, expiries and approvals (optionally followed
 * by {@code " until …"} or {@code "; conflicts: …"}), and {@code "+<name> "} or {@code "-<name> "}
 * for a rule of a policy change. The name must end there, so {@code sales-rep} does not match
 * {@code sales-rep-lead}.
 */
public record LedgerFilter(
        @Size(max = LedgerEntry.MAX_NAME_LENGTH) String subject,
        @Size(max = LedgerEntry.MAX_NAME_LENGTH) String role,
        LedgerEvent event,
        @Size(max = LedgerEntry.MAX_NAME_LENGTH) String actor,
        Instant from,
        Instant to) implements Serializable {

    public static final LedgerFilter ANY = new LedgerFilter(null, null, null, null, null, null);

    /** Without a role, as callers wrote it before roles could be filtered. */
    public LedgerFilter(String subject, LedgerEvent event, String actor, Instant from, Instant to) {
        this(subject, null, event, actor, from, to);
    }

    public static LedgerFilter aboutSubject(String subject) {
        return new LedgerFilter(subject, null, null, null, null, null);
    }

    /**
     * The period as whole UTC days, both included, as a person picks them in a calendar: the
     * last day runs to midnight, where the next day begins.
     */
    public LedgerFilter withDays(LocalDate firstDay, LocalDate lastDay) {
        return new LedgerFilter(subject, role, event, actor,
                firstDay == null ? null : firstDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** For the caption of an export, e.g. {@code "to whom alice, role sales-rep"}; {@code "all entries"} without a filter. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "to whom", subject);
        add(parts, "role", role);
        add(parts, "event", event == null ? null : event.name());
        add(parts, "by", actor);
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "before", to == null ? null : to.toString());
        return parts.isEmpty() ? "all entries" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + " " + value.strip());
        }
    }
}
