package dev.portico.crm.domain;

import dev.portico.access.domain.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A customer of the company, owned by a sales rep and placed in a territory. A partner
 * organisation (a distributor) may serve it; that is what scopes a partner's view later on.
 */
@Entity
@Table(name = "customer_account")
public class CustomerAccount {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Territory territory;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String ownerUsername;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_organisation_id")
    private Organisation partnerOrganisation;

    @Column(length = 100)
    private String city;

    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** How often it is to be contacted (the contact cadence); new accounts start in the middle tier. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private AccountTier tier = AccountTier.B;

    @Version
    private long version;

    protected CustomerAccount() {
    }

    /** A new account starts as a prospect: it becomes active with its first signed order. */
    public static CustomerAccount prospect(String name, Territory territory, String ownerUsername,
                                           Organisation partner, String city, String country, Instant now) {
        CustomerAccount account = new CustomerAccount();
        account.name = requireText(name, "name");
        if (account.name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (territory == null) {
            throw new IllegalArgumentException("territory is required");
        }
        account.territory = territory;
        account.ownerUsername = requireText(ownerUsername, "owner");
        account.partnerOrganisation = partner;
        account.city = city == null || city.isBlank() ? null : city.strip();
        account.country = normaliseCountry(country);
        account.status = AccountStatus.PROSPECT;
        account.createdAt = now;
        return account;
    }

    public void activate() {
        if (status == AccountStatus.INACTIVE) {
            throw new IllegalStateException("an inactive account must be reopened before it can buy");
        }
        status = AccountStatus.ACTIVE;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    private static String normaliseCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166 two-letter code");
        }
        return code;
    }

    /** How often a recurring customer is expected to order again; null when it is not one. */
    @Column(name = "reorder_interval_days")
    private Integer reorderIntervalDays;

    public AccountTier getTier() {
        return tier;
    }

    public Integer getReorderIntervalDays() {
        return reorderIntervalDays;
    }

    /**
     * How closely the account is looked after: its tier (the contact interval) and, for a
     * recurring customer, the days it is expected to go between orders (null: not recurring).
     */
    public void setCadence(AccountTier tier, Integer reorderIntervalDays) {
        if (tier == null) {
            throw new IllegalArgumentException("tier is required");
        }
        if (reorderIntervalDays != null && reorderIntervalDays < 1) {
            throw new IllegalArgumentException("reorder interval must be at least one day");
        }
        this.tier = tier;
        this.reorderIntervalDays = reorderIntervalDays;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Territory getTerritory() {
        return territory;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public Organisation getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
