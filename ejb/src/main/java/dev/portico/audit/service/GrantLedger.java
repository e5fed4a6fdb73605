package dev.portico.audit.service;

import dev.portico.audit.domain.LedgerCheckpoint;
import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.domain.LedgerVerification;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The grant ledger: an append-only, hash-chained record of every change to access, which
 * auditors read and verify.
 */
@Local
public interface GrantLedger {

    /**
     * Records a change to access in the caller's transaction, so the change and its entry
     * commit or roll back together. The actor is always the caller, never a parameter: no
     * service can write an entry in someone else's name. The next number is taken under a lock
     * held until the caller's transaction ends, so append as the last step of a use case
     * (after any call to Keycloak) to keep other appends waiting as briefly as possible.
     *
     * @param subject the user the change is about, or {@code null} for a policy change
     * @param detail what changed, e.g. {@code "role sales-rep"} or {@code "customers:view TERRITORY→ALL"}
     * @param approvedBy the second administrator who approved it, if one had to
     */
    LedgerEntry append(@NotNull LedgerEvent event,
                       @Size(max = LedgerEntry.MAX_NAME_LENGTH) String subject,
                       @NotBlank @Size(max = LedgerEntry.MAX_DETAIL_LENGTH) String detail,
                       @NotBlank @Size(max = LedgerEntry.MAX_REASON_LENGTH) String reason,
                       @Size(max = LedgerEntry.MAX_NAME_LENGTH) String approvedBy,
                       Integer policyVersion);

    /**
     * Checks every entry, in order, against its hash, its predecessor and the head, and then the
     * whole against the latest signed checkpoint kept outside the database; stops at the first defect.
     */
    LedgerVerification verify();

    /** The latest signed checkpoint, for an auditor to keep outside Portico and compare later. */
    Optional<LedgerCheckpoint> latestCheckpoint();

    /** One page of the entries matching the filter, in {@code seq} order (newest first when the page says descending). */
    List<LedgerEntry> history(@NotNull @Valid LedgerFilter filter, @NotNull @Valid PageRequest page);

    /** How many entries match the filter in all pages. */
    long count(@NotNull @Valid LedgerFilter filter);

    /**
     * Every entry matching the filter, newest first, as a file with the columns of the ledger
     * screen and a caption naming the filter, the time and the reader. An auditor needs
     * {@code audit:export} for it.
     */
    ExportFile export(@NotNull @Valid LedgerFilter filter, @NotNull ExportFormat format);
}
