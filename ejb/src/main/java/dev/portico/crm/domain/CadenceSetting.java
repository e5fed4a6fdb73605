package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many days an account of a tier may go without a call, mail or visit. Read-only here. */
@Entity
@Table(name = "contact_cadence")
public class CadenceSetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private AccountTier tier;

    @Column(name = "interval_days", nullable = false)
    private int intervalDays;

    protected CadenceSetting() {
    }

    public AccountTier getTier() {
        return tier;
    }

    public int getIntervalDays() {
        return intervalDays;
    }
}
