package dev.portico.audit.service.internal;

import dev.portico.audit.domain.LedgerEntry;
import dev.portico.platform.export.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The ledger history as an export table: the columns of {@code audit/ledger.xhtml}, in its
 * order, each cell the text the page shows for the same value (an absent value is empty).
 */
final class LedgerTable {

    static final String TITLE = "Grant ledger";
    static final List<String> HEADERS = List.of(
            "#", "When (UTC)", "Who", "What", "To whom", "Detail", "Why", "Approved by", "Policy");

    private LedgerTable() {
    }

    static Table of(List<LedgerEntry> entries, String caption) {
        return new Table(TITLE, caption, HEADERS, entries.stream().map(LedgerTable::cells).toList());
    }

    static List<String> cells(LedgerEntry e) {
        return Arrays.asList(text(e.seq()), text(e.occurredAt()), e.actor(), text(e.event()), e.subject(), e.detail(),
                e.reason(), e.approvedBy(), text(e.policyVersion()));
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
