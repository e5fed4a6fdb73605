package dev.portico.audit.service.internal;

import static dev.portico.access.Roles.AUDITOR;
import static dev.portico.access.Roles.PORTAL_ADMIN;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.audit.domain.LedgerChainCheck;
import dev.portico.audit.domain.LedgerCheckpoint;
import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.domain.LedgerHead;
import dev.portico.audit.domain.LedgerRecord;
import dev.portico.audit.domain.LedgerVerification;
import dev.portico.audit.domain.LedgerVerification.Defect;
import dev.portico.audit.service.GrantLedger;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.export.TableExporter;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Reading and verifying the ledger is for auditors and administrators, declared on the class
 * so that no method is left to WildFly's deny-by-default. {@code @ValidateOnExecution}: see
 * {@code DefaultCustomerAccounts} (HV-994).
 */
@Stateless
@ValidateOnExecution
@RolesAllowed({AUDITOR, PORTAL_ADMIN})
public class DefaultGrantLedger implements GrantLedger {

    /** Entries read per query while verifying; the persistence context is cleared after each page. */
    static final int VERIFY_PAGE_SIZE = 500;

    static final Permission EXPORT = Permission.of("audit", Action.EXPORT);

    @EJB
    private AccessGuard guard;

    @Inject
    private LedgerCheckpoints checkpoints;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /**
     * Open to any caller because appending is a side effect of use cases that have already
     * checked their own permission: an administrator's grant, a second administrator's approval,
     * a manager's attestation in a review, the expiry timer. A role list here would have to
     * repeat all of theirs and drift from them. What keeps the ledger honest is elsewhere: the
     * bean is local (no remote or REST view), and the actor is the authenticated caller, not a
     * parameter. A timer should run with {@code @RunAs} and a named run-as principal, or its
     * entries will name the anonymous user.
     */
    @Override
    @PermitAll
    public LedgerEntry append(LedgerEvent event, String subject, String detail, String reason, String approvedBy,
                              Integer policyVersion) {
        LedgerHead head = lockHead();
        LedgerEntry entry = head.append(clock.instant(), context.getCallerPrincipal().getName(), event, subject,
                detail, reason, approvedBy, policyVersion);
        em.persist(LedgerRecord.of(entry));
        // Fail here, inside the caller's use case, rather than at its commit.
        em.flush();
        // Signed and kept outside the database once the entry is committed, never for one that rolls back.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    checkpoints.record(entry);
                }
            }
        });
        return entry;
    }

    /**
     * A transaction of its own: the head and all entries are then read from one InnoDB snapshot
     * (REPEATABLE READ, MariaDB's default), so an append committed meanwhile cannot look like a
     * head that runs ahead of the entries; and clearing the persistence context between pages
     * cannot drop a caller's unsaved changes.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LedgerVerification verify() {
        // Read before the snapshot starts: every checkpoint in the file is of an entry committed before it.
        Optional<LedgerCheckpoint> checkpoint = checkpoints.latest();
        LedgerVerification chain = verifyChain();
        if (!chain.ok() || checkpoint.isEmpty()) {
            return chain;
        }
        return againstCheckpoint(chain, checkpoint.get());
    }

    @Override
    public Optional<LedgerCheckpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    /** The chain is whole; does it still hold what the latest checkpoint vouched for? */
    private LedgerVerification againstCheckpoint(LedgerVerification chain, LedgerCheckpoint checkpoint) {
        long checked = chain.entriesChecked();
        if (!checkpoint.signedWith(checkpoints.key())) {
            return LedgerVerification.failed(checked, checkpoint.seq(), Defect.CHECKPOINT_FORGED,
                    "the latest checkpoint (entry " + checkpoint.seq() + ") is not signed with the ledger key: the checkpoint file was edited");
        }
        if (checkpoint.seq() > checked) {
            return LedgerVerification.failed(checked, checked + 1, Defect.ROLLED_BACK,
                    "the ledger ends at entry " + checked + ", but a checkpoint signed at " + checkpoint.at() + " vouches for entry "
                            + checkpoint.seq() + ": entries " + (checked + 1) + " to " + checkpoint.seq() + " were removed and the head rewritten");
        }
        LedgerRecord vouched = em.find(LedgerRecord.class, checkpoint.seq());
        if (vouched == null || !vouched.getHash().equals(checkpoint.hash())) {
            return LedgerVerification.failed(checked, checkpoint.seq(), Defect.ROLLED_BACK,
                    "entry " + checkpoint.seq() + " is not the one the checkpoint signed at " + checkpoint.at()
                            + " vouches for: the chain was rewritten from there on");
        }
        return chain;
    }

    private LedgerVerification verifyChain() {
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.ID);
        if (head == null) {
            return LedgerVerification.headMissing();
        }
        LedgerChainCheck check = new LedgerChainCheck(head);
        long after = 0;
        List<LedgerRecord> page;
        do {
            page = em.createQuery("SELECT r FROM LedgerRecord r WHERE r.seq > :after ORDER BY r.seq", LedgerRecord.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_PAGE_SIZE)
                    .getResultList();
            for (LedgerRecord row : page) {
                if (!check.accept(row)) {
                    return check.result();
                }
                after = row.getSeq();
            }
            em.clear();
        } while (page.size() == VERIFY_PAGE_SIZE);
        return check.result();
    }

    @Override
    public List<LedgerEntry> history(LedgerFilter filter, PageRequest page) {
        return new LedgerHistoryQuery(filter).rows(em, page).getResultStream().map(LedgerRecord::toEntry).toList();
    }

    @Override
    public long count(LedgerFilter filter) {
        return new LedgerHistoryQuery(filter).count(em).getSingleResult();
    }

    /**
     * Administrators read the ledger by their role, as they always have; for an auditor the
     * export is an action of the audit module, so the policy decides it like any other.
     */
    @Override
    public ExportFile export(LedgerFilter filter, ExportFormat format) {
        String reader = context.getCallerPrincipal().getName();
        if (!context.isCallerInRole(PORTAL_ADMIN)) {
            reader = guard.require(EXPORT).caller().username();
        }
        LedgerHistoryQuery query = new LedgerHistoryQuery(filter);
        // Pages of one transaction read one InnoDB snapshot: an append meanwhile cannot shift the offsets.
        List<LedgerEntry> entries = new ArrayList<>();
        List<LedgerRecord> page;
        do {
            page = query.rows(em, new PageRequest(entries.size(), PageRequest.MAX_SIZE, null, true)).getResultList();
            page.forEach(row -> entries.add(row.toEntry()));
        } while (page.size() == PageRequest.MAX_SIZE);
        String caption = "Filter: " + filter.describe() + ". Generated " + clock.instant().truncatedTo(ChronoUnit.SECONDS)
                + " by " + reader + ".";
        return TableExporter.export(LedgerTable.of(entries, caption), format, "grant-ledger");
    }

    /** {@code SELECT ... FOR UPDATE} on the head row, re-read even if this transaction has seen it before. */
    private LedgerHead lockHead() {
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE,
                Map.of(QueryHints.REFRESH, HintValues.TRUE));
        if (head == null) {
            throw new IllegalStateException("grant_ledger_head has no row; migration V4 seeds it");
        }
        return head;
    }
}
