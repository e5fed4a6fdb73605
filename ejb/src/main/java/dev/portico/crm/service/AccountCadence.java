package dev.portico.crm.service;

import dev.portico.crm.domain.AccountTier;
import java.io.Serializable;

/**
 * How closely an account is looked after: its tier and that tier's contact interval (the
 * overdue-contacts list), and for a recurring customer the days expected between two orders
 * (null: not a recurring customer, never on the re-orders-due list).
 */
public record AccountCadence(AccountTier tier, int contactIntervalDays, Integer reorderIntervalDays) implements Serializable {

    public boolean recurring() {
        return reorderIntervalDays != null;
    }
}
