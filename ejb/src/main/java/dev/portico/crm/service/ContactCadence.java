package dev.portico.crm.service;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Accounts overdue for contact, for their owner and their owner's manager ({@code pipeline:view}
 * over the account's owner: a rep's own accounts, a manager's team's). Inactive accounts are not
 * chased; an account younger than its interval is not overdue yet.
 */
@Local
public interface ContactCadence {

    /** Longest overdue first (due date: last contact, or opening, plus the interval), at most {@code limit}. */
    List<OverdueAccount> overdue(@Min(1) @Max(500) int limit);

    /**
     * Recurring customers (an expected re-order interval is set) whose last signed quote is older
     * than that interval, most overdue first, at most {@code limit}: time to offer "order again".
     */
    List<ReorderDue> reorderDue(@Min(1) @Max(500) int limit);
}
