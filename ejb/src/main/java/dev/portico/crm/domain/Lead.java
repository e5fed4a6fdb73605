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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A person or company not yet qualified. Its rules: only an open lead (NEW or CONTACTED) is
 * qualified or disqualified; qualifying happens once and records the account it became; a
 * partner's registration must be accepted before anyone qualifies it. {@code version} turns a
 * concurrent second qualification into an optimistic-lock failure, the unique account id a
 * second conversion into a constraint failure.
 */
@Entity
@Table(name = "crm_lead")
public class Lead {

    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String company;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(length = 100)
    private String city;

    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Territory territory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LeadSource source;

    @Column(name = "owner_username", length = 100)
    private String ownerUsername;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_organisation_id")
    private Organisation partnerOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Registration registration;

    @Column(name = "registration_note", length = 500)
    private String registrationNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private LeadStatus status;

    @Column(name = "disqualify_reason", length = MAX_REASON_LENGTH)
    private String disqualifyReason;

    @Column(name = "estimated_amount", precision = 15, scale = 2)
    private BigDecimal estimatedAmount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(length = 2000)
    private String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private CustomerAccount account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "qualified_at")
    private Instant qualifiedAt;

    @Version
    private long version;

    protected Lead() {
    }

    /** A lead staff entered: owned by whoever is to work it (may be nobody yet, for the territory's reps to pick up). */
    public static Lead entered(String company, String contactName, String email, String phone, String city, String country,
                               Territory territory, LeadSource source, String owner, BigDecimal estimate, String currency,
                               String notes, String by, Instant now) {
        Lead lead = new Lead();
        lead.company = company.strip();
        lead.contactName = contactName.strip();
        lead.contactEmail = blankAsNull(email);
        lead.contactPhone = blankAsNull(phone);
        lead.city = blankAsNull(city);
        lead.country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        lead.territory = territory;
        lead.source = source;
        lead.ownerUsername = blankAsNull(owner);
        lead.estimatedAmount = estimate;
        lead.currency = currency;
        lead.notes = blankAsNull(notes);
        lead.status = LeadStatus.NEW;
        lead.createdAt = now;
        lead.createdBy = by;
        return lead;
    }

    /** A distributor's deal registration: the partner's, pending until the company decides, owned by nobody yet. */
    public static Lead registered(Organisation partner, String company, String contactName, String email, String phone, String city,
                                  String country, Territory territory, BigDecimal estimate, String currency, String notes, String by,
                                  Instant now) {
        Lead lead = entered(company, contactName, email, phone, city, country, territory, LeadSource.PARTNER, null, estimate, currency,
                notes, by, now);
        lead.partnerOrganisation = partner;
        lead.registration = Registration.PENDING;
        return lead;
    }

    public void contacted() {
        requireOpen("marked contacted");
        status = LeadStatus.CONTACTED;
    }

    public void assign(String owner) {
        requireOpen("assigned");
        ownerUsername = owner;
    }

    /** A sales manager's decision on a partner's registration; accepting gives it an owner to work it. */
    public void decideRegistration(boolean accept, String owner, String note) {
        if (registration != Registration.PENDING) {
            throw new PipelineStateException("lead " + id + " is not a pending registration (it is " + registration + ")");
        }
        registration = accept ? Registration.ACCEPTED : Registration.REJECTED;
        registrationNote = blankAsNull(note);
        if (accept) {
            ownerUsername = owner;
        } else {
            status = LeadStatus.DISQUALIFIED;
            disqualifyReason = "Registration rejected" + (registrationNote == null ? "" : ": " + registrationNote);
        }
    }

    /** Marks it qualified into {@code account}; the caller makes the account, contact and opportunity in the same transaction. */
    public void qualified(CustomerAccount into, Instant now) {
        if (status == LeadStatus.QUALIFIED) {
            throw new PipelineStateException("lead " + id + " was qualified before, into account " + account.getId());
        }
        requireOpen("qualified");
        if (registration == Registration.PENDING) {
            throw new PipelineStateException("lead " + id + " is a partner's registration not yet accepted");
        }
        status = LeadStatus.QUALIFIED;
        account = into;
        qualifiedAt = now;
    }

    public void disqualify(String reason) {
        requireOpen("disqualified");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required to disqualify a lead");
        }
        status = LeadStatus.DISQUALIFIED;
        disqualifyReason = reason.strip();
    }

    private void requireOpen(String what) {
        if (!status.open()) {
            throw new PipelineStateException("lead " + id + " is " + status + " and can no longer be " + what);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCompany() {
        return company;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
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

    public LeadStatus getStatus() {
        return status;
    }

    public BigDecimal getEstimatedAmount() {
        return estimatedAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public CustomerAccount getAccount() {
        return account;
    }
}
