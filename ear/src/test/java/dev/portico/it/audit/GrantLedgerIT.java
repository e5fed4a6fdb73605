package dev.portico.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.audit.domain.LedgerCheckpoint;
import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.domain.LedgerVerification.Defect;
import dev.portico.audit.domain.LedgerVerification;
import dev.portico.audit.service.GrantLedger;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.it.support.Csv;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The grant ledger inside the real server and MariaDB: appends chain and commit with the
 * caller's transaction; an UPDATE or DELETE made directly in SQL, around the service, is found
 * by {@code verify()}; only auditors and administrators may read or verify it.
 *
 * <p>{@code verify()} covers the whole table, entries of other tests included, so every test
 * appends its own three entries, tampers only with those, and puts back exactly what it
 * changed (in a {@code finally}) before checking that the ledger is intact again.
 */
@ExtendWith(ArquillianExtension.class)
class GrantLedgerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(GrantLedgerIT.class, RunAsAuditor.class, RunAsSalesRep.class,
                RunAsPortalAdmin.class, Csv.class);
    }

    @EJB
    private GrantLedger ledger;

    @EJB
    private RunAsAuditor auditor;

    @EJB
    private RunAsSalesRep salesRep;

    @EJB
    private RunAsPortalAdmin admin;

    @Resource
    private UserTransaction transaction;

    /** Plain JDBC in autocommit, outside any transaction: the way someone would tamper with the table. */
    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Test
    void appendsAreNumberedChainedAndSignedByTheCaller() throws Exception {
        List<LedgerEntry> entries = appendThree();

        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).seq() + 1, entries.get(i).seq());
            assertEquals(entries.get(i - 1).hash(), entries.get(i).prevHash());
        }
        assertTrue(entries.stream().allMatch(e -> "audrey".equals(e.actor())),
                "the actor is the caller, not a parameter");
        assertIntact();
    }

    @Test
    void entryRollsBackWithTheCallersTransaction() throws Exception {
        transaction.begin();
        LedgerEntry rolledBack;
        try {
            rolledBack = append(LedgerEvent.ROLE_GRANTED, "it-" + UUID.randomUUID(), "role finance",
                    "granted in a transaction that fails", null, null);
        } finally {
            transaction.rollback();
        }

        LedgerEntry next = append(LedgerEvent.ROLE_GRANTED, "it-" + UUID.randomUUID(), "role finance",
                "granted for real", null, null);

        assertEquals(rolledBack.seq(), next.seq(), "the head rolled back with the entry, so no number is lost");
        assertTrue(auditor.call(() -> ledger.history(LedgerFilter.aboutSubject(rolledBack.subject()),
                PageRequest.first(10))).isEmpty());
        assertIntact();
    }

    @Test
    void editedEntryIsFoundAtItsSeq() throws Exception {
        LedgerEntry middle = appendThree().get(1);
        assertIntact();
        try {
            update("UPDATE grant_ledger SET reason = ? WHERE seq = ?", "nothing to see here", middle.seq());

            assertDefect(Defect.EDITED, middle.seq());
        } finally {
            update("UPDATE grant_ledger SET reason = ? WHERE seq = ?", middle.reason(), middle.seq());
        }
        assertIntact();
    }

    @Test
    void deletedMiddleEntryIsFoundAsAGap() throws Exception {
        LedgerEntry middle = appendThree().get(1);
        assertIntact();

        withRowDeleted(middle.seq(), () -> assertDefect(Defect.DELETED, middle.seq()));

        assertIntact();
    }

    @Test
    void deletedLastEntryIsFoundAgainstTheHead() throws Exception {
        LedgerEntry last = appendThree().get(2);
        assertIntact();

        withRowDeleted(last.seq(), () -> assertDefect(Defect.TRUNCATED, last.seq()));

        assertIntact();
    }

    /**
     * What the database's credentials allow: delete the last entry and set the head back to the
     * one before, so that chain and head agree. Only the signed checkpoint outside the database
     * still knows the ledger went further.
     */
    @Test
    void aTailRolledBackWithItsHeadIsFoundAgainstTheCheckpoint() throws Exception {
        List<LedgerEntry> three = appendThree();
        LedgerEntry last = three.get(2);
        LedgerEntry before = three.get(1);
        assertIntact();
        assertEquals(last.seq(), auditor.call(ledger::latestCheckpoint).orElseThrow().seq(), "the checkpoint follows each commit");
        assertEquals(last.hash(), auditor.call(ledger::latestCheckpoint).orElseThrow().hash());

        withRowDeleted(last.seq(), () -> {
            setHead(before.seq(), before.hash());
            try {
                LedgerVerification result = assertDefect(Defect.ROLLED_BACK, last.seq());
                assertTrue(result.problem().contains("vouches for entry " + last.seq()), result.problem());
            } finally {
                setHead(last.seq(), last.hash());
            }
            return null;
        });
        assertIntact();
    }

    @Test
    void aCheckpointNotSignedWithTheLedgerKeyIsReportedAsForged() throws Exception {
        LedgerEntry last = appendThree().get(2);
        Path file = Path.of(System.getProperty("jboss.server.data.dir"), "portico", "ledger-checkpoints.log");
        String kept = Files.readString(file, StandardCharsets.US_ASCII);
        String forged = LedgerCheckpoint.sign(last.seq(), last.hash(), Instant.now(), "guessed-key".getBytes(StandardCharsets.UTF_8)).line();
        Files.writeString(file, kept + forged + "\n", StandardCharsets.US_ASCII);
        try {
            assertDefect(Defect.CHECKPOINT_FORGED, last.seq());
        } finally {
            Files.writeString(file, kept, StandardCharsets.US_ASCII);
        }
        assertIntact();
    }

    @Test
    void historyFiltersAndPagesInTheDatabase() throws Exception {
        List<LedgerEntry> entries = appendThree();
        String subject = entries.get(0).subject();
        LedgerFilter aboutSubject = LedgerFilter.aboutSubject(subject);

        assertEquals(entries, history(aboutSubject, PageRequest.first(10)), "entries read back exactly as appended");
        assertEquals(3L, auditor.call(() -> ledger.count(aboutSubject)));
        assertEquals(List.of(entries.get(1)), history(aboutSubject, new PageRequest(1, 1, null, false)));
        assertEquals(List.of(entries.get(2)), history(aboutSubject, new PageRequest(0, 1, null, true)));
        assertEquals(List.of(entries.get(2)),
                history(new LedgerFilter(subject, LedgerEvent.ROLE_REVOKED, null, null, null), PageRequest.first(10)));
        assertEquals(entries,
                history(new LedgerFilter(subject, null, entries.get(0).actor(), null, null), PageRequest.first(10)));
        assertEquals(entries.subList(1, 3),
                history(new LedgerFilter(subject, null, null, entries.get(1).occurredAt(), null), PageRequest.first(10)));
        assertEquals(entries.subList(0, 1),
                history(new LedgerFilter(subject, null, null, null, entries.get(1).occurredAt()), PageRequest.first(10)));
    }

    @Test
    void roleFilterFindsTheEntriesThatNameTheRoleAndNoLongerName() throws Exception {
        String subject = "it-" + UUID.randomUUID();
        String role = "it-role-" + UUID.randomUUID().toString().substring(0, 8);
        LedgerEntry granted = append(LedgerEvent.ROLE_GRANTED, subject, "role " + role + " until 2099-01-01T00:00:00Z",
                "covers a holiday", null, 1);
        LedgerEntry longer = append(LedgerEvent.ROLE_GRANTED, subject, "role " + role + "-lead", "another role", null, 1);
        LedgerEntry approved = append(LedgerEvent.GRANT_APPROVED, subject, "role " + role + "; conflicts: a:edit + b:approve",
                "checked", "zara", 1);
        LedgerEntry revoked = append(LedgerEvent.ROLE_REVOKED, subject, "role " + role, "holiday over", null, 1);
        LedgerEntry ruleRemoved = append(LedgerEvent.POLICY_CHANGED, null,
                "v99: +" + role + "-lead customers:view OWN; -" + role + " customers:view OWN", "renamed", null, 99);

        assertEquals(List.of(granted, approved, revoked, ruleRemoved),
                history(new LedgerFilter(null, role, null, null, null, null), PageRequest.first(10)));
        assertEquals(List.of(granted, approved, revoked),
                history(new LedgerFilter(subject, role, null, null, null, null), PageRequest.first(10)));
        assertEquals(List.of(longer, ruleRemoved),
                history(new LedgerFilter(null, role + "-lead", null, null, null, null), PageRequest.first(10)));
        assertEquals(List.of(revoked),
                history(new LedgerFilter(null, role, LedgerEvent.ROLE_REVOKED, null, null, null), PageRequest.first(10)));
        assertEquals(4L, auditor.call(() -> ledger.count(new LedgerFilter(null, role, null, null, null, null))));
    }

    @Test
    void periodOfWholeUtcDaysIncludesItsLastDay() throws Exception {
        List<LedgerEntry> entries = appendThree();
        LedgerFilter aboutSubject = LedgerFilter.aboutSubject(entries.get(0).subject());
        LocalDate first = entries.get(0).occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = entries.get(2).occurredAt().atZone(ZoneOffset.UTC).toLocalDate();

        assertEquals(entries, history(aboutSubject.withDays(first, last), PageRequest.first(10)));
        assertEquals(entries, history(aboutSubject.withDays(null, last), PageRequest.first(10)));
        assertEquals(List.of(), history(aboutSubject.withDays(last.plusDays(1), null), PageRequest.first(10)));
        assertEquals(List.of(), history(aboutSubject.withDays(null, first.minusDays(1)), PageRequest.first(10)));
    }

    @Test
    void exportHoldsTheFilteredHistoryNewestFirstWithTheColumnsOfTheScreen() throws Exception {
        List<LedgerEntry> entries = appendThree();
        LedgerFilter aboutSubject = LedgerFilter.aboutSubject(entries.get(0).subject());

        ExportFile csv = auditor.call(() -> ledger.export(aboutSubject, ExportFormat.CSV));

        List<List<String>> records = Csv.parse(new String(csv.content(), StandardCharsets.UTF_8));
        assertEquals(List.of("#", "When (UTC)", "Who", "What", "To whom", "Detail", "Why", "Approved by", "Policy"), records.get(0));
        assertEquals(List.of(entries.get(2).seq(), entries.get(1).seq(), entries.get(0).seq()),
                records.subList(1, records.size()).stream().map(r -> Long.parseLong(r.get(0))).toList());
        assertEquals(List.of(Long.toString(entries.get(1).seq()), entries.get(1).occurredAt().toString(), "audrey",
                "ROLE_GRANTED", entries.get(1).subject(), "role finance", "covers the month-end close", "ada", "1"), records.get(2));
        assertTrue(admin.call(() -> ledger.export(aboutSubject, ExportFormat.PDF)).content().length > 0,
                "an administrator reads the ledger by role, export included");
        assertRefused(() -> salesRep.call(() -> ledger.export(aboutSubject, ExportFormat.CSV)));
    }

    @Test
    void onlyAuditorsAndAdministratorsMayReadOrVerify() {
        assertThrows(EJBAccessException.class, () -> ledger.verify());
        assertThrows(EJBAccessException.class, () -> ledger.history(LedgerFilter.ANY, PageRequest.first(10)));
        assertThrows(EJBAccessException.class, () -> ledger.count(LedgerFilter.ANY));

        assertRefused(() -> salesRep.call(ledger::verify));
        assertRefused(() -> salesRep.call(() -> ledger.history(LedgerFilter.ANY, PageRequest.first(10))));
    }

    /** Three entries about a user of their own, so that history and tampering touch nothing of other tests. */
    private List<LedgerEntry> appendThree() throws Exception {
        String subject = "it-" + UUID.randomUUID();
        return List.of(
                append(LedgerEvent.ROLE_GRANTED, subject, "role sales-rep", "joins the East team", null, null),
                append(LedgerEvent.ROLE_GRANTED, subject, "role finance", "covers the month-end close", "ada", 1),
                append(LedgerEvent.ROLE_REVOKED, subject, "role finance", "month-end close is done", null, 1));
    }

    /** Appends as a known user, so that the actor can be checked; appending itself needs no role. */
    private LedgerEntry append(LedgerEvent event, String subject, String detail, String reason, String approvedBy,
                               Integer policyVersion) throws Exception {
        return auditor.call(() -> ledger.append(event, subject, detail, reason, approvedBy, policyVersion));
    }

    private List<LedgerEntry> history(LedgerFilter filter, PageRequest page) throws Exception {
        return auditor.call(() -> ledger.history(filter, page));
    }

    private void assertIntact() throws Exception {
        LedgerVerification result = auditor.call(ledger::verify);
        assertTrue(result.ok(), () -> "ledger should verify: " + result);
        assertTrue(result.entriesChecked() >= 1);
    }

    private LedgerVerification assertDefect(Defect defect, long seq) throws Exception {
        LedgerVerification result = auditor.call(ledger::verify);
        assertFalse(result.ok(), "tampering went unnoticed");
        assertEquals(defect, result.defect(), result::toString);
        assertEquals(seq, result.firstBadSeq(), result::toString);
        return result;
    }

    private void setHead(long seq, String hash) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE grant_ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            statement.setLong(1, seq);
            statement.setString(2, hash);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private void update(String sql, String text, long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, text);
            statement.setLong(2, seq);
            assertEquals(1, statement.executeUpdate());
        }
    }

    /**
     * Deletes one ledger row, runs the checks, then puts the row back as it was. The row waits in
     * a temporary table of the same connection, so its values never pass through Java and come
     * back byte for byte (a TIMESTAMP read into Java and written again could move with the time zone).
     */
    private void withRowDeleted(long seq, Callable<?> checks) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("CREATE TEMPORARY TABLE it_removed_ledger_row AS SELECT * FROM grant_ledger WHERE seq = " + seq);
            try {
                assertEquals(1, sql.executeUpdate("DELETE FROM grant_ledger WHERE seq = " + seq));
                checks.call();
            } finally {
                sql.executeUpdate("INSERT INTO grant_ledger SELECT * FROM it_removed_ledger_row");
                sql.executeUpdate("DROP TEMPORARY TABLE it_removed_ledger_row");
            }
        }
    }

    private static void assertRefused(Executable call) {
        Throwable thrown = assertThrows(Exception.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return;
            }
        }
        throw new AssertionError("expected an EJBAccessException, got " + thrown, thrown);
    }
}
