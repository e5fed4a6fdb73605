package dev.portico.modules.pipeline;

import dev.portico.crm.domain.LeadSource;
import dev.portico.crm.domain.LeadStatus;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.service.LeadFilter;
import dev.portico.crm.service.LeadSummary;
import dev.portico.crm.service.Leads;
import dev.portico.crm.service.NewLead;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/** Backs {@code leads/inbox.xhtml}: the leads in reach (newest first, one page), a status filter, a new lead. */
@Named
@RequestScoped
public class InboxView {

    static final int PAGE = 100;

    @EJB
    private Leads leads;

    private LeadStatus status;
    private List<LeadSummary> rows;

    private String company;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String city;
    private String country;
    private Territory territory;
    private LeadSource source;
    private String owner;
    private BigDecimal estimate;
    private Long created;

    public List<LeadSummary> getRows() {
        if (rows == null) {
            rows = leads.list(new LeadFilter(status, null, null, false), PageRequest.first(PAGE));
        }
        return rows;
    }

    public String create() {
        boolean done = PipelinePages.run(PipelinePages.LEADS, "inbox.created", () -> created = leads.create(new NewLead(company, contactName,
                blank(contactEmail), blank(contactPhone), blank(city), blank(country), territory, source, blank(owner), estimate, null, null)).id());
        return done ? "/leads/lead?faces-redirect=true&id=" + created : null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<LeadStatus> getStatuses() {
        return List.of(LeadStatus.values());
    }

    public List<Territory> getTerritories() {
        return List.of(Territory.values());
    }

    public List<LeadSource> getSources() {
        return List.of(LeadSource.values()).stream().filter(s -> s != LeadSource.PARTNER).toList();
    }

    public LeadStatus getStatus() {
        return status;
    }

    public void setStatus(LeadStatus status) {
        this.status = status;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
    }

    public LeadSource getSource() {
        return source;
    }

    public void setSource(LeadSource source) {
        this.source = source;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public BigDecimal getEstimate() {
        return estimate;
    }

    public void setEstimate(BigDecimal estimate) {
        this.estimate = estimate;
    }
}
